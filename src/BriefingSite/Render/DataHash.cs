using System.Buffers;
using System.Buffers.Binary;
using System.Collections;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace BriefingSite.Render;

/// <summary>
/// A SHA-256 of page data (maps, lists, scalars) fed straight from the tree: every value with a type mark and every
/// string with its length, so two different trees never feed the same bytes. Bytes gather in a buffer and reach the
/// hash in large blocks (a hash call per small value would cost more than the hashing).
/// </summary>
public sealed class DataHash : IDisposable
{
    private readonly IncrementalHash hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
    private readonly byte[] buffer = ArrayPool<byte>.Shared.Rent(1 << 16);
    private int used;

    public static string Of(ReadOnlySpan<byte> prefix, string template, object? data)
    {
        using var writer = new DataHash();
        writer.hash.AppendData(prefix);
        writer.Text(template);
        writer.Value(data);
        return Convert.ToHexStringLower(writer.Finish());
    }

    /// <summary>The digest of one value.</summary>
    public static byte[] Of(object data)
    {
        using var writer = new DataHash();
        writer.Value(data);
        return writer.Finish();
    }

    private byte[] Finish()
    {
        Flush();
        return hash.GetHashAndReset();
    }

    public void Dispose()
    {
        hash.Dispose();
        ArrayPool<byte>.Shared.Return(buffer);
    }

    private void Value(object? value)
    {
        switch (value)
        {
            case null:
                Mark(0);
                break;
            case string text:
                Mark(1);
                Text(text);
                break;
            case bool flag:
                Mark(flag ? (byte)2 : (byte)3);
                break;
            case IDictionary<string, object?> map:
                Mark(4);
                Count(map.Count);
                foreach (var (key, item) in map)
                {
                    Text(key);
                    Value(item);
                }

                break;
            case IEnumerable list:
                Mark(5);
                foreach (var item in list)
                {
                    Mark(6);
                    Value(item);
                }

                Mark(7);
                break;
            default:
                // Numbers, dates and enums: their invariant text, as JSON would write them.
                Mark(8);
                Text(Convert.ToString(value, CultureInfo.InvariantCulture) ?? "");
                break;
        }
    }

    private void Text(string text)
    {
        Count(text.Length);
        var longest = Encoding.UTF8.GetMaxByteCount(text.Length);
        if (longest > buffer.Length)
        {
            Flush();
            hash.AppendData(Encoding.UTF8.GetBytes(text));
            return;
        }

        Room(longest);
        used += Encoding.UTF8.GetBytes(text, buffer.AsSpan(used));
    }

    private void Mark(byte mark)
    {
        Room(1);
        buffer[used++] = mark;
    }

    private void Count(int count)
    {
        Room(4);
        BinaryPrimitives.WriteInt32LittleEndian(buffer.AsSpan(used), count);
        used += 4;
    }

    private void Room(int bytes)
    {
        if (used + bytes > buffer.Length)
        {
            Flush();
        }
    }

    private void Flush()
    {
        hash.AppendData(buffer, 0, used);
        used = 0;
    }
}
