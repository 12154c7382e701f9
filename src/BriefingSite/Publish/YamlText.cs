using System.Buffers;
using System.Collections;
using System.Globalization;
using System.Text.RegularExpressions;

namespace BriefingSite.Publish;

/// <summary>Front matter values as YAML text, byte for byte as YamlDotNet's Emitter writes them (indent 2, no line width).</summary>
/// <remarks>
/// The emitter's layout rules for what front matter holds (plain and quoted scalars, block and flow sequences and
/// mappings), written straight into one buffer without its event objects. Tests compare the two over random values.
/// </remarks>
internal sealed partial class YamlText : IDisposable
{
    // Pooled: the merge writes tens of thousands of short texts only to hash them.
    private char[] buffer;
    private int length;
    private int indent = -1;
    private int column;
    private int flowLevel;
    private bool isWhitespace = true;
    private bool isIndentation = true;

    private YamlText(int capacity) => buffer = ArrayPool<char>.Shared.Rent(capacity);

    /// <summary>The text written, ending with a line break; valid until disposed.</summary>
    public ReadOnlySpan<char> Text => buffer.AsSpan(0, length);

    /// <summary>A document whose root is a block mapping of the fields.</summary>
    public static YamlText OfMapping(IEnumerable<KeyValuePair<string, object?>> fields)
    {
        var yaml = new YamlText(8192);
        yaml.Document("", fields);
        return yaml;
    }

    /// <summary>A document holding one value (a list takes its style from the field's name).</summary>
    public static YamlText OfValue(string key, object? value)
    {
        var yaml = new YamlText(1024);
        yaml.Document(key, value);
        return yaml;
    }

    public void Dispose()
    {
        ArrayPool<char>.Shared.Return(buffer);
        buffer = [];
    }

    private void Document(string key, object? root)
    {
        // An empty root scalar makes the emitter open the document explicitly.
        if (ScalarText(root, out _) is "")
        {
            WriteIndent();
            WriteIndicator("---", needWhitespace: true, whitespace: false, indentation: false);
        }

        Node(key, root, isMapping: false);
        WriteIndent();
    }

    private void Node(string key, object? value, bool isMapping)
    {
        if (ScalarText(value, out var quoted) is { } text)
        {
            Scalar(text, quoted, isSimpleKey: false);
        }
        else if (value is IEnumerable<KeyValuePair<string, object?>> map)
        {
            Mapping(map);
        }
        else
        {
            Sequence(key, (IEnumerable)value!, isMapping);
        }
    }

    /// <summary>The text of a scalar value, and whether it is double-quoted; null for a list or a map.</summary>
    private static string? ScalarText(object? value, out bool quoted)
    {
        quoted = false;
        switch (value)
        {
            case null:
                return "null";
            case string text:
                quoted = NeedsQuotes(text);
                return text;
            case bool flag:
                return flag ? "true" : "false";
            case DateOnly date:
                return date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            case int or long or double or decimal:
                return Convert.ToString(value, CultureInfo.InvariantCulture)!;
            case IEnumerable:
                return null;
            default:
                var other = Convert.ToString(value, CultureInfo.InvariantCulture) ?? "";
                quoted = NeedsQuotes(other);
                return other;
        }
    }

    // Strings that a YAML reader would take for another type, or that need escapes, are double-quoted.
    private static bool NeedsQuotes(string value) =>
        value.Length == 0 || value.AsSpan().ContainsAny(Escaped) || NonString().IsMatch(value);

    private static readonly SearchValues<char> Escaped = SearchValues.Create(
        [.. Enumerable.Range(0, 0x10000).Select(c => (char)c).Where(c => char.IsControl(c) || c is '\u2028' or '\u2029')]);

    [GeneratedRegex(@"^(~|null|Null|NULL|true|True|TRUE|false|False|FALSE|yes|Yes|YES|no|No|NO|on|On|ON|off|Off|OFF|[-+]?(\d[\d_,]*)?\.?\d+([eE][-+]?\d+)?|0x[0-9a-fA-F]+|0o[0-7]+|\d{4}-\d\d-\d\d.*|[-+]?\.(inf|Inf|INF)|\.(nan|NaN|NAN))$")]
    private static partial Regex NonString();

