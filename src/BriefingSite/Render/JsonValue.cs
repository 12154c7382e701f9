using System.Buffers;
using System.Collections;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace BriefingSite.Render;

/// <summary>Writes plain data (maps, lists, scalars) as JSON, keys in insertion order, so the same site gives the same bytes.</summary>
public static class JsonValue
{
    // Keeps non-Latin names readable while still escaping the characters HTML and scripts care about (<, >, &, quotes).
    // Compact: what is written is read by scripts and tools, and for 10,000 briefings indentation alone would add
    // megabytes (14 MB of briefings.json's 48 MB).
    private static readonly JsonWriterOptions Options = new()
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    // How ToBytes lays out a list: what comes before its first item, between two items and after its last, and an empty list.
    private static readonly (byte[] Open, byte[] Between, byte[] Close, byte[] Empty) Parts = ListLayout();

    public static byte[] ToBytes(object? value) => Written(new ChunkedBuffer(), value).ToArray();

    /// <summary>A value as <see cref="ToBytes"/> writes it as an item of a list, for <see cref="ToListPieces"/> to join.</summary>
    /// <param name="scratch">Reused from call to call: only the returned array is new.</param>
    public static byte[] ToItemBytes(object? value, ArrayBufferWriter<byte> scratch) => ToItemBytes(writer => Write(writer, value), scratch);

    /// <summary>As <see cref="ToItemBytes(object?, ArrayBufferWriter{byte})"/>, for an item the caller writes straight to the writer.</summary>
    public static byte[] ToItemBytes(Action<Utf8JsonWriter> write, ArrayBufferWriter<byte> scratch)
    {
        scratch.ResetWrittenCount();
        using (var writer = new Utf8JsonWriter(scratch, Options))
        {
            writer.WriteStartArray();
            write(writer);
            writer.WriteEndArray();
        }

        return scratch.WrittenSpan[Parts.Open.Length..^Parts.Close.Length].ToArray();
    }

    /// <summary>The bytes <see cref="ToBytes"/> gives for a list whose items, as <see cref="ToItemBytes"/> wrote them, are
    /// these: as pieces to write one after another, the items themselves among them (nothing is copied).</summary>
    public static IReadOnlyList<ReadOnlyMemory<byte>> ToListPieces(IReadOnlyList<ReadOnlyMemory<byte>> items)
    {
        if (items.Count == 0)
        {
            return [Parts.Empty];
        }

        var pieces = new ReadOnlyMemory<byte>[(2 * items.Count) + 1];
        pieces[0] = Parts.Open;
        for (var i = 0; i < items.Count; i++)
        {
            pieces[(2 * i) + 1] = items[i];
            pieces[(2 * i) + 2] = i == items.Count - 1 ? Parts.Close : Parts.Between;
        }

        return pieces;
    }

    /// <summary>Compact JSON between <paramref name="before"/> and <paramref name="after"/>, such as a script's assignment.</summary>
    public static byte[] ToCompactBytes(object? value, ReadOnlySpan<byte> before = default, ReadOnlySpan<byte> after = default) =>
        Written(new ChunkedBuffer(), value).ToArray(before, after);

    /// <summary>As <see cref="ToCompactBytes(object?, ReadOnlySpan{byte}, ReadOnlySpan{byte})"/>, for a value the caller writes
    /// straight to the writer rather than making it first as maps and lists.</summary>
    public static byte[] ToCompactBytes(Action<Utf8JsonWriter> write, ReadOnlySpan<byte> before, ReadOnlySpan<byte> after) =>
        ToCompactBuffer(write).ToArray(before, after);

    /// <summary>As <see cref="ToCompactBytes(Action{Utf8JsonWriter}, ReadOnlySpan{byte}, ReadOnlySpan{byte})"/>, left in its
    /// chunks, for a caller that puts several together.</summary>
    public static ChunkedBuffer ToCompactBuffer(Action<Utf8JsonWriter> write)
    {
        var buffer = new ChunkedBuffer();
        using (var writer = new Utf8JsonWriter(buffer, Options))
        {
            write(writer);
        }

        return buffer;
    }

