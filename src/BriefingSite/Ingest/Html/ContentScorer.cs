using AngleSharp.Dom;

namespace BriefingSite.Ingest.Html;

/// <summary>Finds the element that holds an article's text by scoring paragraphs into their ancestors (text, commas, link density, name hints).</summary>
public static class ContentScorer
{
    private static readonly string[] Scored = ["p", "pre", "td", "section", "h2", "h3", "h4", "h5", "h6", "div", "blockquote", "li"];

    /// <summary>The main element and the siblings that continue it, in document order; empty when nothing scores.</summary>
    public static IReadOnlyList<IElement> FindMain(IDocument document)
    {
        var scores = new Dictionary<IElement, double>();
        foreach (var element in document.QuerySelectorAll(string.Join(',', Scored)))
        {
            if (element.LocalName is "div" or "section" or "li" && HasBlockChild(element))
            {
                continue;
            }

            var text = TextOf(element);
            if (text.Length < 25)
            {
                continue;
            }

            var score = 1.0 + text.Count(c => c == ',') + Math.Min(text.Length / 100, 3);
            var level = 0;
            for (var ancestor = element.ParentElement; ancestor is not null && level < 5; ancestor = ancestor.ParentElement, level++)
            {
                if (ancestor.LocalName is "html")
                {
                    break;
                }

                if (!scores.ContainsKey(ancestor))
                {
                    scores[ancestor] = InitialScore(ancestor);
                }

                scores[ancestor] += level switch { 0 => score, 1 => score / 2, _ => score / (level * 3) };
            }
        }

        if (scores.Count == 0)
        {
            return document.Body is { } body ? [body] : [];
        }

        var final = scores.ToDictionary(p => p.Key, p => p.Value * (1 - LinkDensity(p.Key)));
        var top = final.MaxBy(p => p.Value).Key;
        return WithSiblings(top, final);
    }

    public static double LinkDensity(IElement element)
    {
        var length = TextOf(element).Length;
        if (length == 0)
        {
            return 0;
        }

        var links = element.QuerySelectorAll("a").Sum(a => TextOf(a).Length);
        return Math.Min(1, (double)links / length);
    }

    public static string TextOf(INode node) => TextNormaliser.OneLine(node.TextContent);

    private static List<IElement> WithSiblings(IElement top, Dictionary<IElement, double> scores)
    {
        if (top.ParentElement is not { } parent)
        {
            return [top];
        }

        var threshold = Math.Max(10, scores[top] * 0.2);
        var kept = new List<IElement>();
        foreach (var sibling in parent.Children)
        {
            if (sibling == top)
            {
                kept.Add(sibling);
                continue;
            }

            var bonus = !string.IsNullOrEmpty(top.ClassName) && sibling.ClassName == top.ClassName ? scores[top] * 0.2 : 0;
            if (scores.TryGetValue(sibling, out var score) && score + bonus >= threshold || IsLoneParagraph(sibling))
            {
                kept.Add(sibling);
            }
        }

        return kept;
    }

    private static bool IsLoneParagraph(IElement sibling)
    {
        if (sibling.LocalName != "p")
        {
            return false;
        }

        var text = TextOf(sibling);
        var density = LinkDensity(sibling);
        return text.Length > 80 && density < 0.25 || text.Length is > 0 and <= 80 && density == 0 && text.EndsWith('.');
    }

    private static double InitialScore(IElement element) => NodeHints.Weight(element) + element.LocalName switch
    {
        "div" or "article" or "main" or "section" => 5,
        "pre" or "td" or "blockquote" => 3,
        "address" or "ol" or "ul" or "dl" or "dd" or "dt" or "li" or "form" => -3,
        "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "th" => -5,
        _ => 0,
    };

    private static bool HasBlockChild(IElement element) =>
        element.Children.Any(c => BlockCollector.IsBlock(c.LocalName));
}
