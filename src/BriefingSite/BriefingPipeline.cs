using BriefingSite.Extract;
using BriefingSite.Ingest;
using BriefingSite.Link;
using BriefingSite.Model;
using BriefingSite.Publish;
using BriefingSite.Render;

namespace BriefingSite;

/// <summary>The whole flow of DESIGN.md: articles → briefings in the content folder → static site.</summary>
public static class BriefingPipeline
{
    public static BuildReport Build(BuildOptions options) => Extract(options).Then(Render(options));

    /// <summary>Articles → Markdown briefings, keeping every hand edit (Ingest, Extract, Link, Publish).</summary>
    public static BuildReport Extract(BuildOptions options)
    {
        var problems = new List<Diagnostic>();
        var content = new ContentFolder(options.Content, options.Root);
        using var _ = ContentLock.Take(content.Path);
        var articles = ArticleFolder.Read(Path.GetFullPath(options.Articles, options.Root), options.Root, problems);
        var generated = articles.AsParallel().AsOrdered().Select(a => ExtractOne(a, problems)).OfType<Briefing>().ToList();
        var written = BriefingUpdater.Update(content, generated, options.Force, problems, out var handEdits);
        return new BuildReport { Articles = articles.Count, BriefingsWritten = written, HandEdits = handEdits, Problems = problems };
    }

    /// <summary>Content folder → static site (Ingest of briefings, Link, Render, Publish).</summary>
    public static BuildReport Render(BuildOptions options)
    {
        var problems = new List<Diagnostic>();
        var content = new ContentFolder(options.Content, options.Root);
        var briefings = UniqueSlugs(content, problems);
        var site = CrossLinker.Link(briefings, content.LoadEntityFiles(problems), options.Settings);
        var theme = Theme.Load(options.Theme is null ? null : Path.GetFullPath(options.Theme, options.Root));
        IReadOnlyList<OutputFile> pages;
        try
        {
            pages = new SiteRenderer(theme).Render(site);
        }
        catch (AggregateException failed)
        {
            // A theme template that fails on some page: report each failure, write nothing half-done.
            problems.AddRange(failed.Flatten().InnerExceptions.Select(e => new Diagnostic("theme", null, null, "a template failed: " + Innermost(e).Message)).Distinct());
            return new BuildReport { Briefings = site.Briefings.Count, Entities = site.Entities.Count, Problems = problems };
        }

        SiteWriter.Write(Path.GetFullPath(options.Output, options.Root), pages);
        return new BuildReport { Briefings = site.Briefings.Count, Pages = pages.Count, Entities = site.Entities.Count, Problems = problems };
    }

    /// <summary>Validates every briefing and entity file against the front matter contract and each other.</summary>
    public static BuildReport Check(BuildOptions options)
    {
        var content = new ContentFolder(options.Content, options.Root);
        var (problems, briefings) = ContentChecker.Check(content);
        return new BuildReport { Briefings = briefings, Problems = problems };
    }

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

    private static List<Briefing> UniqueSlugs(ContentFolder content, List<Diagnostic> problems)
    {
        var briefings = content.LoadBriefings(problems);
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        var unique = new List<Briefing>();
        foreach (var (file, briefing) in briefings)
        {
            if (seen.TryAdd(briefing.Slug, file))
            {
                unique.Add(briefing);
            }
            else
            {
                problems.Add(new Diagnostic(content.Display(file), null, null,
                    $"slug '{briefing.Slug}' is already used by {content.Display(seen[briefing.Slug])}; this briefing is skipped"));
            }
        }

        return unique;
    }
}
