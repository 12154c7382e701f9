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
    case ["corpus", var source, var target, var size]:
        Console.WriteLine($"{CorpusBuilder.Build(source, target, int.Parse(size, System.Globalization.CultureInfo.InvariantCulture))} articles written to {target}");
        return 0;
    case ["extract", var folder]:
        return ExtractThroughput(folder);
    default:
        Console.Error.WriteLine("usage: corpus <source> <target> <size> | extract <folder> | link <folder> | stages <articles> <work> | repeated <work> <edits> | micro");
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
