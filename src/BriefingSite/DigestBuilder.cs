using System.Buffers;
using System.Buffers.Binary;
using System.IO.Hashing;
using System.Runtime.InteropServices;

namespace BriefingSite;

/// <summary>
/// Gathers what a stored outcome or a page is made from into one digest (the inputs of a link step, a page key):
/// each text with its length and each list with its count, so no two different inputs run together. The values
/// gather in one buffer, hashed once at the end.
/// </summary>
/// <remarks>XxHash128, far cheaper than SHA-256 for 27,000 small keys: 128 bits make a chance collision negligible, and no one forges a key.</remarks>
public sealed class DigestBuilder : IDisposable
{
    // Buffers per thread, reused from key to key; a key made while others are open (a digest a key holds) takes another.
    [ThreadStatic]
    private static Stack<ArrayBufferWriter<byte>>? spares;

    private readonly ArrayBufferWriter<byte> buffer;

    public DigestBuilder()
    {
        spares ??= new();
        buffer = spares.TryPop(out var spare) ? spare : new ArrayBufferWriter<byte>(1 << 14);
        buffer.ResetWrittenCount();
    }

    public void Bytes(ReadOnlySpan<byte> bytes)
    {
        Number(bytes.Length);
        buffer.Write(bytes);
    }

    public void Text(string? text)
    {
        if (text is null)
        {
            Number(-1);
            return;
        }

        // Its UTF-16 bytes as they are: as telling as UTF-8, and a copy instead of an encoding.
        Number(text.Length);
        buffer.Write(MemoryMarshal.AsBytes(text.AsSpan()));
    }

    public void Number(int number)
    {
        BinaryPrimitives.WriteInt32LittleEndian(buffer.GetSpan(4), number);
        buffer.Advance(4);
    }

    public void Number(long number)
    {
        BinaryPrimitives.WriteInt64LittleEndian(buffer.GetSpan(8), number);
        buffer.Advance(8);
    }

    public void Number(double number) => Number(BitConverter.DoubleToInt64Bits(number));

    /// <summary>A list of texts: its length, then each text.</summary>
    public void Texts(IReadOnlyList<string> texts)
    {
        Number(texts.Count);
        for (var at = 0; at < texts.Count; at++)
        {
            Text(texts[at]);
        }
    }

    public byte[] Finish() => XxHash128.Hash(buffer.WrittenSpan);

    public string FinishHex() => Convert.ToHexStringLower(Finish());

    public void Dispose() => (spares ??= new()).Push(buffer);
}
