using System.Text;
using System.Text.RegularExpressions;
using BriefingSite.Model;

namespace BriefingSite.Extract;

/// <summary>Writes article blocks as the Markdown body of a briefing, escaped so Markdown reads them as plain text.</summary>
public static partial class BodyWriter
{
    public static string Write(IReadOnlyList<ArticleBlock> blocks)
    {
        var body = new StringBuilder();
        foreach (var block in blocks)
        {
            var text = Space().Replace(block.Text, " ").Trim();
            if (text.Length == 0)
            {
                continue;
            }

            if (body.Length > 0)
            {
                body.Append("\n\n");
            }

            var escaped = EscapeInline(text);
            body.Append(block.Kind switch
            {
                BlockKind.Heading => "## " + escaped.TrimStart('#', ' '),
                BlockKind.Quote => "> " + EscapeBlockStart(escaped),
                BlockKind.ListItem => "- " + EscapeBlockStart(escaped),
                _ => EscapeBlockStart(escaped),
            });
        }

        return body.Length == 0 ? "" : body.Append('\n').ToString();
    }

    /// <summary>The text of a body sentence without the backslashes <see cref="Write"/> added.</summary>
    public static string Unescape(string markdown) =>
        markdown.Contains('\\', StringComparison.Ordinal) ? Escaped().Replace(markdown, "$1") : markdown;

    // A line opening with these would become a heading, quote, list item or rule.
    private static string EscapeBlockStart(string text)
    {
        if (text[0] is '#' or '>' or '-' or '+' or '*' or '=' or '|')
        {
            return "\\" + text;
        }

        var ordinal = OrderedListStart().Match(text);
        return ordinal.Success ? text.Insert(ordinal.Groups[1].Index, "\\") : text;
    }

    private static string EscapeInline(string text)
    {
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
