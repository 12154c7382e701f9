using System.Diagnostics;
using BriefingSite.Cli;

namespace BriefingSite.Tests.Cli;

/// <summary>Runs the `briefing` command in a process of its own, for what only a process shows (its thread count, its exit).</summary>
internal static class ToolProcess
{
    /// <returns>The run's output and errors; the test fails when it exits with other than 0.</returns>
    public static string Run(string workingDirectory, IReadOnlyDictionary<string, string> environment, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet", [typeof(Commands).Assembly.Location, .. arguments])
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        var log = process.StandardOutput.ReadToEnd() + process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, log);
        return log;
    }
}