    private void Mapping(IEnumerable<KeyValuePair<string, object?>> map)
    {
        using var pairs = map.GetEnumerator();
        var any = pairs.MoveNext();
        var flow = flowLevel != 0 || !any;
        var outer = Open(flow ? "{" : null);
        for (var first = true; any; any = pairs.MoveNext(), first = false)
        {
            var (key, value) = pairs.Current;
            var simple = key.Length <= 1024 && !YamlScalarAnalysis.Of(key).Multiline;
            if (flow && !first)
            {
                WriteIndicator(",", needWhitespace: false, whitespace: false, indentation: false);
            }
            else if (!flow)
            {
                WriteIndent();
            }

            if (simple)
            {
                Scalar(key, quoted: false, isSimpleKey: true);
                WriteIndicator(":", needWhitespace: false, whitespace: false, indentation: false);
            }
            else
            {
                WriteIndicator("?", needWhitespace: true, whitespace: false, indentation: !flow);
                Scalar(key, quoted: false, isSimpleKey: false);
                if (!flow)
                {
                    WriteIndent();
                }

                WriteIndicator(":", needWhitespace: true, whitespace: false, indentation: !flow);
            }

            Node(key, value, isMapping: true);
        }

        Close(outer, flow ? "}" : null);
    }

    private void Sequence(string key, IEnumerable list, bool isMapping)
    {
        var items = list.GetEnumerator();
        try
        {
            var any = items.MoveNext();
            var flow = flowLevel != 0 || key is "tags" or "related" or "aliases" or "author" || !any;
            // A block sequence that is a mapping's value starts on the mapping's own indent.
            var outer = flow ? Open("[") : Open(null, indentless: isMapping && !isIndentation);
            for (var first = true; any; any = items.MoveNext(), first = false)
            {
                if (flow && !first)
                {
                    WriteIndicator(",", needWhitespace: false, whitespace: false, indentation: false);
                }
                else if (!flow)
                {
                    WriteIndent();
                    WriteIndicator("-", needWhitespace: true, whitespace: false, indentation: true);
                }

                Node(key, items.Current, isMapping: false);
            }

            Close(outer, flow ? "]" : null);
        }
        finally
        {
            (items as IDisposable)?.Dispose();
        }
    }

    /// <summary>Starts a collection (a flow one when it has an opening indicator); returns the indent to restore.</summary>
    private int Open(string? flowIndicator, bool indentless = false)
    {
        if (flowIndicator is not null)
        {
            WriteIndicator(flowIndicator, needWhitespace: true, whitespace: true, indentation: false);
        }

        var outer = indent;
        IncreaseIndent(isFlow: flowIndicator is not null, indentless);
        flowLevel += flowIndicator is null ? 0 : 1;
        return outer;
    }

    private void Close(int outer, string? flowIndicator)
    {
        flowLevel -= flowIndicator is null ? 0 : 1;
        indent = outer;
        if (flowIndicator is not null)
        {
            WriteIndicator(flowIndicator, needWhitespace: false, whitespace: false, indentation: false);
        }
    }

    private void IncreaseIndent(bool isFlow, bool indentless)
    {
        if (indent < 0)
        {
            indent = isFlow ? 2 : 0;
        }
        else if (!indentless)
        {
            indent += 2;
        }
    }

    private void WriteIndicator(string indicator, bool needWhitespace, bool whitespace, bool indentation)
    {
        if (needWhitespace && !isWhitespace)
        {
            Write(' ');
        }

        Write(indicator);
        isWhitespace = whitespace;
        isIndentation &= indentation;
    }

    private void WriteIndent()
    {
        var to = Math.Max(indent, 0);
        if (!isIndentation || column > to || (column == to && !isWhitespace))
        {
            WriteBreak('\n');
        }

        while (column < to)
        {
            Write(' ');
        }

        isWhitespace = true;
        isIndentation = true;
    }

    private void Write(char c)
    {
        Room(1)[0] = c;
        length++;
        column++;
    }

    private void Write(string text)
    {
        text.CopyTo(Room(text.Length));
        length += text.Length;
        column += text.Length;
    }

    private void WriteBreak(char c)
    {
        Room(1)[0] = c;
        length++;
        column = 0;
    }

    private Span<char> Room(int size)
    {
        if (length + size > buffer.Length)
        {
            var larger = ArrayPool<char>.Shared.Rent(Math.Max(buffer.Length * 2, length + size));
            Text.CopyTo(larger);
            ArrayPool<char>.Shared.Return(buffer);
            buffer = larger;
        }

        return buffer.AsSpan(length, size);
    }
}
