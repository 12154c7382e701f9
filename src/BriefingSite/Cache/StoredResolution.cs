using BriefingSite.Link;
using BriefingSite.Model;

namespace BriefingSite.Cache;

/// <summary>
/// The last build's entity resolution, reused when every briefing's entities and every entity file are as they were:
/// an edit to a briefing's title, summary, body or facts leaves resolution, the longest serial step of linking, undone.
/// </summary>
public sealed class StoredResolution(string path)
{
    public EntityResolver Resolve(IReadOnlyList<Briefing> briefings, IReadOnlyList<EntityFile> entityFiles)
    {
        var digest = EntityResolver.InputDigest(briefings, entityFiles);
        if (Read(digest, briefings, entityFiles) is { } reused)
        {
            return reused;
        }

        var resolver = EntityResolver.Resolve(briefings, entityFiles);
        CacheFile.Write(path, writer =>
        {
            writer.Write(ToolVersion.Id);
            writer.Write(digest);
            resolver.Write(writer);
        });
        return resolver;
    }

    private EntityResolver? Read(byte[] digest, IReadOnlyList<Briefing> briefings, IReadOnlyList<EntityFile> entityFiles)
    {
        try
        {
            using var reader = new BinaryReader(new BufferedStream(File.OpenRead(path), 1 << 16));
            return reader.ReadString() == ToolVersion.Id && reader.ReadBytes(digest.Length).AsSpan().SequenceEqual(digest)
                ? EntityResolver.Read(reader, briefings, entityFiles)
                : null;
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException or EndOfStreamException or FormatException or ArgumentException or IndexOutOfRangeException)
        {
            // A missing or damaged file only costs time: resolution is done again.
            return null;
        }
    }
}
