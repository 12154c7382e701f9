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

    /// <summary>The body, blocks apart by a blank line, with no line end after the last: the text a briefing file's
    /// reader gives back (see <see cref="Publish.ReadBack"/>), so that later stages meet the same string object and its
    /// sentences are numbered once (see <see cref="BodySentences"/>).</summary>
    public static string Write(IReadOnlyList<ArticleBlock> blocks)
    {
        ArgumentNullException.ThrowIfNull(blocks);

        // Each block's parts first, so that the body is made once, at its length, rather than built and then copied.
        var lines = new List<Line>(blocks.Count);
        var length = 0;
        foreach (var block in blocks)
        {
            var text = OneSpaced(block.Text);
            if (text.Length == 0)
            {
                continue;
            }

            var escaped = EscapeInline(text);
            var line = block.Kind switch
            {
                BlockKind.Heading => new Line("## ", escaped, escaped.Length - escaped.AsSpan().TrimStart("# ").Length, -1),
                BlockKind.Quote => new Line("> ", escaped, 0, BlockStartEscape(escaped)),
                BlockKind.ListItem => new Line("- ", escaped, 0, BlockStartEscape(escaped)),
                _ => new Line("", escaped, 0, BlockStartEscape(escaped)),
            };
            length += (lines.Count > 0 ? 2 : 0) + line.Length;
            lines.Add(line);
        }

        return lines.Count == 0 ? "" : string.Create(length, lines, static (body, lines) =>
        {
            var at = 0;
            foreach (var line in lines)
            {
                if (at > 0)
                {
                    Put(body, ref at, "\n\n");
                }

                Put(body, ref at, line.Marker);
                if (line.EscapeAt < 0)
                {
                    Put(body, ref at, line.Text.AsSpan(line.From));
                    continue;
                }

                Put(body, ref at, line.Text.AsSpan(line.From, line.EscapeAt - line.From));
                Put(body, ref at, "\\");
                Put(body, ref at, line.Text.AsSpan(line.EscapeAt));
            }
        });
    }

    /// <summary>The text of a body sentence without the backslashes <see cref="Write"/> added.</summary>
    public static string Unescape(string markdown) =>
        markdown.Contains('\\', StringComparison.Ordinal) ? Escaped().Replace(markdown, "$1") : markdown;

    /// <summary>A block as written: its marker, then its text from <see cref="From"/> on, with a backslash before <see cref="EscapeAt"/> (when not -1).</summary>
    private readonly record struct Line(string Marker, string Text, int From, int EscapeAt)
    {
        public int Length => Marker.Length + Text.Length - From + (EscapeAt >= 0 ? 1 : 0);
    }

    private static void Put(Span<char> body, ref int at, ReadOnlySpan<char> part)
    {
        part.CopyTo(body[at..]);
        at += part.Length;
    }

    // Where a backslash must go so that a line opening with these does not become a heading, quote, list item or rule; -1 when none.
    private static int BlockStartEscape(string text)
    {
        if (text[0] is '#' or '>' or '-' or '+' or '*' or '=' or '|')
        {
            return 0;
        }

        var ordinal = char.IsDigit(text[0]) ? OrderedListStart().Match(text) : Match.Empty;
        return ordinal.Success ? ordinal.Groups[1].Index : -1;
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
