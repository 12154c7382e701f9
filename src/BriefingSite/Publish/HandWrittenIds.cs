using System.Text.Json;
using BriefingSite.Cache;
using BriefingSite.Link;
using BriefingSite.Model;

namespace BriefingSite.Publish;

/// <summary>
/// Finds the entity ids a person wrote into generated briefings: ids the edit state does not list among those the
/// generator wrote there (the current version or, after an interrupted run, the one before).
/// </summary>
/// <remarks>
/// Only briefings of an article the state knows: a briefing written wholly by hand, or one whose state was lost, keeps
/// being joined by its names. The state's entity keys are read once per version of its file in a process.
/// </remarks>
public static class HandWrittenIds
{
    private static (string Path, long Length, DateTime Written, Dictionary<string, HashSet<string>> Keys)? last;
    private static readonly Lock Gate = new();

    /// <param name="store">Where the last outcome is kept, with the state file's stamp and the briefings' ids it came from:
    /// a build whose edit changed no id nor the state (a title, a summary) takes it again rather than read the state.</param>
    public static HandIds In(string contentFolder, IReadOnlyList<Briefing> briefings, StoredView<HandIds>? store = null)
    {
        if (store is null)
        {
            return Find(contentFolder, briefings);
        }

        var state = new FileInfo(Path.Combine(contentFolder, EditState.FileName));
        using var digest = new DigestBuilder();
        digest.Text(state.FullName);
        digest.Number(state.Exists ? state.Length : -1);
        digest.Number(state.Exists ? state.LastWriteTimeUtc.Ticks : 0);
        digest.Number(briefings.Count);
        foreach (var briefing in briefings)
        {
            digest.Text(briefing.Slug);
            digest.Text(briefing.Source?.File);
            digest.Number(briefing.Entities.Count);
            foreach (var entity in briefing.Entities)
            {
                digest.Text(entity.Id);
            }
        }

        return store.Get(digest.Finish(), () => Find(contentFolder, briefings));
    }

    private static HandIds Find(string contentFolder, IReadOnlyList<Briefing> briefings)
    {
        var written = WrittenKeys(Path.Combine(contentFolder, EditState.FileName));
        if (written.Count == 0)
        {
            return HandIds.None;
        }

        // Ids recur across briefings: each is hashed once.
        var keyHashes = new Dictionary<string, string>(StringComparer.Ordinal);
        var found = new List<(string Slug, string Id)>();
        using var hasher = new TextHasher();
        foreach (var briefing in briefings)
        {
            if (briefing.Source?.File is { } article && written.TryGetValue(article, out var keys))
            {
                found.AddRange(briefing.Entities
                    .Where(e => !keys.Contains(keyHashes.TryGetValue(e.Id, out var hash) ? hash : keyHashes[e.Id] = ListField.KeyHash(e.Id, hasher)))
                    .Select(e => (briefing.Slug, e.Id)));
            }
        }

        return found.Count == 0 ? HandIds.None : new HandIds(found);
    }

    /// <summary>Starts reading the state file's entity keys beside other work, for a render that has no outcome stored.</summary>
    public static void Prefetch(string contentFolder)
    {
        var path = Path.Combine(contentFolder, EditState.FileName);
        if (File.Exists(path))
        {
            lock (Gate)
            {
                pending = (Path.GetFullPath(path), Task.Run(() => WrittenKeys(path, waitForPending: false)));
            }
        }
    }

    private static (string Path, Task Reading)? pending;

    /// <summary>Takes the entity prints of a state just written for the state file's present version, which then need not be read.</summary>
    internal static void Remember(string contentFolder, IEnumerable<(string Article, IEnumerable<string> Prints)> entityPrints)
    {
        var file = new FileInfo(Path.Combine(contentFolder, EditState.FileName));
        var keys = entityPrints.AsParallel().AsOrdered()
            .Select(entry => (entry.Article, Keys: entry.Prints.Select(KeyOf).ToHashSet(StringComparer.Ordinal)))
            .ToDictionary(entry => entry.Article, entry => entry.Keys, StringComparer.Ordinal);

        lock (Gate)
        {
            last = (file.FullName, file.Length, file.LastWriteTimeUtc, keys);
        }
    }

    private static string KeyOf(string print) => ListField.KeyOf(print);

    // Article → the key hashes of the entities the generator wrote into its briefing; none for a missing or damaged state.
    private static Dictionary<string, HashSet<string>> WrittenKeys(string path, bool waitForPending = true)
    {
        var file = new FileInfo(path);
        if (!file.Exists)
        {
            return [];
        }

        Task? reading = null;
        lock (Gate)
        {
            if (waitForPending && pending is var (pendingPath, task) && pendingPath == file.FullName && !task.IsCompleted)
            {
                reading = task;
            }
        }

        // A read started ahead: its outcome is the one kept below, unless the file changed since.
        reading?.Wait();

        lock (Gate)
        {
            if (last is var (lastPath, length, written, kept) && lastPath == file.FullName && length == file.Length && written == file.LastWriteTimeUtc)
            {
                return kept;
            }
        }

        Dictionary<string, HashSet<string>> keys;
        try
        {
            keys = StateEntityKeys.Read(File.ReadAllBytes(path));
        }
        catch (Exception error) when (error is JsonException or InvalidOperationException or IOException or UnauthorizedAccessException)
        {
            return [];
        }

        lock (Gate)
        {
            last = (file.FullName, file.Length, file.LastWriteTimeUtc, keys);
        }

        return keys;
    }
}
