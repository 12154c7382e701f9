using BriefingSite.Model;

namespace BriefingSite.Cache;

/// <summary>
/// Briefings kept between builds in one binary file, each under a key (an article, or a briefing file of the content
/// folder) with the stamp and SHA-256 of the file it was made from. A store written by another build of the tool is
/// ignored, so a changed extractor or reader never serves old results.
/// </summary>
public sealed class BriefingStore
{
    private readonly Dictionary<string, CachedBriefing> entries;

    private BriefingStore(Dictionary<string, CachedBriefing> entries) => this.entries = entries;

    public static BriefingStore Empty() => new(new(StringComparer.Ordinal));

    public int Count => entries.Count;

    public static BriefingStore Load(string path)
    {
        var entries = new Dictionary<string, CachedBriefing>(StringComparer.Ordinal);
        try
        {
            using var reader = new BinaryReader(new BufferedStream(File.OpenRead(path), 1 << 16));
            if (reader.ReadString() != ToolVersion.Id)
            {
                return Empty();
            }

            var count = reader.ReadInt32();
            for (var i = 0; i < count; i++)
            {
                var key = reader.ReadString();
                var stamp = new FileStamp(reader.ReadInt64(), reader.ReadInt64());
                var hash = reader.ReadString();
                entries[key] = new CachedBriefing(stamp, hash, BriefingCodec.Read(reader));
            }
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException or EndOfStreamException or FormatException)
        {
            // A missing or damaged cache only costs time: everything is made again.
            return Empty();
        }

        return new BriefingStore(entries);
    }

    /// <summary>The cached briefing of a key whose file still has the same stamp.</summary>
    public Briefing? Find(string key, FileStamp stamp) =>
        entries.TryGetValue(key, out var entry) && entry.Stamp == stamp ? entry.Briefing : null;

    /// <summary>The cached briefing of a key whose file has the same content, though perhaps a new stamp.</summary>
    public Briefing? FindByHash(string key, string hash) =>
        entries.TryGetValue(key, out var entry) && entry.Hash == hash ? entry.Briefing : null;

    public void Put(string key, FileStamp stamp, string hash, Briefing briefing)
    {
        if (BriefingCodec.CanStore(briefing))
        {
            entries[key] = new CachedBriefing(stamp, hash, briefing);
        }
        else
        {
            entries.Remove(key);
        }
    }

    /// <summary>Forgets every key not in <paramref name="keep"/> (files that are gone).</summary>
    public void KeepOnly(IReadOnlySet<string> keep)
    {
        foreach (var key in entries.Keys.Where(k => !keep.Contains(k)).ToList())
        {
            entries.Remove(key);
        }
    }

    public void Save(string path)
    {
        CacheFile.Write(path, writer =>
        {
            writer.Write(ToolVersion.Id);
            writer.Write(entries.Count);
            foreach (var (key, entry) in entries.OrderBy(e => e.Key, StringComparer.Ordinal))
            {
                writer.Write(key);
                writer.Write(entry.Stamp.Length);
                writer.Write(entry.Stamp.Ticks);
                writer.Write(entry.Hash);
                BriefingCodec.Write(writer, entry.Briefing);
            }
        });
    }

    private sealed record CachedBriefing(FileStamp Stamp, string Hash, Briefing Briefing);
}
