using System.Text;
using AngleSharp.Dom;
using BriefingSite.Model;

namespace BriefingSite.Ingest.Html;

/// <summary>Walks the main content's DOM into plain-text blocks, skipping link lists and other fishy containers.</summary>
public static class BlockCollector
{
    private static readonly HashSet<string> Blocks = new(StringComparer.Ordinal)
    {
        "p", "div", "section", "article", "main", "header", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "dl",
        "dt", "dd", "blockquote", "pre", "table", "tbody", "thead", "tr", "td", "th", "figure", "hr", "br", "form",
        "fieldset", "address", "center", "details", "summary", "picture", "video", "audio",
    };

    public static bool IsBlock(string localName) => Blocks.Contains(localName);

    public static IReadOnlyList<ArticleBlock> Collect(IEnumerable<IElement> roots)
    {
        var blocks = new List<ArticleBlock>();
        foreach (var root in roots)
        {
            Walk(root, BlockKind.Paragraph, blocks);
        }

        return blocks;
    }

    private static void Walk(IElement element, BlockKind kind, List<ArticleBlock> blocks)
    {
        switch (element.LocalName)
        {
            case "h1" or "h2" or "h3" or "h4" or "h5" or "h6":
                Add(blocks, BlockKind.Heading, ContentScorer.TextOf(element));
                return;
            case "p" or "pre" or "dt" or "dd":
                Add(blocks, kind, InlineText(element));
                return;
            case "blockquote":
                WalkChildren(element, BlockKind.Quote, blocks);
                return;
            case "li" when kind != BlockKind.Quote:
                WalkChildren(element, BlockKind.ListItem, blocks);
                return;
            case "ul" or "ol" or "table" or "div" or "section" or "form" or "figure" when IsFishy(element):
                return;
            default:
                WalkChildren(element, kind, blocks);
                return;
        }
    }

    // Inline runs between block children become paragraphs of their own; <br> ends a line.
    private static void WalkChildren(IElement element, BlockKind kind, List<ArticleBlock> blocks)
    {
        var run = new StringBuilder();
        foreach (var child in element.ChildNodes)
        {
            if (child is IElement childElement && (IsBlock(childElement.LocalName) || HasBlockDescendant(childElement)))
            {
                if (childElement.LocalName == "br")
                {
                    run.Append('\n');
                    continue;
                }

                Flush(run, kind, blocks);
                Walk(childElement, kind, blocks);
            }
            else
            {
                run.Append(child is IElement inline ? InlineText(inline) : child.TextContent);
            }
        }

        Flush(run, kind, blocks);
    }

    private static void Flush(StringBuilder run, BlockKind kind, List<ArticleBlock> blocks)
    {
        foreach (var line in run.ToString().Split('\n'))
        {
            Add(blocks, kind, TextNormaliser.OneLine(line));
        }

        run.Clear();
    }

    private static string InlineText(IElement element)
    {
        if (element.QuerySelectorAll("br").Length == 0)
        {
            return TextNormaliser.OneLine(element.TextContent);
        }

        var text = new StringBuilder();
        foreach (var node in element.GetDescendants().Where(n => n is IText || n is IElement { LocalName: "br" }))
        {
            text.Append(node is IText t ? t.Data : "\n");
        }

        return string.Join('\n', text.ToString().Split('\n').Select(TextNormaliser.OneLine).Where(l => l.Length > 0));
    }

    private static void Add(List<ArticleBlock> blocks, BlockKind kind, string text)
    {
        foreach (var line in text.Split('\n'))
        {
            var clean = line.Trim();
            if (clean.Length > 0)
            {
                blocks.Add(new ArticleBlock(kind, clean));
            }
        }
    }

    private static bool HasBlockDescendant(IElement element) =>
        element.GetDescendants().OfType<IElement>().Any(e => IsBlock(e.LocalName) && e.LocalName != "br");

    // Readability's conditional cleaning: link lists, chrome-named boxes and image galleries are not article text.
    private static bool IsFishy(IElement element)
    {
        var weight = NodeHints.Weight(element);
        if (weight < 0)
        {
            return true;
        }

        var text = ContentScorer.TextOf(element);
        if (text.Count(c => c == ',') >= 10)
        {
            return false;
        }

        var paragraphs = element.QuerySelectorAll("p").Length;
        var items = element.QuerySelectorAll("li").Length - 100;
        var images = element.QuerySelectorAll("img").Length;
        var density = ContentScorer.LinkDensity(element);
        var isList = element.LocalName is "ul" or "ol";
        return images > 1 && paragraphs * 2 < images
            || !isList && items > paragraphs
            || text.Length < 25 && images != 1 && paragraphs == 0 && element.LocalName != "div"
            || weight < 25 && density > 0.2 && (!isList || density > 0.5)
            || weight >= 25 && density > 0.5;
    }
}
