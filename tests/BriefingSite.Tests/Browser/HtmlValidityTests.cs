using System.Diagnostics;
using Xunit.Abstractions;

namespace BriefingSite.Tests.Browser;

/// <summary>html-validate (tests/site-tools) over every page of the seed site: zero errors.</summary>
[Collection(BrowserTestGroup.Name)]
public class HtmlValidityTests(BrowserSite site, ITestOutputHelper output)
{
    [Fact]
    public async Task Every_page_of_the_seed_site_is_valid_HTML()
    {
        if (!BrowserTools.Available(output, BrowserTools.NodeModulesMissing()))
        {
            return;
        }

        // Given every HTML page of the built seed site
        var pages = Directory.GetFiles(site.Seeds.Output, "*.html", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        Assert.True(pages.Count > 10, $"only {pages.Count} pages");

        // When html-validate checks them with the project's configuration
        var run = new ProcessStartInfo("node") { WorkingDirectory = BrowserTools.SiteTools, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { BrowserTools.HtmlValidate, "--config", Path.Combine(BrowserTools.SiteTools, ".htmlvalidate.json"), "--formatter", "text" }.Concat(pages))
        {
            run.ArgumentList.Add(argument);
        }

        using var process = Process.Start(run)!;
        var reading = process.StandardOutput.ReadToEndAsync();
        var errors = await process.StandardError.ReadToEndAsync();
        var report = await reading;
        await process.WaitForExitAsync();

        // Then it reports no error
        output.WriteLine(report + errors);
        Assert.True(process.ExitCode == 0, $"html-validate exit {process.ExitCode}:\n{report}{errors}");
    }
}
