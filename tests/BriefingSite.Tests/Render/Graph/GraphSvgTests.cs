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

    [Fact]
    public void A_label_goes_below_its_node_unless_a_label_placed_before_it_is_there()
    {
        // Given a heavy node, a light one just right of it, and a lone one far off
        GraphNode[] nodes = [new("p", "Pakistan", EntityType.Place, 9), new("i", "Islamabad", EntityType.Place, 4), new("k", "Karachi", EntityType.Place, 1)];

        var svg = GraphSvg.Draw(nodes, [], [(200, 200), (215, 205), (500, 100)], 640, 400, "Places");

        // Then the heavy node's label is below it, the light one's elsewhere, and the lone one's below it
        var labels = System.Text.RegularExpressions.Regex.Matches(svg, "<text class=\"eg-label\" x=\"([0-9.]+)\" y=\"([0-9.]+)\" text-anchor=\"([a-z]+)\">([^<]+)</text>")
            .ToDictionary(m => m.Groups[4].Value, m => (X: double.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), Y: double.Parse(m.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture), Anchor: m.Groups[3].Value));
        Assert.Equal((200, 226, "middle"), labels["Pakistan"]);
        Assert.NotEqual((215, 228, "middle"), labels["Islamabad"]);
        Assert.Equal((500, 120, "middle"), labels["Karachi"]);
    }

    [Fact]
    public void The_heaviest_circle_stays_small_enough_for_its_neighbours_and_labels_lie_over_every_circle()
    {
        // Given a site's most named place, named in 900 briefings, beside places named in 100 and 1
        GraphNode[] nodes = [new("uk", "United Kingdom", EntityType.Place, 900), new("l", "London", EntityType.Place, 100), new("k", "Kent", EntityType.Place, 1)];

        var svg = GraphSvg.Draw(nodes, [], [(200, 200), (320, 200), (500, 100)], 640, 400, "Places");

        // Then the radii keep their order within 22 px, and no circle is drawn after a label
        var radii = System.Text.RegularExpressions.Regex.Matches(svg, " r=\"([0-9.]+)\"").Select(m => double.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(22, radii[0]);
        Assert.InRange(radii[1], radii[2], radii[0]);
        Assert.True(svg.LastIndexOf("<circle", StringComparison.Ordinal) < svg.IndexOf("<text", StringComparison.Ordinal));
    }

    [Fact]
    public void The_image_is_as_high_as_its_circles_and_labels_not_as_the_box_it_was_laid_out_in()
    {
        // Given two nodes laid out in the middle of a box 400 px high
        GraphNode[] nodes = [new("a", "Israel", EntityType.Place, 1), new("b", "Abraham Accords", EntityType.Other, 1)];

        var svg = GraphSvg.Draw(nodes, [new GraphEdge(0, 1, 1)], [(200, 150), (200, 250)], 640, 400, "Named together");

        // Then its view box starts a margin above the top circle and ends a margin below the lowest label
        var box = System.Text.RegularExpressions.Regex.Match(svg, "viewBox=\"0 ([0-9]+) 640 ([0-9]+)\"[^>]* height=\"([0-9]+)\"");
        Assert.True(box.Success, svg[..200]);
        var (top, high) = (int.Parse(box.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), int.Parse(box.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture));
        Assert.InRange(top, 120, 145);
        Assert.InRange(top + high, 265, 300);
        Assert.Equal(box.Groups[2].Value, box.Groups[3].Value);
    }

    [Fact]
    public void A_long_name_is_cut_after_a_word_with_the_whole_name_as_its_tooltip()
    {
        GraphNode[] nodes = [new("u", "U.N. Analytical Support and Sanctions Monitoring Team", EntityType.Organization, 2), new("w", "Washington", EntityType.Place, 4)];

        var svg = GraphSvg.Draw(nodes, [new GraphEdge(0, 1, 1)], [(100, 100), (300, 200)], 400, 300, "Named together");

        Assert.Contains("><title>U.N. Analytical Support and Sanctions Monitoring Team</title>U.N. Analytical Support…</text>", svg, StringComparison.Ordinal);
        Assert.Contains(">Washington</text>", svg, StringComparison.Ordinal);
    }
}
