using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace BriefingSite.Render;

/// <summary>Markdown to HTML with raw HTML disabled, unsafe links turned to text and images to links, so nothing runs or loads.</summary>
public sealed class SafeMarkdown
{
    private readonly MarkdownPipeline pipeline = new MarkdownPipelineBuilder().DisableHtml().Build();

    /// <summary>Parses Markdown and makes its links safe; the caller may change the tree before <see cref="ToHtml"/>.</summary>
    public MarkdownDocument Parse(string markdown)
    {
        var document = Markdown.Parse(markdown, pipeline);
        var inlines = Inlines(document);
        foreach (var link in inlines.OfType<LinkInline>())
        {
            if (!SafeUrl.IsLinkable(link.Url))
            {
                Unwrap(link);
                continue;
            }

            // An image would load from wherever its URL points; a link to it loads nothing until followed.
            link.IsImage = false;
            if (SafeUrl.IsWeb(link.Url))
            {
                link.GetAttributes().AddProperty("rel", "noopener noreferrer");
            }
        }

        foreach (var autolink in inlines.OfType<AutolinkInline>())
        {
            if (autolink.IsEmail || !SafeUrl.IsLinkable(autolink.Url))
            {
                autolink.ReplaceBy(new LiteralInline(autolink.Url));
            }
        }

        return document;
    }

    /// <summary>The document's inlines in reading order, as Markdig's Descendants gives them, without its stacks and iterators.</summary>
    public static List<Inline> Inlines(MarkdownDocument document)
    {
        var found = new List<Inline>();
        AddInlines(document, found);
        return found;
    }

    private static void AddInlines(Block block, List<Inline> found)
    {
        if (block is ContainerBlock container)
        {
            foreach (var child in container)
            {
                AddInlines(child, found);
            }
        }
        else if (block is LeafBlock { Inline: { } inline })
        {
            AddInlines(inline, found);
        }
    }

    private static void AddInlines(ContainerInline container, List<Inline> found)
    {
        for (var child = container.FirstChild; child is not null; child = child.NextSibling)
        {
            found.Add(child);
            if (child is ContainerInline inner)
            {
                AddInlines(inner, found);
            }
        }
    }

    /// <summary>Parses one line of text as a single paragraph, even when it starts like a list, quote or heading.</summary>
    public MarkdownDocument ParseInline(string text)
    {
        var document = Parse(text);
        if (document.Count == 1 && document[0] is ParagraphBlock || text.Length == 0)
        {
            return document;
        }

        return Parse(EscapeStart(text));
    }

    public string ToHtml(MarkdownDocument document, bool implicitParagraph = false) => ToHtml(document, NewRenderer(implicitParagraph));

    /// <summary>A renderer for <see cref="ToHtml(MarkdownDocument, HtmlRenderer)"/>; making one costs more than rendering a sentence, so reuse it on one thread.</summary>
    public HtmlRenderer NewRenderer(bool implicitParagraph)
    {
        var renderer = new HtmlRenderer(new StringWriter()) { ImplicitParagraph = implicitParagraph };
        pipeline.Setup(renderer);
        return renderer;
    }

    /// <remarks>The HTML is trimmed, so the newline a previous document may leave pending cannot show in the next.</remarks>
    public static string ToHtml(MarkdownDocument document, HtmlRenderer renderer)
    {
        var writer = (StringWriter)renderer.Writer;
        writer.GetStringBuilder().Clear();
        renderer.Render(document);
        return writer.ToString().Trim();
    }

    public string ToHtml(string markdown) => ToHtml(Parse(markdown));

    private static void Unwrap(LinkInline link)
    {
        foreach (var child in link.ToList())
        {
            child.Remove();
            link.InsertBefore(child);
        }

        link.Remove();
    }

    // "1. ", "- ", "> ", "# " and the like start blocks; escaping their marker keeps the line a paragraph.
    private static string EscapeStart(string text)
    {
        var digits = 0;
        while (digits < text.Length && char.IsAsciiDigit(text[digits]))
        {
            digits++;
        }

        if (digits > 0)
        {
            return digits < text.Length && text[digits] is '.' or ')' ? $"{text[..digits]}\\{text[digits..]}" : text;
        }

        return char.IsAsciiLetterOrDigit(text[0]) || !char.IsAscii(text[0]) || char.IsWhiteSpace(text[0]) ? text : "\\" + text;
    }
}
