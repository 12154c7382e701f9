namespace BriefingSite.Cache;

/// <summary>
/// One thing a build makes from many inputs, kept with a digest of those inputs: the next build reads it back while
/// the digest is the same, and makes it again (and keeps that) when it is not.
/// </summary>
/// <param name="read">Reads what <paramref name="write"/> wrote; may throw on a damaged file (it is then made again).</param>
public sealed class StoredView<T>(string path, Action<BinaryWriter, T> write, Func<BinaryReader, T> read)
{
    // What this instance last read or made: a cache kept from build to build answers the next build from memory.
    private (byte[] Digest, T Value)? last;

    /// <summary>True when a last outcome is held or written down (whether it still holds is known only from a digest).</summary>
    public bool Stored => last is not null || File.Exists(path);

    public T Get(byte[] digest, Func<T> make)
    {
        if (last is var (lastDigest, lastValue) && lastDigest.AsSpan().SequenceEqual(digest))
        {
            return lastValue;
        }

        if (Read(digest) is (true, var kept))
        {
            last = (digest, kept);
            return kept;
        }

        var made = make();
        last = (digest, made);
        CacheFile.Write(path, writer =>
        {
            writer.Write(ToolVersion.Id);
            writer.Write(digest.Length);
            writer.Write(digest);
            write(writer, made);
        });
        return made;
    }

    private (bool Found, T Value) Read(byte[] digest)
    {
        try
        {
            using var reader = new BinaryReader(new BufferedStream(File.OpenRead(path), 1 << 16));
            return reader.ReadString() == ToolVersion.Id && reader.ReadInt32() == digest.Length && reader.ReadBytes(digest.Length).AsSpan().SequenceEqual(digest)
                ? (true, read(reader))
                : (false, default!);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException or EndOfStreamException or FormatException or ArgumentException or IndexOutOfRangeException)
        {
            // A missing or damaged file only costs time: the view is made again.
            return (false, default!);
        }
    }
}
