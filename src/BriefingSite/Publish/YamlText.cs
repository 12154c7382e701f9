using System.Collections;

namespace BriefingSite.Publish;

/// <summary>Front matter values as YAML text, byte for byte as YamlDotNet's Emitter writes them (indent 2, no line width).</summary>
/// <remarks>
/// The emitter's layout rules for what front matter holds (plain and quoted scalars, block and flow sequences and
/// mappings), written straight into one buffer without its event objects. Tests compare the two over random values.
/// </remarks>
internal sealed partial class YamlText : IDisposable
{
    /// <summary>A document whose root is a block mapping of the fields.</summary>
    /// <param name="spans">Receives where each field's value, and each item of a list value, lies in the text.</param>
    public static YamlText OfMapping(IEnumerable<KeyValuePair<string, object?>> fields, ValueSpans? spans = null)
    {
        var yaml = new YamlText(8192) { spans = spans };
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

    private void Document(string key, object? root)
    {
        // An empty root scalar makes the emitter open the document explicitly.
        if (FrontMatterScalar.Text(root, out _) is "")
        {
            WriteIndent();
            WriteIndicator("---", needWhitespace: true, whitespace: false, indentation: false);
        }

        Node(key, root, isMapping: false);
        WriteIndent();
    }

    private void Node(string key, object? value, bool isMapping)
    {
        if (FrontMatterScalar.Text(value, out var quoted) is { } text)
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

    private void Mapping(IEnumerable<KeyValuePair<string, object?>> map)
    {
        var isRoot = depth++ == 0;
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

            var start = length;
            Node(key, value, isMapping: true);
            if (isRoot)
            {
                spans?.Field(key, value, start, length);
            }
        }

        Close(outer, flow ? "}" : null);
        depth--;
    }

    private void Sequence(string key, IEnumerable list, bool isMapping)
    {
        var items = list.GetEnumerator();
        var isField = depth++ == 1;
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

                var start = length;
                Node(key, items.Current, isMapping: false);
                if (isField)
                {
                    spans?.Item(items.Current, start, length, flow);
                }
            }

            Close(outer, flow ? "]" : null);
        }
        finally
        {
            depth--;
            (items as IDisposable)?.Dispose();
        }
    }
}
