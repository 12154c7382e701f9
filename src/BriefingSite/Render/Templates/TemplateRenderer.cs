using System.Collections;
using System.Globalization;
using HandlebarsDotNet;

namespace BriefingSite.Render.Templates;

/// <summary>Writes one parsed template with its data, as Handlebars.Net 2.4.3 would write it.</summary>
/// <remarks>
/// One renderer per page: it holds the stack of contexts each block pushes, which "../" climbs and partials share.
/// Where the data needs more than this engine knows (see <see cref="UnsupportedValueException"/>), it throws.
/// </remarks>
internal sealed class TemplateRenderer(ParsedTheme theme, TextWriter writer)
{
    private Frame[] frames = new Frame[8];
    private int depth;

    /// <summary>Writes the template with the data as its context.</summary>
    public void Render(TemplateNode[] template, object? data)
    {
        frames[0] = new Frame(data, 0, false, null, InEach: false, HasKey: false);
        depth = 0;
        Write(template);
    }

    private void Write(TemplateNode[] nodes)
    {
        foreach (var node in nodes)
        {
            switch (node.Kind)
            {
                case NodeKind.Text:
                    writer.Write(node.Text);
                    break;
                case NodeKind.Value:
                    WriteValue(node.Value!, node.Raw);
                    break;
                case NodeKind.Helper:
                    WriteText(CallHelper(node), node.Raw);
                    break;
                case NodeKind.If:
                    Write(IsTruthy(node.Value!) ? node.Body : node.Inverse);
                    break;
                case NodeKind.Unless:
                    Write(IsTruthy(node.Value!) ? node.Inverse : node.Body);
                    break;
                case NodeKind.Each:
                    Each(node);
                    break;
                case NodeKind.Partial:
                    Write(theme.Partial(node.Text));
                    break;
            }
        }
    }

    // The @ variables are read from the innermost each without boxing; anything else is looked up.
    private void WriteValue(TemplateValue value, bool raw)
    {
        ref var frame = ref frames[depth];
        switch (value.Kind)
        {
            case ValueKind.Path:
                WriteObject(Resolve(value), raw);
                break;
            case ValueKind.Index when frame.InEach:
                WriteNumber(frame.Index);
                break;
            case ValueKind.First when frame.InEach:
                writer.Write(frame.Index == 0 ? "True" : "False");
                break;
            case ValueKind.Last when frame.InEach:
                writer.Write(frame.Last ? "True" : "False");
                break;
            case ValueKind.Key when frame.HasKey:
                if (frame.Key is null)
                {
                    WriteNumber(frame.Index);
                }
                else
                {
                    WriteText(frame.Key, raw);
                }

                break;
        }
    }

    private bool IsTruthy(TemplateValue value)
    {
        ref var frame = ref frames[depth];
        return value.Kind switch
        {
            ValueKind.Path => IsTruthy(Resolve(value)),
            ValueKind.Index => frame.InEach && frame.Index != 0,
            ValueKind.First => frame.InEach && frame.Index == 0,
            ValueKind.Last => frame.InEach && frame.Last,
            ValueKind.Key => frame.HasKey && (frame.Key is null ? frame.Index != 0 : frame.Key.Length > 0),
            _ => IsTruthy(value.Text),
        };
    }

    /// <summary>Handlebars' truth: not null, false, zero, an empty string or an empty collection.</summary>
    private static bool IsTruthy(object? value) => value switch
    {
        null or MissingValue => false,
        bool flag => flag,
        string text => text.Length > 0,
        int number => number != 0,
        long number => number != 0,
        double number => number != 0,
        ICollection items => items.Count > 0,
        _ => HandlebarsUtils.IsTruthyOrNonEmpty(value),
    };

    private object? Resolve(TemplateValue value)
    {
        ref var frame = ref frames[depth];
        switch (value.Kind)
        {
            case ValueKind.Literal:
                return value.Text;
            case ValueKind.Path:
                break;
            case var _ when !frame.InEach:
                return value.Missing[0];
            case ValueKind.Index:
                return frame.Index;
            case ValueKind.First:
                return frame.Index == 0;
            case ValueKind.Last:
                return frame.Last;
            default:
                return frame.HasKey ? frame.Key ?? (object)frame.Index : null;
        }

        if (value.Up > depth)
        {
            return MissingValue.Parent;
        }

        var context = frames[value.FromRoot ? 0 : depth - value.Up].Context;
        var keys = value.Keys;
        for (var i = 0; i < keys.Length; i++)
        {
            var found = context switch
            {
                Dictionary<string, object?> map => map.TryGetValue(keys[i], out context),
                IDictionary<string, object?> map => map.TryGetValue(keys[i], out context),
                null => false,

                // Handlebars.Net reads any other key of a scalar as one of its properties, of which it has none.
                string when !keys[i].Equals("length", StringComparison.OrdinalIgnoreCase) => false,
                bool or int or long or double => false,
                _ => throw new UnsupportedValueException($"A key looked up in a {context.GetType().Name}: {value.Text}"),
            };
            if (!found)
            {
                return value.Missing[i];
            }
        }

