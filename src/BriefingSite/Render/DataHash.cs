using System.Buffers;
using System.Collections;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace BriefingSite.Render;

/// <summary>
/// A SHA-256 of page data (maps, lists, scalars) fed straight from the tree: every value with a type mark and every
/// string with its length, so two different trees never feed the same bytes. Costs a fraction of writing JSON first.
/// </summary>
public static class DataHash
{
    public static string Of(ReadOnlySpan<byte> prefix, string template, object? data)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(prefix);
        Append(hash, template);
        Append(hash, data);
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    private static void Append(IncrementalHash hash, object? value)
    {
        switch (value)
        {
            case null:
                Mark(hash, 0);
                break;
            case string text:
                Mark(hash, 1);
                Append(hash, text);
                break;
            case bool flag:
                Mark(hash, flag ? (byte)2 : (byte)3);
                break;
            case IDictionary<string, object?> map:
                Mark(hash, 4);
                Count(hash, map.Count);
                foreach (var (key, item) in map)
                {
                    Append(hash, key);
                    Append(hash, item);
                }

                break;
            case IEnumerable list:
                Mark(hash, 5);
                foreach (var item in list)
                {
                    Mark(hash, 6);
                    Append(hash, item);
                }

                Mark(hash, 7);
                break;
            default:
                // Numbers, dates and enums: their invariant text, as JSON would write them.
                Mark(hash, 8);
                Append(hash, Convert.ToString(value, CultureInfo.InvariantCulture) ?? "");
                break;
        }
    }

    private static void Append(IncrementalHash hash, string text)
    {
        Count(hash, text.Length);
        var buffer = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(text.Length));
        var length = Encoding.UTF8.GetBytes(text, buffer);
        hash.AppendData(buffer, 0, length);
        ArrayPool<byte>.Shared.Return(buffer);
    }

    private static void Mark(IncrementalHash hash, byte mark) => hash.AppendData([mark]);

    private static void Count(IncrementalHash hash, int count)
    {
        Span<byte> bytes = stackalloc byte[4];
        System.Buffers.Binary.BinaryPrimitives.WriteInt32LittleEndian(bytes, count);
        hash.AppendData(bytes);
    }
}
