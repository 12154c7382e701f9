using System.Globalization;
using System.Net;
using System.Text;
using BriefingSite.Model;

namespace BriefingSite.Render.Graph;

/// <summary>Draws a graph as inline SVG: coloured by entity type through the theme's colours, light and dark alike, readable without script.</summary>
/// <remarks>
/// The picture is role="img" with a title and description; the same connections are given as a list beside it (see the
/// graph partial), so nothing in it is only visual and no link hides inside an image.
/// </remarks>
public static class GraphSvg
{
    // Each thread draws into one builder, cleared per graph: one is drawn on nearly every entity page.
    [ThreadStatic]
    private static StringBuilder? buffer;

    public static string Draw(IReadOnlyList<GraphNode> nodes, IReadOnlyList<GraphEdge> edges, (double X, double Y)[] at, double width, double height, string title)
    {
        var svg = buffer ??= new StringBuilder(4096);
        svg.Clear();
        var description = $"{nodes.Count} entities, {edges.Count} connections. Largest: {string.Join(", ", nodes.OrderByDescending(n => n.Weight).Take(5).Select(n => n.Name))}.";
        var id = Id(title);
        var radii = Radii(nodes);
        var labels = LabelPlaces(nodes, at, radii, width, height);
        var (top, shown) = Band(at, radii, labels, height);
        svg.Append(CultureInfo.InvariantCulture, $"<svg class=\"entity-graph\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 {top:0} {width:0} {shown:0}\" role=\"img\" aria-labelledby=\"{id}-t {id}-d\" width=\"{width:0}\" height=\"{shown:0}\">");
        svg.Append(CultureInfo.InvariantCulture, $"<title id=\"{id}-t\">{E(title)}</title><desc id=\"{id}-d\">{E(description)}</desc>");
        svg.Append("<style>.eg-edge{stroke:var(--muted,#555);stroke-opacity:.45}.eg-label{fill:var(--fg,#1a1a1a);font:12px system-ui,sans-serif;paint-order:stroke;stroke:var(--bg,#fff);stroke-width:3px;stroke-linejoin:round}")
            .Append(".eg-person{fill:var(--person,#0f6e56)}.eg-organization{fill:var(--organization,#8a3b12)}.eg-place{fill:var(--place,#1f5f9e)}.eg-other{fill:var(--other,#5a5a5a)}")
            .Append(".eg-node{stroke:var(--bg,#fff);stroke-width:1.5px}</style>");
        var heaviest = Math.Max(1, edges.Count == 0 ? 1 : edges.Max(e => e.Weight));
        svg.Append("<g>");
        foreach (var edge in edges)
        {
            var (a, b) = (at[edge.From], at[edge.To]);
            svg.Append(CultureInfo.InvariantCulture, $"<line class=\"eg-edge\" x1=\"{a.X:0.#}\" y1=\"{a.Y:0.#}\" x2=\"{b.X:0.#}\" y2=\"{b.Y:0.#}\" stroke-width=\"{1 + (3.0 * edge.Weight / heaviest):0.#}\"/>");
        }

        svg.Append("</g><g>");
        for (var n = 0; n < nodes.Count; n++)
        {
            svg.Append(CultureInfo.InvariantCulture, $"<circle class=\"eg-node eg-{FrontMatter.TypeName(nodes[n].Type)}\" cx=\"{at[n].X:0.#}\" cy=\"{at[n].Y:0.#}\" r=\"{radii[n]:0.#}\"/>");
        }

        // Labels over every circle, not under the circles drawn after them.
        for (var n = 0; n < nodes.Count; n++)
        {
            var node = nodes[n];
            var (x, y, anchor, _) = labels[n];
            var label = Label(node.Name);
            var whole = label.Length < node.Name.Length ? $"<title>{E(node.Name)}</title>" : "";
            svg.Append(CultureInfo.InvariantCulture, $"<text class=\"eg-label\" x=\"{x:0.#}\" y=\"{y:0.#}\" text-anchor=\"{anchor}\">{whole}{E(label)}</text>");
        }

        return svg.Append("</g></svg>").ToString();
    }

    // The band of the drawing's height that its circles and labels' boxes take, with a margin: a graph of a few nodes
    // would otherwise stand in a frame of empty space above and below it.
    private static (double Top, double Height) Band((double X, double Y)[] at, double[] radii, (double X, double Y, string Anchor, Box Box)[] labels, double height)
    {
        if (at.Length == 0)
        {
            return (0, height);
        }

        var top = Math.Min(Enumerable.Range(0, at.Length).Min(n => at[n].Y - radii[n]), labels.Min(l => l.Box.Top));
        var bottom = Math.Max(Enumerable.Range(0, at.Length).Max(n => at[n].Y + radii[n]), labels.Max(l => l.Box.Top + l.Box.Height));
        var start = Math.Max(0, Math.Floor(top - BandMargin));
        return (start, Math.Min(height, Math.Ceiling(bottom + BandMargin)) - start);
    }

    private const double BandMargin = 12;

    // The largest circle's radius beyond the smallest's: a site's most named place would otherwise cover its neighbours.
    private const double MostGrowth = 18;

