using Xunit.Abstractions;

namespace BriefingSite.Tests.Browser;

/// <summary>Where the browser checks find their tools: Debian's chromium and the npm packages of tests/site-tools.</summary>
/// <remarks>
/// xunit 2 has no dynamic skip, so a test whose tool is missing writes why to its output and returns; with
/// BRIEFING_REQUIRE_BROWSER=1 (as .ci/run sets) a missing tool fails the test instead.
/// </remarks>
internal static class BrowserTools
{
    public const string Chromium = "/usr/bin/chromium";

    /// <summary>Launch flags for a sandbox-less container and a browser that must not reach the network by itself.</summary>
    public static readonly string[] ChromiumArgs =
        ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"];

    public static string SiteTools { get; } = Path.Combine(RepositoryRoot.Path, "tests", "site-tools");

    public static string AxeScript { get; } = Path.Combine(SiteTools, "node_modules", "axe-core", "axe.min.js");

    public static string HtmlValidate { get; } = Path.Combine(SiteTools, "node_modules", "html-validate", "bin", "html-validate.mjs");

    public static bool Required => Environment.GetEnvironmentVariable("BRIEFING_REQUIRE_BROWSER") == "1";

    /// <summary>Why the browser cannot run here, or null when it can.</summary>
    public static string? ChromiumMissing() =>
        File.Exists(Chromium) ? null : $"{Chromium} is not installed (apt-get install chromium); browser test not run.";

    public static string? NodeModulesMissing() =>
        File.Exists(AxeScript) && File.Exists(HtmlValidate)
            ? null
            : $"tests/site-tools/node_modules is missing (npm ci --prefix tests/site-tools); check not run.";

    /// <summary>True when the test may go on; otherwise reports the first missing tool (and fails when tools are required).</summary>
    public static bool Available(ITestOutputHelper output, params string?[] missing)
    {
        var reason = missing.FirstOrDefault(m => m is not null);
        if (reason is null)
        {
            return true;
        }

        Assert.False(Required, reason + " BRIEFING_REQUIRE_BROWSER=1 demands it.");
        output.WriteLine("SKIPPED: " + reason);
        return false;
    }
}
