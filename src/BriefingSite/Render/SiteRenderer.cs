using System.Text;
using BriefingSite.Cache;
using BriefingSite.Model;
using BriefingSite.Render.Graph;

namespace BriefingSite.Render;

/// <summary>Renders a linked site with a theme into the files of a static site.</summary>
/// <remarks>
/// Pure and deterministic: no disk, no clock; the same site and theme give the same bytes, sorted by path.
/// Pages sit at most one folder deep and link to each other relatively, so the site works from disk and under any path.
/// </remarks>
public sealed class SiteRenderer(Theme theme)
{
    // Compiling the theme takes a while and needs nothing but the theme: it starts now, beside whatever comes before Render.
    private readonly Task<PageTemplates> compiling = Task.Run(() => PageTemplates.For(theme));
    private readonly SafeMarkdown markdown = new();

    public Theme Theme { get; } = theme;

    public IReadOnlyList<OutputFile> Render(Site site) => Render(site, isCurrent: null).Files;

    /// <summary>Receives the count of pages rendered as they go.</summary>
    public IProgress<StageProgress>? Progress { get; init; }

    /// <summary>When set, receives each templated page as soon as it is rendered (from any thread), so no page is held in memory.</summary>
    /// <remarks>A page's bytes are its rendering thread's buffer, valid until the call returns.</remarks>
    public Action<OutputFile>? Sink { get; init; }

    /// <summary>In a process that renders again and again: the last render's page keys, to take again where nothing they read changed.</summary>
    public PageKeyMemory? KeyMemory { get; init; }

    /// <summary>Each briefing's part of the site-wide files as earlier builds made it, asked for when needed; without it, every part is made.</summary>
    public Func<FragmentStore>? Fragments { get; init; }

    /// <summary>Called once every page and the theme's files are written through <see cref="Sink"/>, before the site-wide files are made.</summary>
    public Action? PagesWritten { get; init; }

    /// <summary>Renders the site, leaving out the pages <paramref name="isCurrent"/> says are already written from the same data.</summary>
    /// <param name="isCurrent">Given a page and the hash of its data (with the theme), true when its file already holds that page.</param>
    /// <param name="linkInputs">For <see cref="KeyMemory"/>: a digest of what the site was linked with beyond its briefings (the entity files).</param>
    public RenderedSite Render(Site site, Func<string, string, bool>? isCurrent, string? linkInputs = null)
    {
        try
        {
            return RenderAll(site, isCurrent, linkInputs);
        }
        catch
        {
            KeyMemory?.Forget();
            throw;
        }
    }

