using System.Diagnostics;
using System.Text.RegularExpressions;

namespace BriefingSite.Benchmarks;

/// <summary>
/// Builds after one title edit each, in one process, as the preview server builds them (<see cref="RepeatedBuilds"/>):
/// the time until the report (what a reader waits for) and the background work after it, for each edit.
/// </summary>
public static partial class RepeatedEdits
{
    /// <param name="work">A folder with articles/ built at least once by `briefing build --articles articles`.</param>
    public static void Run(string work, int edits)
    {
        var options = new BuildOptions { Root = work, Articles = "articles" };
        using var builds = new RepeatedBuilds(options);
        var clock = Stopwatch.StartNew();
        var first = builds.Build();
        var firstTime = clock.Elapsed.TotalSeconds;
        builds.FinishBackground();
        Console.WriteLine($"first build {firstTime:0.00} s (up to date: {first.UpToDate}), then warming {clock.Elapsed.TotalSeconds - firstTime:0.00} s");

        var file = Directory.GetFiles(Path.Combine(work, "input"), "*.md").Order(StringComparer.Ordinal).ElementAt(10);
        for (var edit = 1; edit <= edits; edit++)
        {
            File.WriteAllText(file, TitleLine().Replace(File.ReadAllText(file), $"title: Edited for the benchmark {edit}", 1));
            PhaseClock.Mark("(between builds)");
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            clock.Restart();
            var report = builds.Build();
            var built = clock.Elapsed.TotalSeconds;
            var builtCpu = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
            builds.FinishBackground();
            Console.WriteLine($"edit {edit}: report after {built:0.00} s (cpu {builtCpu:0.00} s, {report.PagesWritten} files written), background {clock.Elapsed.TotalSeconds - built:0.00} s");
        }
    }

    [GeneratedRegex("^title: .*$", RegexOptions.Multiline)]
    private static partial Regex TitleLine();
}
