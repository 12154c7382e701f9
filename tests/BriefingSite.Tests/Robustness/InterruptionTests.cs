using System.Diagnostics;
using BriefingSite.Ingest;
using BriefingSite.Model;
using BriefingSite.Publish;
using BriefingSite.Tests.EndToEnd;
using Xunit.Abstractions;

namespace BriefingSite.Tests.Robustness;

/// <summary>Two runs at once and runs that stop half-way: input/ holds whole files, old or new, never a mix.</summary>
public sealed class InterruptionTests(ITestOutputHelper output) : IDisposable
{
    private readonly TempProject project = new();

    public void Dispose() => project.Dispose();

    [Fact]
    public async Task Two_concurrent_extract_runs_give_one_clear_refusal()
    {
        // Given the seed articles
        SeedSite.CopyFolder(Path.Combine(RepositoryRoot.Path, "seeds"), Path.Combine(project.Root, "seeds"));
        using var start = new Barrier(2);

        // When two extract runs start together on one folder
        var runs = Enumerable.Range(0, 2).Select(_ => Task.Run(() =>
        {
            start.SignalAndWait();
            return BriefingPipeline.Extract(project.Options);
        })).ToArray();
        var refusals = new List<Exception>();
        foreach (var run in runs)
        {
            try
            {
                await run;
            }
            catch (InvalidOperationException error)
            {
                refusals.Add(error);
            }
        }

        // Then one runs to the end and the other is refused, saying why
        var refusal = Assert.Single(refusals);
        Assert.StartsWith("another briefing run is writing", refusal.Message, StringComparison.Ordinal);
        Assert.Empty((await Assert.Single(runs, r => r.Status == TaskStatus.RanToCompletion)).Problems);
        Assert.False(File.Exists(Path.Combine(project.Input, ContentLock.FileName)));
    }

    [Fact]
    public void A_write_that_fails_mid_batch_leaves_every_briefing_whole_and_the_rest_written()
    {
        // Given extracted seeds, then changed articles, and one briefing path that cannot be written (a folder stands there)
        SeedSite.CopyFolder(Path.Combine(RepositoryRoot.Path, "seeds"), Path.Combine(project.Root, "seeds"));
        BriefingPipeline.Extract(project.Options);
        var files = Directory.GetFiles(project.Input, "*.md").Order(StringComparer.Ordinal).ToList();
        var before = files.ToDictionary(f => f, File.ReadAllText);
        var blocked = files[2];
        File.Delete(blocked);
        Directory.CreateDirectory(blocked);
        foreach (var seed in Directory.GetFiles(Path.Combine(project.Root, "seeds")))
        {
            File.AppendAllText(seed, "\n\nThe Zanzibar Council met again on 3 March 2025.\n");
        }

        // When extraction runs again
        var report = BriefingPipeline.Extract(project.Options);

        // Then that one briefing is reported, every other one is new and whole, and the state names only what was written
        Assert.StartsWith($"input/{Path.GetFileName(blocked)}: cannot write briefing: ", Assert.Single(report.Problems).ToString(), StringComparison.Ordinal);
        foreach (var file in files.Where(f => f != blocked))
        {
            Read(file);
            Assert.NotEqual(before[file], File.ReadAllText(file));
        }

        Directory.Delete(blocked);
        var rerun = BriefingPipeline.Extract(project.Options);
        Assert.Empty(rerun.Problems);
        Assert.Empty(rerun.HandEdits);
    }

    [Fact]
    public void A_run_killed_while_it_writes_leaves_only_whole_briefings_and_no_false_hand_edits()
    {
        // Given the seed articles and the command-line tool
        SeedSite.CopyFolder(Path.Combine(RepositoryRoot.Path, "seeds"), Path.Combine(project.Root, "seeds"));
        var tool = Path.Combine(AppContext.BaseDirectory, "briefing.dll");
        for (var round = 0; round < 4; round++)
        {
            // When a run is killed as soon as it has written its first briefing (the articles change each round, so files are rewritten)
            foreach (var seed in Directory.GetFiles(Path.Combine(project.Root, "seeds")))
            {
                File.AppendAllText(seed, $"\n\nThe Zanzibar Council met again in round {round}.\n");
            }

            var started = DateTime.UtcNow;
            using var run = Process.Start(new ProcessStartInfo("dotnet", [tool, "extract"])
            {
                WorkingDirectory = project.Root, RedirectStandardOutput = true, RedirectStandardError = true,
            })!;
            while (!run.HasExited && !WroteSince(started))
            {
                Thread.Sleep(1);
            }

            var killed = !run.HasExited;
            run.Kill(entireProcessTree: true);
            run.WaitForExit();

            // Then every briefing there is reads whole
            var briefings = Directory.GetFiles(project.Input, "*.md");
            output.WriteLine($"round {round}: {(killed ? "killed" : "finished")}, {briefings.Count(f => File.GetLastWriteTimeUtc(f) >= started)} of {briefings.Length} briefings rewritten");
            Assert.All(briefings, f => Read(f));
        }

        // And a later run takes nothing the killed runs left for a hand edit
        var report = BriefingPipeline.Extract(project.Options);
        Assert.Empty(report.Problems);
        Assert.Empty(report.HandEdits);
    }

    [Fact]
    public void A_page_cut_short_by_a_stopped_first_write_is_written_whole_by_the_next_render()
    {
        // Given a built site, whose pages then go, and a render stopped while writing a page anew: the page is cut short
        SeedSite.CopyFolder(Path.Combine(RepositoryRoot.Path, "seeds"), Path.Combine(project.Root, "seeds"));
        BriefingPipeline.Build(project.Options);
        var whole = Directory.GetFiles(project.Output, "*", SearchOption.AllDirectories).ToDictionary(f => f, File.ReadAllBytes);
        var page = whole.Keys.First(f => f.Contains("briefings", StringComparison.Ordinal) && f.EndsWith(".html", StringComparison.Ordinal));
        var entity = whole.Keys.First(f => f.Contains("entities", StringComparison.Ordinal) && f.EndsWith(".html", StringComparison.Ordinal));
        Directory.Delete(project.Output, recursive: true);
        foreach (var cut in new[] { page, entity })
        {
            Directory.CreateDirectory(Path.GetDirectoryName(cut)!);
            File.WriteAllBytes(cut, whole[cut][..(whole[cut].Length / 2)]);
        }

        // When the site is rendered again
        var report = BriefingPipeline.Render(project.Options);

        // Then every file is whole again
        Assert.Empty(report.Problems);
        Assert.Equal(whole.Keys.Order(StringComparer.Ordinal), Directory.GetFiles(project.Output, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal));
        Assert.All(whole, file => Assert.True(File.ReadAllBytes(file.Key).AsSpan().SequenceEqual(file.Value), file.Key));
    }

    private bool WroteSince(DateTime moment) =>
        Directory.Exists(project.Input) && Directory.EnumerateFiles(project.Input, "*.md").Any(f => File.GetLastWriteTimeUtc(f) >= moment);

    private static Briefing Read(string file)
    {
        var problems = new List<Diagnostic>();
        var briefing = BriefingFileReader.Read(file, File.ReadAllText(file), problems);
        Assert.Empty(problems);
        Assert.EndsWith("\n", File.ReadAllText(file), StringComparison.Ordinal);
        return briefing!;
    }
}
