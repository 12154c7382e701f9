using System.Runtime;
using BriefingSite.Cache;

namespace BriefingSite.Cli;

/// <summary>
/// The runtime's multi-core JIT: each command records which methods it compiled, and its next run compiles them ahead on
/// a spare thread while the run's single-threaded steps go on (clean builds of 10,000 articles 0.2-4.6 s faster in six of
/// six alternating pairs, docs/benchmarks.md). Profiles live in the user's cache folder, one folder per build of the tool.
/// </summary>
internal static class JitProfile
{
    public const string Switch = "BRIEFING_JIT_PROFILE";

    public static void Start(string[] args)
    {
        // A tool compiled ahead of time whole (native AOT) has no JIT to profile.
        if (!System.Runtime.CompilerServices.RuntimeFeature.IsDynamicCodeSupported
            || args.Length == 0 || !args[0].All(char.IsAsciiLetterLower) || Environment.GetEnvironmentVariable(Switch) == "off")
        {
            return;
        }

        try
        {
            var folder = Path.Combine(CacheHome(), "briefing", "jit", ToolVersion.Id);
            Directory.CreateDirectory(folder);
            ForgetOtherBuilds(folder);
            ProfileOptimization.SetProfileRoot(folder);
            ProfileOptimization.StartProfile(args[0] + ".profile");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A run without a profile compiles as it goes: slower to start, nothing else.
        }
    }

    // A profile of another build of the tool is of no use to this one; one left a week is of no use at all.
    private static void ForgetOtherBuilds(string folder)
    {
        var weekAgo = DateTime.UtcNow.AddDays(-7);
        foreach (var other in new DirectoryInfo(folder).Parent!.EnumerateDirectories())
        {
            var lastRun = other.EnumerateFiles().Select(file => file.LastWriteTimeUtc).DefaultIfEmpty(other.LastWriteTimeUtc).Max();
            if (other.FullName != folder && lastRun < weekAgo)
            {
                other.Delete(recursive: true);
            }
        }
    }

    public static string CacheHome() =>
        Environment.GetEnvironmentVariable("XDG_CACHE_HOME") is { Length: > 0 } xdg ? xdg
        : OperatingSystem.IsWindows() ? Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData)
        : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache");
}
