using BriefingSite.Model;

namespace BriefingSite.Cache;

/// <summary>
/// Briefings kept between builds in one binary file, each under a key (an article, or a briefing file of the content
/// folder) with the stamp and SHA-256 of the file it was made from. A store written by another build of the tool is
/// ignored, so a changed extractor or reader never serves old results.
/// </summary>
/// <remarks>
/// Loading reads each briefing's bytes but decodes a briefing only when it is asked for, and a store nothing changed
/// is not written again: a re-run that needs few briefings pays for few.
/// </remarks>
public sealed class BriefingStore
{
    private readonly Dictionary<string, StoredBriefing> entries;
    private bool changed;

    private BriefingStore(Dictionary<string, StoredBriefing> entries) => this.entries = entries;

    public static BriefingStore Load(string path) => new(CacheFile.ReadEntries(path, reader =>
        (Key: reader.ReadString(), Entry: StoredBriefing.Read(reader)))
        .DistinctBy(e => e.Key, StringComparer.Ordinal).ToDictionary(e => e.Key, e => e.Entry, StringComparer.Ordinal));

    /// <summary>The cached briefing of a key whose file still has the same stamp.</summary>
    public Briefing? Find(string key, FileStamp stamp) => Lookup(key, stamp)?.Briefing;

    /// <summary>The entry of a key whose file still has the same stamp, its briefing not decoded yet.</summary>
    public StoredBriefing? Lookup(string key, FileStamp stamp) =>
        entries.TryGetValue(key, out var entry) && entry.Stamp == stamp ? entry : null;

    /// <summary>The cached briefing of a key whose file has the same content, though perhaps a new stamp.</summary>
    public Briefing? FindByHash(string key, string hash) => LookupByHash(key, hash)?.Briefing;

    public StoredBriefing? LookupByHash(string key, string hash) =>
        entries.TryGetValue(key, out var entry) && entry.Hash == hash ? entry : null;

    public void Put(string key, FileStamp stamp, string hash, Briefing briefing)
    {
        if (BriefingCodec.CanStore(briefing))
        {
            Put(key, StoredBriefing.Of(stamp, hash, briefing));
            return;
        }
        else
        {
            entries.Remove(key);
        }

        changed = true;
    }

    /// <summary>Stores an entry made by <see cref="StoredBriefing.Of"/> or found in this store (perhaps with a new stamp).</summary>
    public void Put(string key, StoredBriefing entry)
    {
        entries[key] = entry;
        changed = true;
    }

    /// <summary>Forgets every key not in <paramref name="keep"/> (files that are gone).</summary>
    public void KeepOnly(IReadOnlySet<string> keep)
    {
        foreach (var key in entries.Keys.Where(k => !keep.Contains(k)).ToList())
        {
            entries.Remove(key);
            changed = true;
        }
    }

    /// <summary>Writes the store, unless it holds just what was loaded.</summary>
    public void Save(string path)
    {
        if (!changed && File.Exists(path))
        {
            return;
        }

        CacheFile.WriteEntries(path, entries.OrderBy(e => e.Key, StringComparer.Ordinal).ToList(), (writer, entry) =>
        {
            writer.Write(entry.Key);
            entry.Value.Write(writer);
        });
        changed = false;
    }
}
