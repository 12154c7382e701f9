using System.Text;
using BriefingSite.Model;

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
        var sentencesByBlock = BodySentences.Enumerate(body).ToLookup(s => s.Block);
        var html = new StringBuilder();
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
                AppendHeading(html, block);
            }
            else
            {
                var sentences = Sentences(sentencesByBlock[blockIndex], linker, linkedInSection);
                if (isItem)
                {
                    html.Append(inList ? "" : "<ul>\n").Append("<li>").Append(sentences).Append("</li>\n");
                }
                else if (block.StartsWith("> ", StringComparison.Ordinal))
                {
                    html.Append("<blockquote><p>").Append(sentences).Append("</p></blockquote>\n");
                }
                else
                {
                    html.Append("<p>").Append(sentences).Append("</p>\n");
                }
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

    private string Sentences(IEnumerable<BodySentence> sentences, EntityLinker linker, HashSet<string> linkedInSection)
    {
        var html = new StringBuilder();
        foreach (var sentence in sentences)
        {
            var document = markdown.ParseInline(sentence.Text);
            linker.Link(document, linkedInSection);
            html.Append(html.Length > 0 ? " " : "")
                .Append("<span class=\"sentence\" id=\"s").Append(sentence.Number).Append("\">")
                .Append(markdown.ToHtml(document, implicitParagraph: true))
                .Append("</span>");
        }

        return html.ToString();
    }

    // The page title is the only h1, so body headings start at h2.
    private void AppendHeading(StringBuilder html, string block)
    {
        var marks = block.TakeWhile(c => c == '#').Count();
        var level = Math.Clamp(marks, 2, 6);
        var text = markdown.ToHtml(markdown.ParseInline(block[marks..].Trim()), implicitParagraph: true);
        html.Append("<h").Append(level).Append('>').Append(text).Append("</h").Append(level).Append(">\n");
    }
}
