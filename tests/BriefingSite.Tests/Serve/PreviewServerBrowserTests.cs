using System.Diagnostics;
using BriefingSite.Cli.Serve;
using BriefingSite.Tests.Browser;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace BriefingSite.Tests.Serve;

/// <summary>The preview as a person sees it: a page open in chromium that shows a saved edit by itself.</summary>
/// <remarks>Skips (with the reason in the output) when chromium is absent, unless BRIEFING_REQUIRE_BROWSER=1.</remarks>
public sealed class PreviewServerBrowserTests(ITestOutputHelper output)
{
    [Fact]
    public async Task An_open_briefing_page_reloads_with_the_new_title_after_its_front_matter_is_saved()
    {
        if (!BrowserTools.Available(output, BrowserTools.ChromiumMissing()))
        {
            return;
        }

        // Given a briefing page open in a browser, from the preview server
        await using var site = await ServedSite.StartAsync();
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = BrowserTools.Chromium, Args = BrowserTools.ChromiumArgs, Headless = true });
        var page = await browser.NewPageAsync();
        page.SetDefaultTimeout(30_000);
        var listening = page.WaitForResponseAsync(r => r.Url.EndsWith(ReloadScript.EventsPath, StringComparison.Ordinal));
        await page.GotoAsync(site.Url("briefings/strategic-standoff.html").AbsoluteUri);

        var timings = new List<double>();
        try
        {
            for (var edit = 1; edit <= 3; edit++)
            {
                await listening;
                listening = page.WaitForResponseAsync(r => r.Url.EndsWith(ReloadScript.EventsPath, StringComparison.Ordinal));

                // When its front matter title is saved with a new value
                var title = $"Standoff Seen Live {edit}";
                var clock = Stopwatch.StartNew();
                site.SetTitle("strategic-standoff", title);

                // Then the page reloads by itself and shows the new title
                await page.Locator("h1", new() { HasText = title }).WaitForAsync(new() { Timeout = 30_000 });
                timings.Add(clock.Elapsed.TotalMilliseconds);
            }

            output.WriteLine($"save to new title visible: {string.Join(", ", timings.Select(t => $"{t:0} ms"))} (median {timings.Order().ElementAt(1):0} ms)");
        }
        finally
        {
            // The server's own lines (each rebuild and its time) say where a slow or missed reload went.
            output.WriteLine($"after {timings.Count} of 3 edits, the page at {page.Url}; the server said:");
            output.WriteLine(site.Log.ToString());
        }

        Assert.Equal(3, timings.Count);
    }
}
