using BriefingSite.Model;

namespace BriefingSite.Cache;

/// <summary>One entry of a <see cref="BriefingStore"/>: the stamp and SHA-256 of the file, and the briefing made from it.</summary>
/// <remarks>The briefing is kept in its binary form until first asked for, then decoded once (from any thread).</remarks>
public sealed record StoredBriefing(FileStamp Stamp, string Hash, byte[] Encoded)
{
    private Briefing? decoded;

    public Briefing Briefing => decoded ??= BriefingCodec.Read(new BinaryReader(new MemoryStream(Encoded, writable: false)));

    // One buffer per thread, reused from briefing to briefing: only the encoded bytes are new.
    [ThreadStatic]
    private static (MemoryStream Bytes, BinaryWriter Writer)? spare;

    public static StoredBriefing Of(FileStamp stamp, string hash, Briefing briefing)
    {
        var (bytes, writer) = spare ??= NewBuffer();
        bytes.SetLength(0);
        BriefingCodec.Write(writer, briefing);
        writer.Flush();
        return new StoredBriefing(stamp, hash, bytes.ToArray()) { decoded = briefing };
    }

    private static (MemoryStream, BinaryWriter) NewBuffer()
    {
        var bytes = new MemoryStream(1 << 15);
        return (bytes, new BinaryWriter(bytes, System.Text.Encoding.UTF8, leaveOpen: true));
    }

    public static StoredBriefing Read(BinaryReader reader)
    {
        var stamp = new FileStamp(reader.ReadInt64(), reader.ReadInt64());
        var hash = reader.ReadString();
        var length = reader.ReadInt32();
        var encoded = reader.ReadBytes(length);
        return encoded.Length == length ? new StoredBriefing(stamp, hash, encoded) : throw new EndOfStreamException("a cached briefing is cut short");
    }

    public void Write(BinaryWriter writer)
    {
        writer.Write(Stamp.Length);
        writer.Write(Stamp.Ticks);
        writer.Write(Hash);
        writer.Write(Encoded.Length);
        writer.Write(Encoded);
    }
}
