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
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    // The search index is read by scripts only, and for 10,000 briefings indentation alone would add megabytes.
    private static readonly JsonWriterOptions CompactOptions = Options with { Indented = false };

    public static byte[] ToBytes(object? value) => Written(new ChunkedBuffer(), value, Options).ToArray();

    /// <summary>Compact JSON between <paramref name="before"/> and <paramref name="after"/>, such as a script's assignment.</summary>
    public static byte[] ToCompactBytes(object? value, ReadOnlySpan<byte> before = default, ReadOnlySpan<byte> after = default) =>
        Written(new ChunkedBuffer(), value, CompactOptions).ToArray(before, after);

    /// <summary>For small values (a page's JSON-LD), read straight from one growing array.</summary>
    public static string ToText(object? value) =>
        System.Text.Encoding.UTF8.GetString(Written(new ArrayBufferWriter<byte>(), value, Options).WrittenSpan).Replace("\r\n", "\n");

    // Written straight into the buffer: through a stream, the writer would copy and clear a buffer of its own as well.
    private static T Written<T>(T buffer, object? value, JsonWriterOptions options)
        where T : IBufferWriter<byte>
    {
        using (var writer = new Utf8JsonWriter(buffer, options))
        {
            Write(writer, value);
        }

        return buffer;
    }

    private static void Write(Utf8JsonWriter writer, object? value)
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
            case IDictionary<string, object?> map:
                writer.WriteStartObject();
                foreach (var (key, item) in map)
                {
                    writer.WritePropertyName(key);
                    Write(writer, item);
                }

                writer.WriteEndObject();
                break;
            case IEnumerable list:
                writer.WriteStartArray();
                foreach (var item in list)
                {
                    Write(writer, item);
                }

                writer.WriteEndArray();
                break;
            default:
                writer.WriteStringValue(Convert.ToString(value, CultureInfo.InvariantCulture));
                break;
        }
    }
}