        return context;
    }

    private void Each(TemplateNode node)
    {
        var items = Resolve(node.Value!);
        var count = 0;
        switch (items)
        {
            case null or MissingValue:
                break;
            case Dictionary<string, object?> map:
                foreach (var (key, item) in map)
                {
                    Item(node.Body, item, count, count == map.Count - 1, key);
                    count++;
                }

                break;
            case IDictionary<string, object?> map:
                foreach (var (key, item) in map)
                {
                    Item(node.Body, item, count, count == map.Count - 1, key);
                    count++;
                }

                break;
            case IList list when items is not (string or IDictionary):
                for (; count < list.Count; count++)
                {
                    Item(node.Body, list[count], count, count == list.Count - 1, null);
                }

                break;
            case IEnumerable sequence when items is not (string or IDictionary):
                count = EachOf(node.Body, sequence);
                break;
            default:
                throw new UnsupportedValueException($"An each over a {items.GetType().Name}: {node.Value!.Text}");
        }

        if (count == 0 && node.Inverse.Length > 0)
        {
            // Handlebars.Net renders an each's {{else}} one context deeper, in the same context ("../" climbs one less),
            // and outside any each, an empty list's {{else}} sees @index 0, @first true and @last false.
            var frame = frames[depth];
            Push(frame.InEach || items is null or MissingValue ? frame : frame with { Index = 0, Last = false, InEach = true });
            Write(node.Inverse);
            depth--;
        }
    }

    // A sequence of unknown length: each item is written once the next is known, to tell the last.
    private int EachOf(TemplateNode[] body, IEnumerable sequence)
    {
        var enumerator = sequence.GetEnumerator();
        try
        {
            var count = 0;
            var more = enumerator.MoveNext();
            while (more)
            {
                var item = enumerator.Current;
                more = enumerator.MoveNext();
                Item(body, item, count++, !more, null);
            }

            return count;
        }
        finally
        {
            (enumerator as IDisposable)?.Dispose();
        }
    }

    private void Item(TemplateNode[] body, object? item, int index, bool last, string? key)
    {
        Push(new Frame(item, index, last, key, InEach: true, HasKey: true));
        Write(body);
        depth--;
    }

    private void Push(Frame frame)
    {
        if (++depth == frames.Length)
        {
            Array.Resize(ref frames, frames.Length * 2);
        }

        frames[depth] = frame;
    }

    private string CallHelper(TemplateNode node)
    {
        var buffer = default(ArgumentBuffer);
        Span<object?> arguments = buffer;
        for (var i = 0; i < node.Arguments.Length; i++)
        {
            arguments[i] = Resolve(node.Arguments[i]);
        }

        return ThemeHelpers.Call(node.Text, arguments[..node.Arguments.Length]);
    }

    // Numbers and booleans as Handlebars.Net's default formatters write them; other types are left to it.
    private void WriteObject(object? value, bool raw)
    {
        Span<char> digits = stackalloc char[32];
        int length;
        switch (value)
        {
            case null or MissingValue:
                return;
            case string text:
                WriteText(text, raw);
                return;
            case bool flag:
                writer.Write(flag ? "True" : "False");
                return;
            case int number when number.TryFormat(digits, out length, provider: CultureInfo.InvariantCulture):
            case long wide when wide.TryFormat(digits, out length, provider: CultureInfo.InvariantCulture):
            case double real when real.TryFormat(digits, out length, provider: CultureInfo.InvariantCulture):
                writer.Write(digits[..length]);
                return;
            default:
                throw new UnsupportedValueException($"A {value.GetType().Name} written out");
        }
    }

    private void WriteNumber(int number)
    {
        Span<char> digits = stackalloc char[16];
        number.TryFormat(digits, out var length, provider: CultureInfo.InvariantCulture);
        writer.Write(digits[..length]);
    }

    private void WriteText(string text, bool raw)
    {
        if (raw)
        {
            writer.Write(text);
        }
        else
        {
            theme.Encoder.Encode(text, writer);
        }
    }

    /// <param name="Key">The key of a map's entry, null for a list's item (whose key is its index).</param>
    /// <param name="InEach">False for the page's data, which has no @index.</param>
    /// <param name="HasKey">False where @key is not set though @index is.</param>
    private record struct Frame(object? Context, int Index, bool Last, string? Key, bool InEach, bool HasKey);
}
