using System.Buffers;
using System.Text;
using BriefingSite.Model;
using Markdig.Renderers;

namespace BriefingSite.Render;

/// <summary>Renders a briefing body to HTML, block by block as <see cref="BodySentences"/> sees it, each sentence wrapped in an anchor.</summary>
/// <remarks>
/// Sentence n becomes &lt;span class="sentence" id="s{n}"&gt;, numbered by <see cref="BodySentences.Enumerate"/> itself so the
/// key facts' "#s{n}" links land on the sentence extraction meant. Each sentence is rendered on its own, so inline markup
/// that spans two sentences shows as plain text.
/// </remarks>
public sealed class BodyRenderer(SafeMarkdown markdown)
{
    // Each rendering thread reuses its buffers body after body.
    [ThreadStatic]
    private static Buffers? buffers;

    public string Render(string body, EntityLinker linker)
    {
        var blocks = new BodySentences.BlockWalker(body);
        var sentences = BodySentences.Enumerate(body);
        var next = 0;
        var buffer = buffers is { } reused && reused.Markdown == markdown ? reused : buffers = new Buffers(markdown);
        var (renderer, html, linkedInSection, mentions) = (buffer.Renderer, buffer.Html, buffer.Linked, buffer.Mentions);
        html.Clear().EnsureCapacity(body.Length * 2);
        linkedInSection.Clear();
        var inList = false;
        var blockIndex = 0;
        while (blocks.Next(out var block))
        {
            var isItem = block.StartsWith("- ", StringComparison.Ordinal) || block is "-";
            if (inList && !isItem)
            {
                html.Append("</ul>\n");
            }

            if (block.StartsWith('#'))
            {
                linkedInSection.Clear();
                AppendHeading(html, block.ToString(), renderer);
            }
            else
            {
                var (open, close) = isItem ? (inList ? "<li>" : "<ul>\n<li>", "</li>\n")
                    : block.StartsWith("> ", StringComparison.Ordinal) ? ("<blockquote><p>", "</p></blockquote>\n")
                    : ("<p>", "</p>\n");
                html.Append(open);

                // Sentences come in block order, so this block's are the next ones with its index.
                for (var first = next; next < sentences.Count && sentences[next].Block == blockIndex; next++)
                {
                    AppendSentence(html.Append(next > first ? " " : ""), sentences[next], linker, linkedInSection, mentions, renderer);
                }

                html.Append(close);
            }

            inList = isItem;
            blockIndex++;
        }

        if (inList)
        {
            html.Append("</ul>\n");
        }

        return html.ToString();
    }

    private void AppendSentence(StringBuilder html, BodySentence sentence, EntityLinker linker, HashSet<string> linkedInSection, List<(int At, string Name, string Url)> mentions, HtmlRenderer renderer)
    {
        html.Append("<span class=\"sentence\" id=\"s").Append(sentence.Number).Append("\">");
        if (IsPlain(sentence.Text))
        {
            mentions.Clear();
            linker.FirstMentions(sentence.Text, linkedInSection, mentions);
            AppendPlain(html, sentence.Text, mentions, linker.Root);
        }
        else
        {
            var document = markdown.ParseInline(sentence.Text);
            linker.Link(document, linkedInSection);
            html.Append(SafeMarkdown.ToHtml(document, renderer));
        }

        html.Append("</span>");
    }

    // Most sentences hold no Markdown: no character that starts inline markup, no block marker (a letter comes first),
    // nothing to trim. Markdig would make them one paragraph of one literal, so they are written here as it would write them.
    private static bool IsPlain(string text) =>
        text.Length > 0 && char.IsLetter(text[0]) && !char.IsWhiteSpace(text[^1]) && !text.AsSpan().ContainsAny(MarkdownChars);

    private static readonly SearchValues<char> MarkdownChars = SearchValues.Create(
        "\\`*_[]!<&~\u007f" + string.Concat(Enumerable.Range(0, 32).Select(c => (char)c)));

    // Entity URLs are made of PathSegment file names, so they need no escaping in an attribute.
    private static void AppendPlain(StringBuilder html, string text, List<(int At, string Name, string Url)> mentions, string root)
    {
        var done = 0;
        foreach (var (at, name, url) in mentions)
        {
            AppendEscaped(html, text.AsSpan(done, at - done));
            AppendEscaped(html.Append("<a href=\"").Append(root).Append(url).Append("\" class=\"entity\">"), name);
            html.Append("</a>");
            done = at + name.Length;
        }

        AppendEscaped(html, text.AsSpan(done));
    }

    // As Markdig escapes text: &, <, > and the double quote.
    private static void AppendEscaped(StringBuilder html, ReadOnlySpan<char> text)
    {
        for (var next = text.IndexOfAny(Escaped); next >= 0; next = text.IndexOfAny(Escaped))
        {
            html.Append(text[..next]).Append(text[next] switch { '&' => "&amp;", '<' => "&lt;", '>' => "&gt;", _ => "&quot;" });
            text = text[(next + 1)..];
        }

        html.Append(text);
    }

    private static readonly SearchValues<char> Escaped = SearchValues.Create("&<>\"");

    // A Markdown renderer costs more to make than a body of plain sentences to render.
    private sealed record Buffers(SafeMarkdown Markdown)
    {
        public HtmlRenderer Renderer { get; } = Markdown.NewRenderer(implicitParagraph: true);

        public StringBuilder Html { get; } = new();

        public HashSet<string> Linked { get; } = new(StringComparer.Ordinal);

        public List<(int At, string Name, string Url)> Mentions { get; } = [];
    }

    // The page title is the only h1, so body headings start at h2.
    private void AppendHeading(StringBuilder html, string block, HtmlRenderer renderer)
    {
        var marks = block.TakeWhile(c => c == '#').Count();
        var level = Math.Clamp(marks, 2, 6);
        var text = SafeMarkdown.ToHtml(markdown.ParseInline(block[marks..].Trim()), renderer);
        html.Append("<h").Append(level).Append('>').Append(text).Append("</h").Append(level).Append(">\n");
    }
}
