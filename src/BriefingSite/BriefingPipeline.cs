using BriefingSite.Cache;
using BriefingSite.Extract;
using BriefingSite.Link;
using BriefingSite.Model;
using BriefingSite.Publish;
using BriefingSite.Render;

namespace BriefingSite;

/// <summary>The whole flow of DESIGN.md: articles → briefings in the content folder → static site.</summary>
/// <remarks>
/// Every stage reuses the build cache (<see cref="BuildCache"/>): articles whose bytes are unchanged are not extracted
/// again, briefing files are not parsed again, pages whose data is unchanged are not rendered or written again, and a
/// build whose files all equal the last build's does nothing. The output is the same as a clean build's.
/// </remarks>
public static class BriefingPipeline
{
    public static BuildReport Build(BuildOptions options)
    {
        // One run at a time from the first file read to the last cache write: a second is refused.
        using var _ = TakeLock(options);
        return BuildLocked(options, BuildCache.For(options));
    }

    /// <summary>Keeps other runs from the content folder and the cache until disposed (see <see cref="ContentLock"/>).</summary>
    internal static IDisposable TakeLock(BuildOptions options) => ContentLock.Take(Path.GetFullPath(options.Content, options.Root));

    /// <summary>A build, by a caller holding <see cref="TakeLock"/>.</summary>
    /// <param name="cache">The project's build cache; one kept in memory from the last build of this process (see <see cref="RepeatedBuilds"/>).</param>
    /// <param name="trustLastBuild">False to go through every stage even when the files are those the last build left (nothing current is written again).</param>
    internal static BuildReport BuildLocked(BuildOptions options, BuildCache cache, bool trustLastBuild = true)
    {
        // In a process that watches the site, its stamps are the last build's with the files named since stamped again.
        var output = Path.GetFullPath(options.Output, options.Root);
        var watched = options.OutputChanges is { } changes ? cache.WatchedOutput.Stamps(output, changes()) : null;
        var before = BuildSnapshot.Take(options, watched);
        PhaseClock.Mark("snapshot");
        if (trustLastBuild && !options.Force && cache.LastBuild(before.Digest()) is { } last)
        {
            return last with { Extracted = 0, BriefingsWritten = 0, PagesWritten = 0, UpToDate = true };
        }

        cache.ForgetBuild();

        // What rendering needs that no article can change is loaded, the theme compiled and the site's files stamped
        // (the snapshot has their names only, unless a watcher gave their stamps), while extraction runs.
        cache.Preload();
        var outputStamps = watched is not null ? Task.FromResult(watched) : Task.Run(() => FolderStamps.Of(output));
        var site = new SiteOutput(output, outputStamps, cache.Spares);
        var renderer = Renderer(options, cache, site);
        var written = new List<string>();
        var (extracted, content) = Extract(options, cache, written, before.Articles, before.Content);
        var report = extracted.Then(Render(options, cache, content, renderer, site, outputStamps));
        var after = before.AfterBuild(options, [.. written.Select(f => Path.GetRelativePath(content.Folder.Path, f).Replace('\\', '/'))], site.Written, site.Deleted);
        cache.SaveBuild(after.Digest(), report);
        PhaseClock.Mark("save cache");
        return report;
    }

    /// <summary>Articles → Markdown briefings, keeping every hand edit (Ingest, Extract, Link, Publish).</summary>
    public static BuildReport Extract(BuildOptions options)
    {
        using var _ = ContentLock.Take(Path.GetFullPath(options.Content, options.Root));
        var cache = BuildCache.For(options);
        cache.ForgetBuild();
        var (report, content) = Extract(options, cache, [], stamps: null);
        cache.Save();
        return report with { Briefings = content.Briefings.Count };
    }

    /// <summary>Content folder → static site (Ingest of briefings, Link, Render, Publish).</summary>
    public static BuildReport Render(BuildOptions options)
    {
        var content = Path.GetFullPath(options.Content, options.Root);
        using var _ = Directory.Exists(content) ? ContentLock.Take(content) : null;
        var cache = BuildCache.For(options);
        cache.ForgetBuild();
        if (!cache.HandIds.Stored)
        {
            HandWrittenIds.Prefetch(content);
        }

        var read = ContentRead.Of(new ContentFolder(options.Content, options.Root, cache.Parsed));
        PhaseClock.Mark("read content");
        // The site's files are stamped while the entities are resolved, which leaves a core free; nothing is written
        // before the first page asks whether it is current.
        var output = Path.GetFullPath(options.Output, options.Root);
        var outputStamps = Task.Run(() => FolderStamps.Of(output));
        var site = new SiteOutput(output, outputStamps, cache.Spares);
        var report = Render(options, cache, read, Renderer(options, cache, site), site, outputStamps);
        cache.Save();
        return report;
    }

    /// <summary>Validates every briefing and entity file against the front matter contract and each other.</summary>
    public static BuildReport Check(BuildOptions options)
    {
        var content = new ContentFolder(options.Content, options.Root);
        var (problems, briefings) = ContentChecker.Check(content);
        return new BuildReport { Briefings = briefings, Problems = problems };
    }