    private RenderedSite RenderAll(Site site, Func<string, string, bool>? isCurrent, string? linkInputs)
    {
        // Three indexes over the whole site, each reading it only: made side by side.
        var linking = Task.Run(() => new SiteLinks(site));
        var graphing = Task.Run(() => EntityGraph.Of(site, KeyMemory?.LastGraph));
        var corroborations = new KnowledgeViews.Index(site, KeyMemory?.LastCorroborations);
        var (links, graph) = (linking.Result, graphing.Result);
        var body = new BodyRenderer(markdown);
        var keys = new PageKeys(site, links, graph, corroborations, Theme.Digest);

        // Which keys are taken again is worked out while the pages are listed and ordered, which do not need it.
        var planning = KeyMemory is { } memory ? Task.Run(() => memory.Plan(site, links, graph, corroborations, keys.Common, linkInputs)) : null;
        KeptKeys? kept = null;
        Func<string> Keyed(string path, PageSubject subject, Func<string> make) => planning is null ? make : () => kept is null ? make() : kept.Key(path, subject, make);
        var siteData = SiteData(site);
        string? KeptListing(PageJob job) => kept is null || job.Shows is not { } shows ? null : kept.KeptListing(job.Path, shows, () => PageHash(job.Template, Data(site, siteData, job)));
        var jobs = new List<PageJob>();

        void Page(string path, string template, string title, Func<Dictionary<string, object?>> data, DateOnly? modified = null, Func<string?>? description = null, (PageSubject Subject, Func<string> Make)? key = null, IReadOnlyList<string>? views = null, bool shared = false, int lines = 0) =>
            jobs.Add(new PageJob(path, template, title, data, modified, description, key?.Subject, key is { } k ? Keyed(path, k.Subject, k.Make) : null, views ?? [], shared) { Lines = lines });

        // A page listing the whole site, showing these parts of it: its last hash is taken again while none of them changed.
        void Listing(string path, string template, string title, SiteParts shows, Func<Dictionary<string, object?>> data, IReadOnlyList<string>? views = null) =>
            jobs.Add(new PageJob(path, template, title, data, null, null, null, null, views ?? [], Shared: false) { Shows = shows });

        // A briefing's view (Markdown, sentence anchors, entity links) is the costly part: built once, when a page needs it.
        // In a repeated render, a view under the same page key as in the last is taken again (see PageKeyMemory.View).
        Dictionary<string, object?> MakeView(Briefing b)
        {
            var view = BriefingView.Of(b, links, body.Render(b.Body, EntityLinker.For(b, links, RootOf(SiteLinks.BriefingUrl(b.Slug)))));
            KnowledgeViews.AddTo(view, b, site, links, corroborations);
            view["json_ld"] = NewsArticleData.Of(b, site.Settings, site.Settings.BaseUrl is { } baseUrl ? baseUrl + SiteLinks.BriefingUrl(b.Slug) : null);
            return view;
        }

        var views = new BriefingViews(site.Briefings, b => kept is not null ? KeyMemory!.View(b.Slug, keys.Briefing(b), () => MakeView(b)) : MakeView(b));
        PageJob BriefingPage(Briefing b, Func<Dictionary<string, object?>> view, Func<string> key) =>
            new(SiteLinks.BriefingUrl(b.Slug), "briefing", b.Title, view, b.Date, () => SummaryStart.Of(b.Summary, SummaryStart.DescriptionLength), PageSubject.Briefing(b.Slug), key, [b.Slug], Shared: true);

        var sent = new System.Collections.Concurrent.ConcurrentDictionary<string, bool>(StringComparer.Ordinal);

        // A page rendered: handed to the sink (its bytes stay in this thread's buffer, written before the next page),
        // else kept as a file of its own.
        OutputFile? Made(PageJob job, Dictionary<string, object?> data)
        {
            var page = Templates.RenderInBuffer(job.Template, data);
            if (Sink is null)
            {
                return new OutputFile(job.Path, page.ToArray());
            }

            Sink(new OutputFile(job.Path, page));
            sent[job.Path] = true;
            return null;
        }

        // A page not built here, so the briefing views it would have taken are not needed by it.
        void Forgo(PageJob job)
        {
            foreach (var slug in job.Views)
            {
                views.Forgo(slug);
            }
        }

        // In a repeated render, the pages of the briefings just edited are made and written first, before the other
        // 27,000 are listed and ordered: a preview reloads a page as soon as it is written, and the briefing being
        // edited is the page most likely open. Their jobs below take what was made here.
        var early = new Dictionary<string, (string Hash, OutputFile? File)>(StringComparer.Ordinal);
        foreach (var edited in KeyMemory?.Edited(site, links, EditedFirst) ?? [])
        {
            var job = BriefingPage(edited, () => MakeView(edited), () => keys.Briefing(edited));
            var hash = job.Key!();
            early[job.Path] = (hash, isCurrent?.Invoke(job.Path, hash) == true ? null : Made(job, Data(site, siteData, job)));
        }

        // A list shows the first briefings as cards (their whole view) and the rest as lines (title, link, date).
        List<string> Cards(IEnumerable<string> slugs) => [.. slugs.Where(views.Contains).Take(IndexViews.Cards)];
        Dictionary<string, object?> TagView(string tag, IEnumerable<string> slugs)
        {
            var (cards, more) = (new List<Dictionary<string, object?>>(IndexViews.Cards), new List<Dictionary<string, object?>>());
            foreach (var slug in slugs.Where(views.Contains))
            {
                if (cards.Count < IndexViews.Cards)
                {
                    cards.Add(views.Take(slug));
                }
                else
                {
                    more.Add(links.Line(links.Briefing(slug)!));
                }
            }

            return IndexViews.Tag(tag, cards, more, links);
        }

        var newest = site.Briefings.Select(b => b.Slug).ToList();
        Listing("index.html", "home", site.Settings.Title, SiteParts.Entities | SiteParts.Newest, () => IndexViews.Home(site, [.. Cards(newest).Select(views.Take)], newest.Count(views.Contains), links), Cards(newest));
        foreach (var briefing in site.Briefings)
        {
            var path = SiteLinks.BriefingUrl(briefing.Slug);
            jobs.Add(BriefingPage(briefing, () => views.Take(briefing.Slug), Keyed(path, PageSubject.Briefing(briefing.Slug), () => keys.Briefing(briefing))));
        }

        Listing("entities/index.html", "entities", "People, organisations and places", SiteParts.Entities, () => IndexViews.Entities(site, links));
        foreach (var entity in site.Entities.Where(e => !e.Hidden))
        {
            var path = links.EntityUrl(entity.Id)!;
            Page(path, "entity", entity.Name, () => KnowledgeViews.AddTo(EntityView.Of(entity, links, markdown), entity, links, graph, corroborations), description: () => EntityView.Description(entity, entity.Briefings.Count(slug => links.Briefing(slug) is not null)), key: (PageSubject.Entity(entity.Id), () => keys.Entity(entity, path)), lines: entity.Mentions.Count);
        }

        Listing("tags/index.html", "tags", "Tags", SiteParts.Tags, () => IndexViews.Tags(site, links));
        foreach (var (tag, slugs) in site.Tags)
        {
            var path = links.TagUrl(tag);
            Page(path, "tag", $"Tagged “{tag}”", () => TagView(tag, slugs), description: () => IndexViews.TagDescription(tag, slugs.Count(views.Contains)), key: (PageSubject.Tag(tag), () => keys.Tag(tag, path, slugs)), views: Cards(slugs));
        }

        Listing("archive.html", "archive", "All briefings", SiteParts.Lines, () => IndexViews.Archive(site));
        Listing("timeline.html", "timeline", "Timeline", SiteParts.Timeline, () => IndexViews.Timeline(site, links, KeyMemory?.TimelineRows));
        Listing("graph.html", "graph", "Entity graph", SiteParts.Entities, () => KnowledgeViews.GraphPage(graph, links, count: 40));
        Listing("search.html", "search", "Search", SiteParts.None, () => []);
        PhaseClock.Mark("render: list pages");

        // Each page's data and HTML are built independently, so pages render in parallel; order is restored below.
        var counter = new ProgressCounter(Progress, "render", jobs.Count);

        // The first page made for a path wins (a later one is never rendered, so never written).
        jobs = jobs.DistinctBy(j => j.Path, StringComparer.Ordinal).ToList();
        foreach (var slug in jobs.SelectMany(j => j.Views))
        {
            views.Expect(slug);
        }

        // Made in an order that lets briefing views go soon, handed out a few at a time so both cores work to the end;
        // kept in list order, which decides which page wins a path.
        // The pages that list the whole site and show no cards (archive, timeline, indexes, graph) are the longest to make,
        // and come last in the list: handed out first, then the pages of the entities most mentioned, longest first
        // (a large site's "United States" lists thousands of sentences), so that no core is left waiting on one at the end.
        var order = PageOrder.Of([.. jobs.Select(j => (j.Template == "briefing" && j.Views.Count > 0 ? j.Views[0] : null, j.Views))]);
        bool WholeSite(int i) => jobs[i].Subject is null && jobs[i].Views.Count == 0;
        bool Long(int i) => jobs[i].Lines >= LongPage;
        order = [.. order.Where(WholeSite), .. order.Where(i => !WholeSite(i) && Long(i)).OrderByDescending(i => jobs[i].Lines), .. order.Where(i => !WholeSite(i) && !Long(i))];
        var results = new (string Path, string Hash, OutputFile? File)[jobs.Count];
        kept = keys.Kept = planning?.GetAwaiter().GetResult();

        // In a repeated render, the pages of the briefings that changed come first: a preview reloads a page as soon
        // as it is written, and the briefing being edited is the page most likely open.
        if (kept is { ChangedBriefings: { Count: > 0 } changed })
        {
            bool Edited(int i) => jobs[i].Subject is { Kind: 'b' } subject && changed.Contains(subject.Name);
            order = [.. order.Where(Edited), .. order.Where(i => !Edited(i))];
        }

        PhaseClock.Mark("render: order, plan");
        System.Collections.Concurrent.Partitioner.Create(order, loadBalance: true).AsParallel()
            .ForAll(i =>
            {
                var j = jobs[i];
                if (early.TryGetValue(j.Path, out var made))
                {
                    Forgo(j);
                    counter.Tick();
                    results[i] = (j.Path, made.Hash, made.File);
                    return;
                }

                // A keyed page is built only when its key changed; any other page when the hash of its data did.
                Dictionary<string, object?>? data = null;
                var hash = j.Key?.Invoke() ?? KeptListing(j) ?? PageHash(j.Template, data = Data(site, siteData, j));
                OutputFile? file = null;
                if (isCurrent?.Invoke(j.Path, hash) != true)
                {
                    file = Made(j, data ?? Data(site, siteData, j));
                }
                else if (data is null)
                {
                    Forgo(j);
                }

                counter.Tick();
                results[i] = (j.Path, hash, file);
            });
        var rendered = results.ToList();
        KeyMemory?.Remember(site, links, graph, corroborations, keys.Common, linkInputs, Enumerable.Range(0, jobs.Count)
            .Where(i => jobs[i].Subject is not null || jobs[i].Shows is not null)
            .ToDictionary(i => jobs[i].Path, i => (jobs[i].Subject ?? PageSubject.Listing(jobs[i].Path), results[i].Hash), StringComparer.Ordinal));
        PhaseClock.Mark(kept is null ? "render pages" : $"render pages ({kept.Taken} keys kept)");
        var files = new List<OutputFile>();
        var pages = jobs.Select(j => (j.Path, j.Modified)).ToList();
        var themeFiles = new List<OutputFile> { new("404.html", Encoding.UTF8.GetBytes(NotFoundPage(site))) };
        foreach (var path in Theme.Paths)
        {
            if (path.StartsWith("assets/", StringComparison.Ordinal) || path == "favicon.svg")
            {
                themeFiles.Add(new OutputFile(path, Theme.Bytes(path)));
            }
        }

        // Written with the pages, so that a page reloaded as soon as they are has its stylesheet and scripts.
        if (Sink is not null)
        {
            var pagePaths = results.Select(r => r.Path).ToHashSet(StringComparer.Ordinal);
            foreach (var file in themeFiles.Where(f => !pagePaths.Contains(f.Path)))
            {
                Sink(file);
                sent[file.Path] = true;
                rendered.Add((file.Path, "", null));
            }

            PagesWritten?.Invoke();
        }
        else
        {
            files.AddRange(themeFiles);
        }

        // Three site-wide files, each a single pass over every briefing: made side by side, from each briefing's fragments.
        // Like a page, briefings.json is not made when its file already holds the same fragments.
        var fragments = BriefingFragments.Of(site.Briefings, Fragments?.Invoke() ?? new());
        var jsonIsCurrent = isCurrent?.Invoke("briefings.json", fragments.Digest) == true;
        Func<OutputFile?>[] siteWide =
        [
            () => new OutputFile("search-index.js", SearchIndex.Script(site, links, fragments)),
            () => new OutputFile("feed.xml", AtomFeed.Write(site)),
            () => jsonIsCurrent ? null : new OutputFile("briefings.json", fragments.Json()),
        ];
        var made = siteWide.AsParallel().AsOrdered().WithDegreeOfParallelism(siteWide.Length).Select(make => make()).ToList();
        files.AddRange(made.Take(2).OfType<OutputFile>());
        rendered.Add(("briefings.json", fragments.Digest, made[2]));
        PhaseClock.Mark("make site-wide files");
        files.Add(new OutputFile("robots.txt", Sitemap.Robots(site.Settings)));
        if (site.Settings.BaseUrl is string baseUrl)
        {
            files.Add(new OutputFile("sitemap.xml", Sitemap.Write(baseUrl, pages)));
        }

        // A later file with the same path (a tag named like another page) must not make the output ambiguous:
        // the first page or file made for a path wins, whether or not it is written this time.
        var first = rendered.Concat(files.Select(f => (f.Path, Hash: "", File: (OutputFile?)f)))
            .GroupBy(r => r.Path, StringComparer.Ordinal)
            .Select(g => g.First())
            .OrderBy(r => r.Path, StringComparer.Ordinal)
            .ToList();
        return new RenderedSite(
            [.. first.Select(r => r.File).OfType<OutputFile>()],
            [.. first.Where(r => r.File is null && !sent.ContainsKey(r.Path)).Select(r => r.Path)],
            [.. first.Where(r => r.Hash.Length > 0).Select(r => (r.Path, r.Hash))],
            [.. first.Where(r => sent.ContainsKey(r.Path)).Select(r => r.Path)]);
    }