    /// <summary>A small value (a page's JSON-LD) the caller writes straight to the writer, as compact text: it is read by
    /// machines, and on every briefing page of a large site indentation alone would add megabytes.</summary>
    public static string ToText(Action<Utf8JsonWriter> write)
    {
        // Each thread reuses its buffer and writer: a page's JSON-LD is made for every briefing page.
        var (buffer, writer) = textBuffer ??= (new ArrayBufferWriter<byte>(4096), new Utf8JsonWriter(Stream.Null, Options));
        buffer.ResetWrittenCount();
        writer.Reset(buffer);
        try
        {
            write(writer);
            writer.Flush();
            return System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan);
        }
        finally
        {
            writer.Reset(Stream.Null);
        }
    }

    [ThreadStatic]
    private static (ArrayBufferWriter<byte> Buffer, Utf8JsonWriter Writer)? textBuffer;

    private static (byte[] Open, byte[] Between, byte[] Close, byte[] Empty) ListLayout()
    {
        var two = Written(new ArrayBufferWriter<byte>(), new object?[] { 0, 0 }).WrittenSpan;
        var (first, second) = (two.IndexOf((byte)'0'), two.LastIndexOf((byte)'0'));
        var empty = Written(new ArrayBufferWriter<byte>(), Array.Empty<object?>()).WrittenSpan;
        return (two[..first].ToArray(), two[(first + 1)..second].ToArray(), two[(second + 1)..].ToArray(), empty.ToArray());
    }

    // Written straight into the buffer: through a stream, the writer would copy and clear a buffer of its own as well.
    private static T Written<T>(T buffer, object? value)
        where T : IBufferWriter<byte>
    {
        using (var writer = new Utf8JsonWriter(buffer, Options))
        {
            Write(writer, value);
        }

        return buffer;
    }

    /// <summary>Writes plain data as <see cref="ToBytes"/> does; a caller writing the rest itself calls it too.</summary>
    internal static void Write(Utf8JsonWriter writer, object? value)
    {
        switch (value)
        {
            case null:
                writer.WriteNullValue();
                break;
            case string text:
                writer.WriteStringValue(text);
                break;
            case bool flag:
                writer.WriteBooleanValue(flag);
                break;
            case int or long:
                writer.WriteNumberValue(Convert.ToInt64(value, CultureInfo.InvariantCulture));
                break;
            case double or decimal or float:
                writer.WriteNumberValue(Convert.ToDecimal(value, CultureInfo.InvariantCulture));
                break;
            // The common shapes by their own types, whose enumerators (structs) are then not boxed for each map and list.
            case Dictionary<string, object?> map:
                WriteObject(writer, map.GetEnumerator());
                break;
            case IDictionary<string, object?> map:
                WriteObject(writer, map.GetEnumerator());
                break;
            case List<object?> list:
                WriteArray(writer, list.GetEnumerator());
                break;
            case IEnumerable list:
                WriteArray(writer, list.Cast<object?>().GetEnumerator());
                break;
            default:
                writer.WriteStringValue(Convert.ToString(value, CultureInfo.InvariantCulture));
                break;
        }
    }

    private static void WriteObject<TEntries>(Utf8JsonWriter writer, TEntries entries)
        where TEntries : IEnumerator<KeyValuePair<string, object?>>
    {
        using (entries)
        {
            writer.WriteStartObject();
            while (entries.MoveNext())
            {
                writer.WritePropertyName(entries.Current.Key);
                Write(writer, entries.Current.Value);
            }

            writer.WriteEndObject();
        }
    }

    private static void WriteArray<TItems>(Utf8JsonWriter writer, TItems items)
        where TItems : IEnumerator<object?>
    {
        using (items)
        {
            writer.WriteStartArray();
            while (items.MoveNext())
            {
                Write(writer, items.Current);
            }

            writer.WriteEndArray();
        }
    }
}
