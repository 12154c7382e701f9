using System.Buffers;
using System.Buffers.Binary;
using System.IO.Hashing;
using System.Runtime.InteropServices;

namespace BriefingSite.Render;

/// <summary>Gathers the values of a page key in one buffer, each text with its length, and hashes the buffer once at the end.</summary>
/// <remarks>XxHash128, far cheaper than SHA-256 for 27,000 small keys: 128 bits make a chance collision negligible, and no one forges a key.</remarks>
internal sealed class KeyWriter : IDisposable
{
    // Buffers per thread, reused from key to key; a key made while others are open (a digest a key holds) takes another.
    [ThreadStatic]
    private static Stack<ArrayBufferWriter<byte>>? spares;

    private readonly ArrayBufferWriter<byte> buffer;

    public KeyWriter()
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

    /// <summary>An entity as other pages show it: its id, and its name and type when it has a page.</summary>
    /// <returns>True when it has a page (it is visible).</returns>
    public bool Entity(string id, SiteLinks links)
    {
        Text(id);
        var entity = links.Entity(id);
        Text(entity?.Name);
        Number(entity is null ? -1 : (int)entity.Type);
        return entity is not null;
    }

    /// <summary>A briefing as other pages show it: its slug, and its title and date when it exists.</summary>
    public void Shown(string slug, SiteLinks links)
    {
        Text(slug);
        var briefing = links.Briefing(slug);
        Text(briefing?.Title);
        Number(briefing?.Date?.DayNumber ?? -1);
    }

    /// <summary>A list of texts: its length, then each text.</summary>
    public void Texts(IReadOnlyList<string> texts)
    {
        Number(texts.Count);
        for (var at = 0; at < texts.Count; at++)
        {
            Text(texts[at]);
        }
    }

    public string Finish() => Convert.ToHexStringLower(Digest());

    public byte[] Digest() => XxHash128.Hash(buffer.WrittenSpan);

    public void Dispose() => (spares ??= new()).Push(buffer);
}