    private PageTemplates Templates => compiling.GetAwaiter().GetResult();

    // Everything a page is made from: its data, its template, and the theme (any template may be a partial of it).
    private string PageHash(string template, Dictionary<string, object?> data) => DataHash.Of(Theme.Digest, template, data);

    private static Dictionary<string, object?> Data(Site site, Dictionary<string, object?> siteData, PageJob job) =>
        PageData(site, siteData, job.Path, job.Template, job.Title, job.Description?.Invoke(), job.Data(), owned: !job.Shared);

    /// <summary>"../" for each folder between the page and the site root, so "{root}assets/style.css" works from any page.</summary>
    public static string RootOf(string path) => string.Concat(Enumerable.Repeat("../", path.Count(c => c == '/')));

    /// <summary>A host serves 404.html at whatever address was missing, so its links cannot be relative to its own path.</summary>
    /// <remarks>With a base URL they are absolute; without one, a script in the page finds the site root from the address.</remarks>
    private string NotFoundPage(Site site) => site.Settings.BaseUrl is string baseUrl
        ? RenderPage(site, "404.html", "404", "Page not found", null, [], root: baseUrl)
        : RenderPage(site, "404.html", "404", "Page not found", null, new(StringComparer.Ordinal) { ["find_root"] = true });

    private string RenderPage(Site site, string path, string template, string title, string? description, Dictionary<string, object?> view, string? root = null) =>
        Templates.Render(template, PageData(site, SiteData(site), path, template, title, description, view, root));

