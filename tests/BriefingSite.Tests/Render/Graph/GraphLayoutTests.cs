using BriefingSite.Render.Graph;

namespace BriefingSite.Tests.Render.Graph;

public class GraphLayoutTests
{
    private static readonly GraphEdge[] Edges = [new(0, 1, 3), new(1, 2, 1), new(2, 0, 1), new(3, 4, 2)];

    [Fact]
    public void Lays_out_one_graph_the_same_way_every_time()
    {
        var first = GraphLayout.ForceDirected(6, Edges, 960, 680);
        var second = GraphLayout.ForceDirected(6, Edges, 960, 680);

        Assert.Equal(first, second);
    }

    [Fact]
    public void Keeps_every_node_inside_the_box_and_apart_from_the_others()
    {
        var at = GraphLayout.ForceDirected(6, Edges, 960, 680);

        Assert.All(at, p => Assert.InRange(p.X, 0, 960));
        Assert.All(at, p => Assert.InRange(p.Y, 0, 680));
        var closest = at.SelectMany((a, i) => at.Skip(i + 1).Select(b => Math.Sqrt(Math.Pow(a.X - b.X, 2) + Math.Pow(a.Y - b.Y, 2)))).Min();
        Assert.True(closest > 20, $"two nodes {closest:0.0} apart");
    }

    [Fact]
    public void Keeps_circles_of_the_given_radii_from_overlapping()
    {
        // Given six nodes, two of them drawn large
        double[] radii = [40, 40, 10, 10, 10, 10];

        var at = GraphLayout.ForceDirected(6, Edges, 400, 300, radii);

        // Then no two circles overlap, and every circle is inside the box
        for (var a = 0; a < at.Length; a++)
        {
            Assert.InRange(at[a].X, radii[a], 400 - radii[a]);
            Assert.InRange(at[a].Y, radii[a], 300 - radii[a]);
            for (var b = a + 1; b < at.Length; b++)
            {
                Assert.True(Math.Sqrt(Math.Pow(at[a].X - at[b].X, 2) + Math.Pow(at[a].Y - at[b].Y, 2)) >= radii[a] + radii[b], $"{a} and {b} overlap");
            }
        }
    }

    [Fact]
    public void Puts_the_first_node_in_the_middle_of_a_radial_layout()
    {
        var at = GraphLayout.Radial(5, 640, 400);

        Assert.Equal((320.0, 200.0), at[0]);
        Assert.All(at.Skip(1), p => Assert.Equal(144, Math.Sqrt(Math.Pow(p.X - 320, 2) + Math.Pow(p.Y - 200, 2)), 3));
    }
}
