using System.Buffers;

namespace BriefingSite.Render;

/// <summary>Bytes written in chunks and joined once at the end, so a large output is not copied at every doubling of one array.</summary>
/// <remarks>Chunks grow to 64 KB and no further, below the large object heap: only the joined array of a large output is a large object.</remarks>
public sealed class ChunkedBuffer : IBufferWriter<byte>
{
    private const int FirstChunk = 256;
    private const int LargestChunk = 64 * 1024;
    private readonly List<(byte[] Bytes, int Used)> full = [];
    private byte[] current = [];
    private int used;

    public void Advance(int count) => used += count;

    public Memory<byte> GetMemory(int sizeHint = 0) => Room(sizeHint).AsMemory(used);

    public Span<byte> GetSpan(int sizeHint = 0) => Room(sizeHint).AsSpan(used);

    /// <summary>How many bytes were written.</summary>
    public int Length => full.Sum(c => c.Used) + used;

    /// <summary>Everything written, between <paramref name="before"/> and <paramref name="after"/>, in one array.</summary>
    public byte[] ToArray(ReadOnlySpan<byte> before = default, ReadOnlySpan<byte> after = default)
    {
        var length = Length;
        var bytes = new byte[before.Length + length + after.Length];
        before.CopyTo(bytes);
        CopyTo(bytes.AsSpan(before.Length), 0, length);
        after.CopyTo(bytes.AsSpan(before.Length + length));
        return bytes;
    }

    /// <summary>Copies <paramref name="count"/> of the bytes written, from the one at <paramref name="start"/>, to <paramref name="target"/>.</summary>
    public void CopyTo(Span<byte> target, int start, int count)
    {
        foreach (var (chunk, length) in full.Append((current, used)))
        {
            var skip = Math.Min(start, length);
            var take = Math.Min(length - skip, count);
            chunk.AsSpan(skip, take).CopyTo(target);
            target = target[take..];
            (start, count) = (start - skip, count - take);
        }
    }

    private byte[] Room(int sizeHint)
    {
        if (current.Length - used < Math.Max(sizeHint, 1))
        {
            if (used > 0)
            {
                full.Add((current, used));
            }

            current = new byte[Math.Max(sizeHint, Math.Clamp(current.Length * 2, FirstChunk, LargestChunk))];
            used = 0;
        }

        return current;
    }
}