    // The site's part of every page's data, made once per render and shared (templates only read it).
    private static Dictionary<string, object?> SiteData(Site site) => new(StringComparer.Ordinal)
    {
        ["title"] = site.Settings.Title,
        ["description"] = site.Settings.Description,
        ["language"] = site.Settings.Language,
        ["base_url"] = site.Settings.BaseUrl,
    };

    /// <param name="owned">True when the view was made for this page alone, so the page's keys can go into it.</param>
    private static Dictionary<string, object?> PageData(Site site, Dictionary<string, object?> siteData, string path, string template, string title, string? description, Dictionary<string, object?> view, string? root = null, bool owned = false)
    {
        // Else a copy of the view (which other pages share), with room for the page's own keys so it never grows.
        var data = view;
        if (!owned)
        {
            data = new Dictionary<string, object?>(view.Count + 8, StringComparer.Ordinal);
            foreach (var (key, value) in view)
            {
                data[key] = value;
            }
        }

        data["root"] = root ?? RootOf(path);
        data["path"] = path;
        data["page_kind"] = template;
        data["page_title"] = title;
        data["page_description"] = string.IsNullOrWhiteSpace(description) ? site.Settings.Description : description;
        data["canonical"] = site.Settings.BaseUrl is string baseUrl ? baseUrl + (path == "index.html" ? "" : path) : null;
        data["nav_" + template] = true;
        data["site"] = siteData;
        return data;
    }

    // An entity page listing this many sentences or more is made before the shorter pages (see RenderAll).
    private const int LongPage = 100;

    // A repeated render makes first the pages of the briefings edited since the last when there are this many at most:
    // more is not one person's edit.
    private const int EditedFirst = 3;

    /// <param name="Subject">For pages <see cref="PageKeys"/> knows: the briefing, entity or tag they show.</param>
    /// <param name="Key">For those pages: their key, which stands for their data's hash.</param>
    /// <param name="Views">The briefings whose views its data takes (see <see cref="BriefingViews"/>).</param>
    /// <param name="Shared">True when <paramref name="Data"/> gives a view other pages show too (a briefing's own page).</param>
    private sealed record PageJob(string Path, string Template, string Title, Func<Dictionary<string, object?>> Data, DateOnly? Modified, Func<string?>? Description, PageSubject? Subject, Func<string>? Key, IReadOnlyList<string> Views, bool Shared)
    {
        /// <summary>For a page listing the whole site: the parts of it the page shows (see <see cref="KeptKeys.KeptListing"/>).</summary>
        public SiteParts? Shows { get; init; }

        /// <summary>For an entity's page: how many sentences it lists, which is what makes a page long to make.</summary>
        public int Lines { get; init; }
    }
}
