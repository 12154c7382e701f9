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
    public string Render(string body, EntityLinker linker)
    {
        var sentences = BodySentences.Enumerate(body);
        var next = 0;
        var renderer = markdown.NewRenderer(implicitParagraph: true);
        var html = new StringBuilder(body.Length * 2);
        var inList = false;
        var blockIndex = 0;
        var linkedInSection = new HashSet<string>(StringComparer.Ordinal);
        foreach (var block in BodySentences.Blocks(body))
        {
            var isItem = block.StartsWith("- ", StringComparison.Ordinal) || block == "-";
            if (inList && !isItem)
            {
                html.Append("</ul>\n");
            }

            if (block.StartsWith('#'))
            {
                linkedInSection.Clear();
                AppendHeading(html, block, renderer);
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
                    AppendSentence(html.Append(next > first ? " " : ""), sentences[next], linker, linkedInSection, renderer);
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

    private void AppendSentence(StringBuilder html, BodySentence sentence, EntityLinker linker, HashSet<string> linkedInSection, HtmlRenderer renderer)
    {
        var document = markdown.ParseInline(sentence.Text);
        linker.Link(document, linkedInSection);
        html.Append("<span class=\"sentence\" id=\"s").Append(sentence.Number).Append("\">")
            .Append(SafeMarkdown.ToHtml(document, renderer))
            .Append("</span>");
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
