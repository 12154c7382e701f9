using System.Diagnostics;
using BriefingSite;
using Spectre.Console;

namespace BriefingSite.Cli;

/// <summary>Runs a stage and reports it: colour and a spinner on a terminal, plain lines otherwise; one line per problem.</summary>
internal static class StageRunner
{
    public static int Run(string stage, Func<BuildReport> run)
    {
        var interactive = !System.Console.IsOutputRedirected && !System.Console.IsErrorRedirected;
        var clock = Stopwatch.StartNew();
        BuildReport report;
        try
        {
            report = interactive
                ? AnsiConsole.Status().Start($"{stage}…", _ => run())
                : run();
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

        var summary = $"{stage}: {report.Articles} articles, {report.BriefingsWritten} briefings written, "
            + $"{report.Briefings} briefings read, {report.Pages} files, {report.Entities} entities, "
            + $"{report.Problems.Count} problems in {clock.Elapsed.TotalSeconds:0.0} s";
        Write(interactive, report.Failed ? $"[yellow]{Markup.Escape(summary)}[/]" : $"[green]{Markup.Escape(summary)}[/]", summary);
        return report.Failed ? 1 : 0;
    }

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
}
