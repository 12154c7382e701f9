using System.Buffers;
using System.Collections;
using BriefingSite.Model;

namespace BriefingSite.Publish;

/// <summary>The YAML text of each front matter field and list item as if written alone (<see cref="FrontMatterWriter.ValueText"/>), cut from one written document.</summary>
/// <remarks>
/// A value in the document reads as it does alone, except that a nested collection is indented two more, an empty
/// scalar alone opens the document with "---", and an item of a flow list may be quoted by flow rules: the first is
/// dedented, the others are written alone. A text is valid until the next call.
/// </remarks>
internal sealed class FieldTexts : IDisposable
{
    private readonly ValueSpans spans = new();
    private readonly YamlText document;
    private char[] scratch = ArrayPool<char>.Shared.Rent(1024);
    private YamlText? alone;

    private FieldTexts(IEnumerable<KeyValuePair<string, object?>> fields) => document = YamlText.OfMapping(fields, spans);

    /// <summary>The texts of the fields the generator writes: a person's own fields (<see cref="Briefing.Extra"/>) are left out.</summary>
    public static FieldTexts Of(Briefing briefing) => new(Known(briefing).Select(f => KeyValuePair.Create(f.Key, f.Value)));

    /// <summary>The front matter document the texts are cut from.</summary>
    public ReadOnlySpan<char> Document => document.Text;

    public int Count => spans.Count;

    public string Key(int field) => spans.Field(field).Key;

    public int IndexOf(string key) => spans.IndexOf(key);

    public int ItemCount(int field) => spans.ItemCount(field);

    public ReadOnlySpan<char> Text(int field)
    {
        var (key, value, start, end) = spans.Field(field);
        var text = document.Text[start..end].Trim();
        return value switch
        {
            IEnumerable<KeyValuePair<string, object?>> => Dedented(key, value, text),
            IEnumerable and not string => text,
            _ => IsEmptyScalar(value) ? Alone(key, value) : text,
        };
    }

    public ReadOnlySpan<char> ItemText(int field, int item)
    {
        var key = spans.Field(field).Key;
        var (value, start, end, flow) = spans.Item(field, item);
        var text = document.Text[start..end].Trim();
        return value switch
        {
            // Plain in a flow list is plain alone too; quoting rules differ between the two.
            _ when flow => value is string s && text.SequenceEqual(s) ? text : Alone(key, value),
            IEnumerable and not string => Dedented(key, value, text),
            _ => IsEmptyScalar(value) ? Alone(key, value) : text,
        };
    }

    public void Dispose()
    {
        document.Dispose();
        alone?.Dispose();
        ArrayPool<char>.Shared.Return(scratch);
        scratch = [];
    }

    private static IEnumerable<(string Key, object? Value)> Known(Briefing briefing) =>
        briefing.Extra.Count == 0 ? FrontMatterWriter.Fields(briefing) : FrontMatterWriter.Fields(briefing).Where(f => !briefing.Extra.ContainsKey(f.Key));

    private static bool IsEmptyScalar(object? value) =>
        value is string text ? text.Length == 0 : value is not null && FrontMatterScalar.Text(value, out _) is "";

    private ReadOnlySpan<char> Alone(string key, object? value)
    {
        alone?.Dispose();
        alone = YamlText.OfValue(key, value);
        return alone.Text.Trim();
    }

    // Every line after the first loses the two spaces of the enclosing collection (written alone when a line lacks them).
    private ReadOnlySpan<char> Dedented(string key, object? value, ReadOnlySpan<char> text)
    {
        if (scratch.Length < text.Length)
        {
            ArrayPool<char>.Shared.Return(scratch);
            scratch = ArrayPool<char>.Shared.Rent(text.Length);
        }

        var length = 0;
        for (var at = 0; at < text.Length;)
        {
            var line = text[at..].IndexOf('\n');
            var end = line < 0 ? text.Length : at + line + 1;
            text[at..end].CopyTo(scratch.AsSpan(length));
            length += end - at;
            if (end < text.Length && !text[end..].StartsWith("  "))
            {
                return Alone(key, value);
            }

            at = end < text.Length ? end + 2 : end;
        }

        return scratch.AsSpan(0, length);
    }
}