    /// <returns>The report, and the content folder as the run leaves it (read once more only when the merge wrote files).</returns>
    /// <param name="stamps">The articles' stamps as the run's snapshot read them, if it took one.</param>
    /// <param name="contentStamps">The content folder's, likewise: for its first read only, before the merge writes.</param>
    private static (BuildReport Report, ContentRead Content) Extract(BuildOptions options, BuildCache cache, List<string> written, IReadOnlyDictionary<string, FileStamp>? stamps, IReadOnlyDictionary<string, FileStamp>? contentStamps = null)
    {
        var problems = new List<Diagnostic>();
        var articles = CachedExtraction.Run(Path.GetFullPath(options.Articles, options.Root), options.Root, cache.Extracted, a => ExtractOne(a, problems), problems, options.Progress, stamps);
        var report = new BuildReport { Articles = articles.Articles, Extracted = articles.Extracted, Problems = problems, Notes = articles.Notes };
        PhaseClock.Mark("extract");
        var content = new ContentFolder(options.Content, options.Root, cache.Parsed);
        var before = ContentRead.Of(content, contentStamps);
        PhaseClock.Mark("read content");
        if (!options.Force && cache.LastMerge == MergeInputs.Digest(articles.Sources, content, before.Briefings))
        {
            cache.SaveExtracted();
            PhaseClock.Mark("merge digest");
            return (report, before);
        }

        var count = BriefingUpdater.Update(content, articles.Briefings, options.Force, problems, out var handEdits, (file, bytes) =>
        {
            written.Add(file);
            options.ContentWritten?.Invoke(file, bytes);
        });
        cache.SaveExtracted();
        PhaseClock.Mark("merge: write content");
        var after = ContentRead.Of(content) with { AllGenerated = before.Briefings.Count == 0 && before.Problems.Count == 0 };
        PhaseClock.Mark("read content again");
        cache.LastMerge = MergeInputs.Digest(articles.Sources, content, after.Briefings);
        return (report with { BriefingsWritten = count, HandEdits = handEdits }, after);
    }

    // Pages are written as they are rendered; the site-wide files and the clean-up of stale files follow.
    // Made before the stages that come first: it compiles the theme meanwhile.
    private static SiteRenderer Renderer(BuildOptions options, BuildCache cache, SiteOutput siteOutput) =>
        new(Theme.Load(options.Theme is null ? null : Path.GetFullPath(options.Theme, options.Root)))
        {
            Progress = options.Progress,
            Sink = file =>
            {
                if (siteOutput.Write(file))
                {
                    options.PageWritten?.Invoke(file.Path);
                }
            },
            Fragments = () => cache.Fragments,
            KeyMemory = cache.KeyMemory,
            PagesWritten = options.PagesWritten,
        };

    /// <param name="outputStamps">The output folder's stamps, taken once (while linking runs): a page is current when its file's stamp is the one on record.</param>
    private static BuildReport Render(BuildOptions options, BuildCache cache, ContentRead content, SiteRenderer renderer, SiteOutput siteOutput, Task<Dictionary<string, FileStamp>> outputStamps)
    {
        var problems = new List<Diagnostic>(content.Problems);
        var briefings = UniqueSlugs(content, problems);
        var output = Path.GetFullPath(options.Output, options.Root);
        var entityFiles = content.Folder.LoadEntityFiles(problems);
        // A folder this run filled from nothing holds no id written by hand (a clean build): the edit state is not read.
        var handIds = content.AllGenerated ? HandIds.None : HandWrittenIds.In(content.Folder.Path, briefings, cache.HandIds);
        PhaseClock.Mark("link: ids written by hand");
        var site = CrossLinker.Link(briefings, entityFiles, options.Settings, cache.Linking, handIds);
        PhaseClock.Mark("link: site views");
        RenderedSite rendered;
        try
        {
            rendered = renderer.Render(
                site,
                (page, hash) => cache.Pages.IsCurrent(page, hash, outputStamps.Result.TryGetValue(page, out var stamp) ? stamp : null),
                renderer.KeyMemory is null ? null : LinkInputs(entityFiles));
        }
        catch (AggregateException failed)
        {
            // A theme template that fails on some page: report each failure; stale files stay until a build succeeds.
            problems.AddRange(failed.Flatten().InnerExceptions.Select(e => new Diagnostic("theme", null, null, "a template failed: " + Innermost(e).Message)).Distinct());
            return new BuildReport { Briefings = site.Briefings.Count, Entities = site.Entities.Count, Problems = problems };
        }

        PhaseClock.Mark("finish render");
        rendered.Files.AsBalancedParallel().ForAll(file => siteOutput.Write(file));
        var written = siteOutput.Finish(rendered.Current);
        cache.Pages.Record(output, rendered.Hashes, rendered.Current.ToHashSet(StringComparer.Ordinal));
        PhaseClock.Mark("write site-wide, clean up");
        return new BuildReport
        {
            Briefings = site.Briefings.Count,
            Pages = rendered.Count,
            PagesWritten = written,
            Entities = site.Entities.Count,
            Problems = problems,
        };
    }

    // What the site is linked with beyond its briefings, for the page keys a repeated build takes again.
    private static string LinkInputs(IReadOnlyList<EntityFile> entityFiles) =>
        Convert.ToHexStringLower(System.IO.Hashing.XxHash128.Hash(CacheJson.Bytes(entityFiles)));

    private static Exception Innermost(Exception error) => error.InnerException is { } inner ? Innermost(inner) : error;

    private static Briefing? ExtractOne(Article article, List<Diagnostic> problems)
    {
        try
        {
            return FactExtractor.Extract(article);
        }
        catch (Exception error)
        {
            lock (problems)
            {
                problems.Add(new Diagnostic(article.File, null, null, $"extraction failed: {error.Message}"));
            }

            return null;
        }
    }

    private static List<Briefing> UniqueSlugs(ContentRead content, List<Diagnostic> problems)
    {
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        var unique = new List<Briefing>();
        foreach (var (file, briefing) in content.Briefings)
        {
            if (seen.TryAdd(briefing.Slug, file))
            {
                unique.Add(briefing);
            }
            else
            {
                problems.Add(new Diagnostic(content.Folder.Display(file), null, null,
                    $"slug '{briefing.Slug}' is already used by {content.Folder.Display(seen[briefing.Slug])}; this briefing is skipped"));
            }
        }

        return unique;
    }
}
