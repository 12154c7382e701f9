using System.Diagnostics;
using BriefingSite.Benchmarks;
using BriefingSite.Extract;
using BriefingSite.Ingest;

// Usage:
//   corpus <source-folder> <target-folder> <size>   build a corpus of <size> articles
//   extract <folder>                                time Ingest + Extract over every article (in memory, all cores)
//   link <folder>                                   extract every article, then time linking them into one site
//   stages <articles> <work-folder>                 time each stage of a whole build separately
//   repeated <work-folder> <edits>                  in a built folder, time builds after title edits in one process (as the preview server builds)
//   resolve <content-folder> [articles]            time entity resolution of the content folder's briefings (and of the articles as extracted)
//   site-wide <content-folder>                      link the briefings of a content folder, then time the briefings' fragments and each site-wide file (search index, feed, briefings.json), wall and CPU
//   summaries <content-folder>                     how many of each title's words its summary holds (against the opening words), and what the summaries and key points cover
//   allocations <trace.nettrace>                   where a run's allocations come from (a gc-verbose trace, see bench/alloc-profile.sh)
//   micro [BenchmarkDotNet options]                 BenchmarkDotNet over the hot functions (HotPaths)
switch (args)
{
    case ["micro", .. var options]:
        BenchmarkDotNet.Running.BenchmarkRunner.Run<HotPaths>(args: options);
        return 0;
    case ["stages", var articles, var work]:
        StageTimer.Run(Path.GetFullPath(articles), Path.GetFullPath(work));
        return 0;
    case ["repeated", var work, var edits]:
        RepeatedEdits.Run(Path.GetFullPath(work), int.Parse(edits, System.Globalization.CultureInfo.InvariantCulture));
        return 0;
    case ["link", var folder]:
        return LinkTime(folder);
    case ["resolve", var content, .. var articles]:
        ResolveTimer.Run(Path.GetFullPath(content), articles is [var articleFolder] ? Path.GetFullPath(articleFolder) : null);
        return 0;
    case ["site-wide", var content]:
        return SiteWideTime(Path.GetFullPath(content));
    case ["corpus", var source, var target, var size]:
        Console.WriteLine($"{CorpusBuilder.Build(source, target, int.Parse(size, System.Globalization.CultureInfo.InvariantCulture))} articles written to {target}");
        return 0;
    case ["extract", var folder]:
        return ExtractThroughput(folder);
    case ["summaries", var content]:
        return SummaryCoverage.Run(Path.GetFullPath(content));
    case ["allocations", var trace]:
        AllocationProfile.Run(Path.GetFullPath(trace));
        return 0;
    default:
        Console.Error.WriteLine("usage: corpus <source> <target> <size> | extract <folder> | link <folder> | resolve <content> [articles] | site-wide <content> | summaries <content> | allocations <trace> | stages <articles> <work> | repeated <work> <edits> | micro");
        return 2;
}

static int ExtractThroughput(string folder)
{
    var files = Directory.EnumerateFiles(folder, "*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
        .Select(f => (Name: Path.GetRelativePath(folder, f), Bytes: File.ReadAllBytes(f))).ToList();
    Run(files.Take(200).ToList());
    var best = double.MaxValue;
    var facts = 0;
    for (var round = 0; round < 3; round++)
    {
        var clock = Stopwatch.StartNew();
        facts = Run(files);
        best = Math.Min(best, clock.Elapsed.TotalSeconds);
    }

    Console.WriteLine($"{files.Count} articles, {facts} facts: best of 3 {best:0.000} s = {files.Count / best:0} articles/s on {Environment.ProcessorCount} cores");
    return 0;
}

static int Run(List<(string Name, byte[] Bytes)> files) =>
    files.AsParallel().Select(f =>
    {
        var briefing = FactExtractor.Extract(ArticleReader.Read(f.Name, f.Bytes));
        return briefing.Entities.Count + briefing.Figures.Count + briefing.Events.Count + briefing.Quotes.Count;
    }).Sum();

static int LinkTime(string folder)
{
    var briefings = Directory.EnumerateFiles(folder, "*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
        .AsParallel().AsOrdered()
        .Select(f => FactExtractor.Extract(ArticleReader.Read(Path.GetRelativePath(folder, f), File.ReadAllBytes(f))))
        .ToList();
    var slugs = new BriefingSite.Link.SlugAssigner([]);
    briefings = briefings.Select(b => b with { Slug = slugs.Claim(b.Slug) }).ToList();
    var best = (Unify: double.MaxValue, Link: double.MaxValue);
    BriefingSite.Model.Site? site = null;
    for (var round = 0; round < 3; round++)
    {
        var clock = Stopwatch.StartNew();
        var unified = BriefingSite.Link.CrossLinker.Unify(briefings, []);
        var unify = clock.Elapsed.TotalSeconds;
        clock.Restart();
        site = BriefingSite.Link.CrossLinker.Link(unified, [], new BriefingSite.Model.SiteSettings());
        best = (Math.Min(best.Unify, unify), Math.Min(best.Link, clock.Elapsed.TotalSeconds));
    }

    Console.WriteLine($"{briefings.Count} briefings, {site!.Entities.Count} entities: unify (ids + related) best of 3 {best.Unify:0.000} s, site link {best.Link:0.000} s");
    return 0;
}

static int SiteWideTime(string content)
{
    var read = new BriefingSite.Publish.ContentFolder(content, content).LoadBriefings([]);
    var site = BriefingSite.Link.CrossLinker.Link([.. read.Select(b => b.Briefing)], [], new BriefingSite.Model.SiteSettings());
    var links = new BriefingSite.Render.SiteLinks(site);
    var fragments = BriefingSite.Render.BriefingFragments.Of(site.Briefings, new());
    (string Name, Func<byte[]> Make)[] files =
    [
        // Each briefing's object and search words, made anew (a clean build's; a rebuild takes most from the store).
        ("fragments", () => System.Text.Encoding.UTF8.GetBytes(BriefingSite.Render.BriefingFragments.Of(site.Briefings, new()).Digest)),
        ("search-index.js", () => BriefingSite.Render.SearchIndex.Script(site, links, fragments)),
        ("feed.xml", () => BriefingSite.Render.AtomFeed.Write(site)),
        ("briefings.json", () => new BriefingSite.Model.OutputFile("briefings.json", fragments.Json()).Content.ToArray()),
    ];
    // The files made are left in a temporary folder, to compare one version's with another's.
    var saved = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "briefing-site-wide")).FullName;
    foreach (var (name, make) in files)
    {
        var times = new List<double>();
        byte[] bytes = [];
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        // CPU time too: on a busy machine it moves less than wall time does.
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        for (var round = 0; round < 5; round++)
        {
            var clock = Stopwatch.StartNew();
            bytes = make();
            times.Add(clock.Elapsed.TotalMilliseconds);
        }

        var cpuPerRound = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds / 5;
        var perRound = (GC.GetTotalAllocatedBytes(precise: true) - allocated) / 5 / (1024.0 * 1024);
        File.WriteAllBytes(Path.Combine(saved, name), bytes);
        Console.WriteLine($"{name,-16} {bytes.Length / 1024,7} KB   {string.Join(" ", times.Select(t => $"{t:0}"))} ms   {cpuPerRound:0} ms of CPU and {perRound:0} MB allocated per run");
    }

    Console.WriteLine($"{site.Briefings.Count} briefings, {site.Entities.Count} entities; the files are in {saved}");
    return 0;
}
