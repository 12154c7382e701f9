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

    public static BriefingStore Load(string path) => new(CacheFile.ReadEntries(path, reader =>
        (Key: reader.ReadString(), Entry: new CachedBriefing(new FileStamp(reader.ReadInt64(), reader.ReadInt64()), reader.ReadString(), BriefingCodec.Read(reader))))
        .DistinctBy(e => e.Key, StringComparer.Ordinal).ToDictionary(e => e.Key, e => e.Entry, StringComparer.Ordinal));

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

    public void Save(string path) =>
        CacheFile.WriteEntries(path, entries.OrderBy(e => e.Key, StringComparer.Ordinal).ToList(), (writer, entry) =>
        {
            writer.Write(entry.Key);
            writer.Write(entry.Value.Stamp.Length);
            writer.Write(entry.Value.Stamp.Ticks);
            writer.Write(entry.Value.Hash);
            BriefingCodec.Write(writer, entry.Value.Briefing);
        });

    private sealed record CachedBriefing(FileStamp Stamp, string Hash, Briefing Briefing);
}
