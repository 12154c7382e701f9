using System.Diagnostics;
using BriefingSite.Extract;
using BriefingSite.Ingest;
using BriefingSite.Link;
using BriefingSite.Model;
using BriefingSite.Publish;
using BriefingSite.Render;

namespace BriefingSite.Benchmarks;

/// <summary>Times each stage of a whole build separately on one corpus, to show where the time goes.</summary>
public static class StageTimer
{
    public static void Run(string articles, string workFolder)
    {
        if (Directory.Exists(workFolder))
        {
            Directory.Delete(workFolder, recursive: true);
        }

        Directory.CreateDirectory(workFolder);
        var problems = new List<Diagnostic>();
        var clock = Stopwatch.StartNew();
        void Lap(string stage, int count)
        {
            Console.WriteLine($"{stage,-28} {clock.Elapsed.TotalSeconds,7:0.00} s  ({count} items)");
            clock.Restart();
        }

        var read = ArticleFolder.Read(articles, workFolder, problems);
        Lap("ingest (read + clean)", read.Count);
        var briefings = read.AsParallel().AsOrdered().Select(FactExtractor.Extract).ToList();
        Lap("extract", briefings.Count);
        var content = new ContentFolder(Path.Combine(workFolder, "input"), workFolder);
        var written = BriefingUpdater.Update(content, briefings, force: false, problems, out _);
        Lap("link + write briefings", written);
        var loaded = content.LoadBriefings(problems);
        Lap("read briefings back", loaded.Count);
        var site = CrossLinker.Link(loaded.Select(l => l.Briefing).ToList(), [], new SiteSettings());
        Lap("link site", site.Entities.Count);
        var pages = new SiteRenderer(Theme.Load(null)).Render(site);
        Lap("render", pages.Count);
        SiteWriter.Write(Path.Combine(workFolder, "output"), pages);
        Lap("write site", pages.Count);
        Console.WriteLine($"{problems.Count} problems; peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / (1024 * 1024)} MB");
    }
}
