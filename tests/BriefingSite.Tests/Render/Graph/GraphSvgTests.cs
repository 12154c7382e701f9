using BriefingSite.Model;
using BriefingSite.Render.Graph;

namespace BriefingSite.Tests.Render.Graph;

public class GraphSvgTests
{
    [Fact]
    public void Draws_an_accessible_image_with_escaped_labels_coloured_by_type()
    {
        GraphNode[] nodes = [new("a", "<script>alert(1)</script>", EntityType.Person, 3), new("b", "Islamabad", EntityType.Place, 1)];

        var svg = GraphSvg.Draw(nodes, [new GraphEdge(0, 1, 2)], [(100, 100), (300, 200)], 400, 300, "Who is named with whom");

        Assert.StartsWith("<svg class=\"entity-graph\"", svg, StringComparison.Ordinal);
        Assert.Contains("role=\"img\"", svg, StringComparison.Ordinal);
        Assert.Contains(">Who is named with whom</title>", svg, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", svg, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", svg, StringComparison.Ordinal);
        Assert.Contains("class=\"eg-node eg-person\"", svg, StringComparison.Ordinal);
        Assert.Contains("class=\"eg-node eg-place\"", svg, StringComparison.Ordinal);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(svg, "<line "));
    }
}
