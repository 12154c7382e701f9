using System.Security.Cryptography;
using BriefingSite.Ingest;
using BriefingSite.Model;

namespace BriefingSite.Cache;

/// <summary>
/// Ingest and Extract over an articles folder, reusing the cached briefing of every article whose bytes are unchanged
/// (found by stamp, else by SHA-256): adding one article to a large folder extracts only that article.
/// </summary>
public static class CachedExtraction
{
    /// <summary>What a run found: the briefings of the readable articles, in file order.</summary>
    public sealed class Result(IReadOnlyList<StoredBriefing> found, IReadOnlyList<string> files, int articles, int extracted, IReadOnlyList<string>? notes = null)
    {
        private readonly Lazy<IReadOnlyList<Briefing>> briefings = new(() => found.AsParallel().AsOrdered().Select(f => f.Briefing).ToList());

        /// <summary>One briefing per readable article, in file order; cached ones are decoded on first use (a run that merges nothing needs none).</summary>
        public IReadOnlyList<Briefing> Briefings => briefings.Value;

        /// <summary>The file and SHA-256 of each readable article, in file order: what each briefing's source names.</summary>
        public IReadOnlyList<(string File, string Sha256)> Sources { get; } = [.. files.Zip(found, (file, f) => (file, f.Hash))];

        /// <summary>Article files read (readable or not).</summary>
        public int Articles { get; } = articles;

        /// <summary>Articles extracted in this run rather than taken from the cache.</summary>
        public int Extracted { get; } = extracted;

        /// <summary>"articles/README.txt: a note on the folder, …" for each folder note left out, then "articles/b.txt: same text as
        /// articles/a.txt, …" for each article that repeats an earlier one byte for byte.</summary>
        public IReadOnlyList<string> Notes { get; } = notes ?? [];
    }

    /// <summary>Files whose last write is this recent may still change within the file system's clock tick: their stamps are not trusted next time.</summary>
    public static readonly TimeSpan RacyWindow = TimeSpan.FromSeconds(2);

    /// <param name="stamps">The stamps of the folder's files as just taken (by path relative to it, see <see cref="FolderStamps"/>),
    /// so that a large folder is not asked for them twice; a file not among them is asked for its own.</param>
    public static Result Run(string folder, string root, BriefingStore store, Func<Article, Briefing?> extract, List<Diagnostic> problems, IProgress<StageProgress>? progress = null, IReadOnlyDictionary<string, FileStamp>? stamps = null)
    {
        if (!Directory.Exists(folder))
        {
            problems.Add(new Diagnostic(ArticleFolder.Display(folder, root), null, null, "articles folder does not exist"));
            return new Result([], [], 0, 0);
        }

        var now = DateTime.UtcNow.Ticks;
        var folderNotes = new List<string>();
        var files = ArticleFolder.Files(folder, folderNotes);
        var counter = new ProgressCounter(progress, "extract", files.Count);
        FileStamp? Known(string path) => stamps is not null && stamps.TryGetValue(Relative(folder, path), out var known) ? known : null;

        // The articles the store holds under their stamps first, one after the other: each is a look-up, and in a
        // repeated build that is all of them but the few edited. Those left are read (and extracted) side by side.
        var results = new Outcome[files.Count];
        var left = new List<int>();
        for (var at = 0; at < files.Count; at++)
        {
            if (Known(files[at]) is { } stamp && Unchanged(ArticleFolder.Display(files[at], root), stamp, store) is { } outcome)
            {
                results[at] = outcome;
                counter.Tick();
            }
            else
            {
                left.Add(at);
            }
        }

        left.AsBalancedParallel().ForAll(at =>
        {
            results[at] = One(files[at], root, store, extract, Known(files[at]));
            counter.Tick();
        });
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var result in results)
        {
            keys.Add(result.Key);
            if (result.Problem is not null)
            {
                problems.Add(result.Problem);
            }
            else if (result.Restamp && result.Found is { } found)
            {
                var stamp = result.Stamp.SettledAt(now) ? result.Stamp : result.Stamp with { Ticks = -1 };
                store.Put(result.Key, found with { Stamp = stamp });
            }
        }

        store.KeepOnly(keys);

        // An article saved twice is one briefing: the first file in order makes it, the others are named in a note.
        var readable = new List<Outcome>(results.Length);
        var firstWithHash = new Dictionary<string, string>(StringComparer.Ordinal);
        var notes = folderNotes.Select(file => $"{ArticleFolder.Display(file, root)}: a note on the folder, not an article: left out").ToList();
        foreach (var result in results.Where(r => r.Found is not null))
        {
            if (firstWithHash.TryAdd(result.Hash, result.Key))
            {
                readable.Add(result);
            }
            else
            {
                notes.Add($"{result.Key}: same text as {firstWithHash[result.Hash]}, which makes its briefing");
            }
        }

        return new Result([.. readable.Select(r => r.Found!)], [.. readable.Select(r => r.Key)], results.Length, results.Count(r => r.Extracted), notes);
    }

    // A file listed under the folder starts with the folder's path: the rest is its relative path (a quick cut, for 10,000 files).
    private static string Relative(string folder, string path) =>
        (path.Length > folder.Length + 1 && path.StartsWith(folder, StringComparison.Ordinal) && path[folder.Length] == Path.DirectorySeparatorChar
            ? path[(folder.Length + 1)..]
            : Path.GetRelativePath(folder, path)).Replace('\\', '/');

    // The outcome for an article not to be read: too large, or held by the store under this stamp; else null.
    private static Outcome? Unchanged(string key, FileStamp stamp, BriefingStore store) =>
        stamp.Length > ArticleFolder.MaxFileBytes ? new Outcome(key, stamp, "", null, ArticleFolder.TooLarge(key, stamp.Length))
        : store.Lookup(key, stamp) is { } unchanged ? new Outcome(key, stamp, unchanged.Hash, unchanged, null)
        : null;

    private static Outcome One(string path, string root, BriefingStore store, Func<Article, Briefing?> extract, FileStamp? known)
    {
        var key = ArticleFolder.Display(path, root);
        try
        {
            var stamp = known ?? FileStamp.Of(path) ?? throw new FileNotFoundException("the file is gone", path);
            if (Unchanged(key, stamp, store) is { } outcome)
            {
                return outcome;
            }

            var bytes = File.ReadAllBytes(path);
            var hash = Convert.ToHexStringLower(SHA256.HashData(bytes));
            if (store.LookupByHash(key, hash) is { } same)
            {
                // Same bytes, new stamp (touched, or copied): store the new stamp.
                return new Outcome(key, stamp, hash, same, null, Restamp: true);
            }

            var (article, problem) = ArticleFolder.Parse(key, bytes);
            if (article is null)
            {
                return new Outcome(key, stamp, hash, null, problem);
            }

            var briefing = extract(article);
            return new Outcome(key, stamp, hash, briefing is null ? null : StoredBriefing.Of(stamp, hash, briefing), null, Restamp: true, Extracted: true);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            return new Outcome(key, default, "", null, new Diagnostic(key, null, null, "cannot read file: " + error.Message));
        }
    }

    // Restamp: the store's entry for this article is to be (re)written with this stamp and hash.
    private sealed record Outcome(string Key, FileStamp Stamp, string Hash, StoredBriefing? Found, Diagnostic? Problem, bool Restamp = false, bool Extracted = false);
}
