using System.Globalization;
using System.Text;

namespace BriefingSite.Publish;

/// <summary>
/// Reads the small part of YAML that <see cref="FrontMatterWriter"/> writes: keys at the start of a line, one-line
/// scalars (plain, single- or double-quoted), one-line flow lists, block lists of scalars or of small mappings, and one
/// nested mapping. Anything else gives null. It is a guess, never the last word: <see cref="CanonicalRead"/> keeps what it
/// reads only when writing it again gives the same bytes.
/// </summary>
/// <remarks>Values are strings, lists (<see cref="List{T}"/> of values) and mappings (lists of key-value pairs).</remarks>
internal sealed class QuickYaml
{
    // Keys the writer writes are plain words: any of these makes the line something else.
    private static readonly System.Buffers.SearchValues<char> NotInKeys = System.Buffers.SearchValues.Create(" '\"[]{}#,&*!|>%@`");

    private readonly string text;

    // Each line of the front matter as where it starts and ends in the text, and its indent: worked out once. An item
    // whose first key sits on the dash's line ("- name: X") has that line read as the mapping's first, its indent moved
    // past the dash; the line is otherwise as written, so no line is ever copied.
    private readonly (int Start, int End)[] lines;
    private readonly int[] indents;
    private int next;

    private QuickYaml(string text, int start, int end)
    {
        this.text = text;
        var count = text.AsSpan(start, end - start).Count('\n') + 1;
        lines = new (int, int)[count];
        indents = new int[count];
        for (var i = 0; i < count; i++)
        {
            var stop = i + 1 < count ? text.IndexOf('\n', start) : end;
            lines[i] = (start, stop);
            indents[i] = stop - start - text.AsSpan(start, stop - start).TrimStart(' ').Length;
            start = stop + 1;
        }
    }

    /// <summary>The top-level mapping of the front matter held in <paramref name="text"/> from <paramref name="start"/>
    /// up to <paramref name="end"/> (its lines, without the closing line break), or null when it is not in the writer's shape.</summary>
    public static List<KeyValuePair<string, object>>? Mapping(string text, int start, int end)
    {
        var reader = new QuickYaml(text, start, end);
        return reader.Mapping(indent: 0) is { } mapping && reader.next == reader.lines.Length ? mapping : null;
    }

    private ReadOnlySpan<char> Line(int line) => text.AsSpan(lines[line].Start, lines[line].End - lines[line].Start);

    private List<KeyValuePair<string, object>>? Mapping(int indent)
    {
        var pairs = new List<KeyValuePair<string, object>>();
        while (next < lines.Length && indents[next] == indent && !IsItem(next, indent))
        {
            var line = Line(next++)[indent..];
            var start = ValueStart(line);
            if (start < 0)
            {
                return null;
            }

            var key = Key(line[..line.IndexOf(':')]);
            var rest = line[start..];
            object? value = rest.Length > 0 ? Inline(rest) : Block(indent);
            if (value is null)
            {
                return null;
            }

            pairs.Add(KeyValuePair.Create(key, value));
        }

        return pairs;
    }

