using System.Diagnostics;
using BriefingSite;
using Spectre.Console;

namespace BriefingSite.Cli;

/// <summary>Runs a stage and reports it: progress bars on a terminal, plain lines otherwise; one line per problem, then a summary.</summary>
internal static class StageRunner
{
    /// <summary>True when both output streams go to a terminal.</summary>
    public static bool Interactive => !System.Console.IsOutputRedirected && !System.Console.IsErrorRedirected;

    public static int Run(string stage, Func<IProgress<StageProgress>?, BuildReport> run)
    {
        var interactive = Interactive;
        var clock = Stopwatch.StartNew();
        BuildReport report;
        try
        {
            report = interactive
                ? AnsiConsole.Progress()
                    .AutoClear(true)
                    .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
                    .Start(context => run(new ProgressBars(context)))
                : run(null);
        }
        catch (InvalidOperationException error)
        {
            System.Console.Error.WriteLine($"error: {error.Message}");
            return 2;
        }

        foreach (var edit in report.HandEdits)
        {
            Write(interactive, $"[grey]kept hand edit[/] {Markup.Escape(edit)}", $"kept hand edit {edit}");
        }

        foreach (var note in report.Notes)
        {
            Write(interactive, $"[grey]note[/] {Markup.Escape(note)}", $"note: {note}");
        }

        foreach (var problem in report.Problems)
        {
            if (interactive)
            {
                AnsiConsole.MarkupLine($"[red]error[/] {Markup.Escape(problem.ToString())}");
            }
            else
            {
                System.Console.Error.WriteLine($"error: {problem}");
            }
        }

        var summary = $"{stage}: {Summary(report)} in {clock.Elapsed.TotalSeconds:0.0} s";
        Write(interactive, report.Failed ? $"[yellow]{Markup.Escape(summary)}[/]" : $"[green]{Markup.Escape(summary)}[/]", summary);
        return report.Failed ? 1 : 0;
    }

    /// <summary>The summary line's counts: what there is, and what this run did.</summary>
    /// <remarks>Files and entities are counted only by a run that rendered the site (not by extract or check).</remarks>
    public static string Summary(BuildReport report)
    {
        if (report.UpToDate)
        {
            return $"up to date: {Count(report.Articles, "article")}, {Count(report.Briefings, "briefing")}, {Count(report.Pages, "file")}, "
                + $"{Count(report.Entities, "entity", "entities")}, {Count(report.Problems.Count, "problem")}";
        }

        var counts = new List<string>();
        if (report.Articles > 0)
        {
            counts.Add($"{Count(report.Articles, "article")} ({N(report.Extracted)} extracted)");
            counts.Add($"{Count(report.BriefingsWritten, "briefing")} written");
        }

        counts.Add(Count(report.Briefings, "briefing"));
        if (report.Pages > 0)
        {
            counts.Add($"{Count(report.Pages, "file")} ({N(report.PagesWritten)} written)");
            counts.Add(Count(report.Entities, "entity", "entities"));
        }

        counts.Add(Count(report.Problems.Count, "problem"));
        return string.Join(", ", counts);
    }

    private static string N(int count) => count.ToString("N0", System.Globalization.CultureInfo.InvariantCulture);

    private static string Count(int count, string one, string? many = null) => $"{N(count)} {(count == 1 ? one : many ?? one + "s")}";

    private static void Write(bool interactive, string markup, string plain)
    {
        if (interactive)
        {
            AnsiConsole.MarkupLine(markup);
        }
        else
        {
            System.Console.WriteLine(plain);
        }
    }

    /// <summary>One bar per stage, with its count and rate in the description.</summary>
    private sealed class ProgressBars(ProgressContext context) : IProgress<StageProgress>
    {
        private readonly Dictionary<string, (ProgressTask Task, Stopwatch Clock)> bars = new(StringComparer.Ordinal);

        public void Report(StageProgress value)
        {
            lock (bars)
            {
                if (!bars.TryGetValue(value.Stage, out var bar))
                {
                    bar = (context.AddTask(value.Stage, maxValue: Math.Max(1, value.Total)), Stopwatch.StartNew());
                    bars[value.Stage] = bar;
                }

                var rate = value.Done / Math.Max(bar.Clock.Elapsed.TotalSeconds, 0.001);
                bar.Task.Description = $"{value.Stage} {value.Done:N0}/{value.Total:N0} ({rate:N0}/s)";
                bar.Task.Value = value.Done;
            }
        }
    }
}
