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
    /// <param name="Briefings">One briefing per readable article, in file order.</param>
    /// <param name="Articles">Article files read (readable or not).</param>
    /// <param name="Extracted">Articles extracted in this run rather than taken from the cache.</param>
    public sealed record Result(IReadOnlyList<Briefing> Briefings, int Articles, int Extracted);

    /// <summary>Files whose last write is this recent may still change within the file system's clock tick: their stamps are not trusted next time.</summary>
    public static readonly TimeSpan RacyWindow = TimeSpan.FromSeconds(2);

    public static Result Run(string folder, string root, BriefingStore store, Func<Article, Briefing?> extract, List<Diagnostic> problems, IProgress<StageProgress>? progress = null)
    {
        if (!Directory.Exists(folder))
        {
            problems.Add(new Diagnostic(ArticleFolder.Display(folder, root), null, null, "articles folder does not exist"));
            return new Result([], 0, 0);
        }

        var now = DateTime.UtcNow.Ticks;
        var files = ArticleFolder.Files(folder);
        var counter = new ProgressCounter(progress, "extract", files.Count);
        var results = files.AsParallel().AsOrdered()
            .Select(path =>
            {
                var outcome = One(path, root, store, extract);
                counter.Tick();
                return outcome;
            })
            .ToList();
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var result in results)
        {
            keys.Add(result.Key);
            if (result.Problem is not null)
            {
                problems.Add(result.Problem);
            }
            else if (result.Restamp && result.Briefing is not null)
            {
                var stamp = now - result.Stamp.Ticks < RacyWindow.Ticks ? result.Stamp with { Ticks = -1 } : result.Stamp;
                store.Put(result.Key, stamp, result.Hash, result.Briefing);
            }
        }

        store.KeepOnly(keys);
        return new Result([.. results.Select(r => r.Briefing).OfType<Briefing>()], results.Count, results.Count(r => r.Extracted));
    }

    private static Outcome One(string path, string root, BriefingStore store, Func<Article, Briefing?> extract)
    {
        var key = ArticleFolder.Display(path, root);
        try
        {
            var stamp = FileStamp.Of(path) ?? throw new FileNotFoundException("the file is gone", path);
            if (stamp.Length > ArticleFolder.MaxFileBytes)
            {
                return new Outcome(key, stamp, "", null, ArticleFolder.TooLarge(key, stamp.Length));
            }

            if (store.Find(key, stamp) is { } unchanged)
            {
                return new Outcome(key, stamp, "", unchanged, null);
            }

            var bytes = File.ReadAllBytes(path);
            var hash = Convert.ToHexStringLower(SHA256.HashData(bytes));
            if (store.FindByHash(key, hash) is { } same)
            {
                // Same bytes, new stamp (touched, or copied): store the new stamp.
                return new Outcome(key, stamp, hash, same, null, Restamp: true);
            }

            var (article, problem) = ArticleFolder.Parse(key, bytes);
            return article is null
                ? new Outcome(key, stamp, hash, null, problem)
                : new Outcome(key, stamp, hash, extract(article), null, Restamp: true, Extracted: true);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            return new Outcome(key, default, "", null, new Diagnostic(key, null, null, "cannot read file: " + error.Message));
        }
    }

    // Restamp: the store's entry for this article is to be (re)written with this stamp and hash.
    private sealed record Outcome(string Key, FileStamp Stamp, string Hash, Briefing? Briefing, Diagnostic? Problem, bool Restamp = false, bool Extracted = false);
}