    // The contract's keys, which every briefing repeats, handed out as one string each rather than made anew: the
    // briefing's own fields and those of its source, entities and facts.
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ContractKeys =
        new HashSet<string>(
            Ingest.BriefingFileReader.KnownFields.Concat(["file", "url", "sha256", "name", "id", "type", "role", "aliases", "value", "about", "sentence", "text", "speaker"]),
            StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    private static string Key(ReadOnlySpan<char> key) => ContractKeys.TryGetValue(key, out var known) ? known : key.ToString();

    // A key with nothing after it: a list of items at the same indent, or a mapping indented by two.
    private object? Block(int indent)
    {
        if (next >= lines.Length)
        {
            return null;
        }

        if (IsItem(next, indent))
        {
            var items = new List<object>();
            while (next < lines.Length && IsItem(next, indent))
            {
                if (Item(indent) is not { } item)
                {
                    return null;
                }

                items.Add(item);
            }

            return items;
        }

        return indents[next] == indent + 2 ? Mapping(indent + 2) : null;
    }

    // "- text", or "- key: value" followed by the item's other keys two spaces further in.
    private object? Item(int indent)
    {
        var content = Line(next)[(indent + 2)..];
        if (content.Length > 0 && content[0] is not ('\'' or '"' or '[') && ValueStart(content) >= 0)
        {
            // The item's first key sits on the dash's line: it is read as if indented like the item's other keys.
            indents[next] = indent + 2;
            return Mapping(indent + 2);
        }

        next++;
        return Scalar(content);
    }

    // Where a "key:" or "key: value" line's value starts (after the colon and its space), or -1 when the line is not one.
    private static int ValueStart(ReadOnlySpan<char> line)
    {
        var colon = line.IndexOf(':');
        if (colon <= 0 || line[..colon].ContainsAny(NotInKeys))
        {
            return -1;
        }

        return colon + 1 == line.Length ? colon + 1 : line[colon + 1] == ' ' ? colon + 2 : -1;
    }

    private static object? Inline(ReadOnlySpan<char> text) => text[0] == '[' ? Flow(text) : Scalar(text);

    private static List<object>? Flow(ReadOnlySpan<char> text)
    {
        if (text[^1] != ']')
        {
            return null;
        }

        var items = new List<object>();
        var inner = text[1..^1];
        while (inner.Length > 0)
        {
            var end = inner[0] is '\'' or '"' ? QuotedEnd(inner) : inner.IndexOf(',') is var comma and >= 0 ? comma : inner.Length;
            if (end <= 0 || Scalar(inner[..end]) is not { } item)
            {
                return null;
            }

            items.Add(item);
            inner = inner[end..];
            if (inner.Length > 0)
            {
                if (!inner.StartsWith(", "))
                {
                    return null;
                }

                inner = inner[2..];
            }
        }

        return items;
    }

    // Where a quoted scalar at the start of the text ends (just after its closing quote), or -1.
    private static int QuotedEnd(ReadOnlySpan<char> text)
    {
        for (var i = 1; i < text.Length; i++)
        {
            if (text[0] == '"' && text[i] == '\\')
            {
                i++;
            }
            else if (text[i] == text[0])
            {
                if (text[0] == '\'' && i + 1 < text.Length && text[i + 1] == '\'')
                {
                    i++;
                    continue;
                }

                return i + 1;
            }
        }

        return -1;
    }

    private static string? Scalar(ReadOnlySpan<char> text)
    {
        if (text.Length == 0 || text[0] is not ('\'' or '"'))
        {
            return text.ToString();
        }

        if (QuotedEnd(text) != text.Length)
        {
            return null;
        }

        var inner = text[1..^1];
        return text[0] == '\'' ? inner.ToString().Replace("''", "'", StringComparison.Ordinal) : Unescape(inner);
    }

    private static string? Unescape(ReadOnlySpan<char> text)
    {
        var result = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] != '\\')
            {
                result.Append(text[i]);
                continue;
            }

            if (++i >= text.Length)
            {
                return null;
            }

            var (code, digits) = text[i] switch
            {
                '0' => ('\0', 0),
                'a' => ('\a', 0),
                'b' => ('\b', 0),
                'n' => ('\n', 0),
                'v' => ('\v', 0),
                'f' => ('\f', 0),
                'r' => ('\r', 0),
                'e' => ('\u001b', 0),
                '"' => ('"', 0),
                '\\' => ('\\', 0),
                'N' => ('\u0085', 0),
                'L' => ('\u2028', 0),
                'P' => ('\u2029', 0),
                'x' => ('\0', 2),
                'u' => ('\0', 4),
                'U' => ('\0', 8),
                _ => ('\uffff', -1),
            };
            if (digits < 0)
            {
                return null;
            }

            if (digits == 0)
            {
                result.Append(code);
                continue;
            }

            if (i + digits >= text.Length || !int.TryParse(text.Slice(i + 1, digits), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var point)
                || point > 0x10FFFF || point is >= 0xD800 and <= 0xDFFF && digits == 8)
            {
                return null;
            }

            result.Append(point <= 0xFFFF ? ((char)point).ToString() : char.ConvertFromUtf32(point));
            i += digits;
        }

        return result.ToString();
    }

    private bool IsItem(int line, int indent)
    {
        var text = Line(line);
        return indents[line] == indent && text.Length > indent + 1 && text[indent] == '-' && text[indent + 1] == ' ';
    }
}