    /// <summary>Each node's radius: 4 px and three times the square root of its weight, scaled down to keep the heaviest
    /// within <see cref="MostGrowth"/> of that.</summary>
    public static double[] Radii(IReadOnlyList<GraphNode> nodes)
    {
        var heaviest = nodes.Count == 0 ? 0 : 3 * Math.Sqrt(nodes.Max(n => n.Weight));
        var scale = heaviest > MostGrowth ? MostGrowth / heaviest : 1;
        return [.. nodes.Select(node => 4 + (3 * Math.Sqrt(node.Weight) * scale))];
    }

    // Longest label drawn whole: "U.N. Analytical Support and Sanctions Monitoring Team" would run across its neighbours.
    private const int MaxLabel = 28;

    /// <summary>The name as its node's label: whole when short, else cut after a word with "…" (the whole name in a tooltip
    /// and in the list of connections under the picture).</summary>
    private static string Label(string name)
    {
        if (name.Length <= MaxLabel)
        {
            return name;
        }

        var cut = name.LastIndexOf(' ', MaxLabel - 1);
        var kept = name[..(cut > 0 ? cut : MaxLabel - 1)].TrimEnd(',', ' ');

        // "Islamic Movement of…" reads as a name cut in two; "Islamic Movement…" as one cut short.
        while (kept.LastIndexOf(' ') is > 0 and var space && kept[(space + 1)..] is "of" or "and" or "for" or "the" or "&" or "de" or "in" or "on")
        {
            kept = kept[..space];
        }

        return kept + "…";
    }

    // About how wide a 12px label is per character, and how tall.
    private const double CharWidth = 6.6;
    private const double LabelHeight = 14;

    /// <summary>Where each node's label goes: below it, else above, right or left, whichever first clears the labels
    /// placed before it (heaviest nodes first), the nodes and the picture's edges; else where it overlaps least. Each
    /// with the box it takes.</summary>
    private static (double X, double Y, string Anchor, Box Box)[] LabelPlaces(IReadOnlyList<GraphNode> nodes, (double X, double Y)[] at, double[] radii, double width, double height)
    {
        var places = new (double X, double Y, string Anchor, Box Box)[nodes.Count];
        var discs = new Box[nodes.Count];
        for (var m = 0; m < nodes.Count; m++)
        {
            discs[m] = new Box(at[m].X - radii[m], at[m].Y - radii[m], 2 * radii[m], 2 * radii[m]);
        }

        // Drawn on nearly every page: plain loops, and the first candidate that overlaps nothing ends the search.
        var placed = new List<Box>(nodes.Count);
        var candidates = new (double X, double Y, string Anchor, Box Box)[4];
        foreach (var n in Enumerable.Range(0, nodes.Count).OrderByDescending(n => nodes[n].Weight).ThenBy(n => n))
        {
            var (x, y, r) = (at[n].X, at[n].Y, radii[n]);
            var text = Label(nodes[n].Name).Length * CharWidth;
            candidates[0] = (x, y + r + 13, "middle", new Box(x - (text / 2), y + r + 2, text, LabelHeight));
            candidates[1] = (x, y - r - 4, "middle", new Box(x - (text / 2), y - r - 3 - LabelHeight, text, LabelHeight));
            candidates[2] = (x + r + 4, y + 4, "start", new Box(x + r + 4, y - 7, text, LabelHeight));
            candidates[3] = (x - r - 4, y + 4, "end", new Box(x - r - 4 - text, y - 7, text, LabelHeight));
            var (best, least) = (0, double.MaxValue);
            for (var c = 0; c < candidates.Length && least > 0; c++)
            {
                var overlap = Overlap(candidates[c].Box, n, placed, discs, width, height);
                if (overlap < least)
                {
                    (best, least) = (c, overlap);
                }
            }

            places[n] = candidates[best];
            placed.Add(candidates[best].Box);
        }

        return places;
    }

    // How much a label's box covers the labels placed before it, the nodes other than its own, and what lies outside the picture.
    private static double Overlap(Box box, int own, List<Box> placed, Box[] discs, double width, double height)
    {
        var (labels, nodes) = (0.0, 0.0);
        foreach (var other in placed)
        {
            labels += box.Overlap(other);
        }

        for (var m = 0; m < discs.Length; m++)
        {
            nodes += m == own ? 0 : box.Overlap(discs[m]);
        }

        return labels + nodes + box.Outside(width, height);
    }

    private readonly record struct Box(double Left, double Top, double Width, double Height)
    {
        // The area outside a picture of this size (none, exactly, for a box inside it).
        public double Outside(double width, double height) =>
            Left >= 0 && Top >= 0 && Left + Width <= width && Top + Height <= height ? 0 : (Width * Height) - Overlap(new Box(0, 0, width, height));

        public double Overlap(Box other) =>
            Math.Max(0, Math.Min(Left + Width, other.Left + other.Width) - Math.Max(Left, other.Left))
            * Math.Max(0, Math.Min(Top + Height, other.Top + other.Height) - Math.Max(Top, other.Top));
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);

    private static string Id(string title) => "g-" + string.Concat(title.ToLowerInvariant().Where(char.IsAsciiLetterOrDigit).Take(24));
}
