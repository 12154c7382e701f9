using System.Buffers;
using System.Text;
using System.Text.RegularExpressions;
using BriefingSite.Model;

namespace BriefingSite.Extract;

/// <summary>Writes article blocks as the Markdown body of a briefing, escaped so Markdown reads them as plain text.</summary>
public static partial class BodyWriter
{
    // The characters inline escaping looks at; most paragraphs hold none of them.
    private static readonly SearchValues<char> InlineMarks = SearchValues.Create("\\`*_[");

    public static string Write(IReadOnlyList<ArticleBlock> blocks)
    {
        ArgumentNullException.ThrowIfNull(blocks);
        var body = new StringBuilder(blocks.Sum(b => b.Text.Length + 8) + 1);
        foreach (var block in blocks)
        {
            var text = OneSpaced(block.Text);
            if (text.Length == 0)
            {
                continue;
            }

            if (body.Length > 0)
            {
                body.Append("\n\n");
            }

            var escaped = EscapeInline(text);
            switch (block.Kind)
            {
                case BlockKind.Heading:
                    body.Append("## ").Append(escaped.AsSpan().TrimStart("# "));
                    break;
                case BlockKind.Quote:
                    AppendEscapingBlockStart(body.Append("> "), escaped);
                    break;
                case BlockKind.ListItem:
                    AppendEscapingBlockStart(body.Append("- "), escaped);
                    break;
                default:
                    AppendEscapingBlockStart(body, escaped);
                    break;
            }
        }

        return body.Length == 0 ? "" : body.Append('\n').ToString();
    }

    /// <summary>The text of a body sentence without the backslashes <see cref="Write"/> added.</summary>
    public static string Unescape(string markdown) =>
        markdown.Contains('\\', StringComparison.Ordinal) ? Escaped().Replace(markdown, "$1") : markdown;

    // A line opening with these would become a heading, quote, list item or rule.
    private static void AppendEscapingBlockStart(StringBuilder body, string text)
    {
        if (text[0] is '#' or '>' or '-' or '+' or '*' or '=' or '|')
        {
            body.Append('\\').Append(text);
            return;
        }

        var ordinal = char.IsDigit(text[0]) ? OrderedListStart().Match(text) : Match.Empty;
        if (!ordinal.Success)
        {
            body.Append(text);
            return;
        }

        var at = ordinal.Groups[1].Index;
        body.Append(text, 0, at).Append('\\').Append(text, at, text.Length - at);
    }

    // White space in runs, or other than a space, made one space; the text itself when it holds none.
    private static string OneSpaced(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsWhiteSpace(text[i]) && (text[i] != ' ' || (i + 1 < text.Length && char.IsWhiteSpace(text[i + 1]))))
            {
                return Space().Replace(text, " ").Trim();
            }
        }

        return text.Trim();
    }

    private static string EscapeInline(string text)
    {
        if (text.AsSpan().IndexOfAny(InlineMarks) < 0)
        {
            return text;
        }

        var escaped = new StringBuilder(text.Length + 8);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var before = i > 0 ? text[i - 1] : ' ';
            var after = i + 1 < text.Length ? text[i + 1] : ' ';
            var needs = c switch
            {
                '\\' => IsAsciiPunctuation(after),
                '`' => true,
                '*' => !(char.IsWhiteSpace(before) && char.IsWhiteSpace(after)),
                '_' => !char.IsLetterOrDigit(before) || !char.IsLetterOrDigit(after),
                '[' => LinkAhead().IsMatch(text, i),
                _ => false,
            };
            if (needs)
            {
                escaped.Append('\\');
            }

            escaped.Append(c);
        }

        return escaped.ToString();
    }

    private static bool IsAsciiPunctuation(char c) => c is (>= '!' and <= '/') or (>= ':' and <= '@') or (>= '[' and <= '`') or (>= '{' and <= '~');

    [GeneratedRegex(@"\s+")]
    private static partial Regex Space();

    [GeneratedRegex(@"\\([!-/:-@\[-`{-~])")]
    private static partial Regex Escaped();

    [GeneratedRegex(@"^\d{1,9}([.)])(?:\s|$)")]
    private static partial Regex OrderedListStart();

    // "[text](" or "[text][" or "[text]:" would be a link; "[5]" alone stays as written.
    [GeneratedRegex(@"\G\[[^\]]*\]\s?[(\[:]")]
    private static partial Regex LinkAhead();
}
