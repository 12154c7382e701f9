using System.Diagnostics;
using BriefingSite.Cli.Serve;
using BriefingSite.Tests.Browser;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace BriefingSite.Tests.Serve;

/// <summary>The preview as a person sees it: a page open in chromium that shows a saved edit by itself.</summary>
/// <remarks>Skips (with the reason in the output) when chromium is absent, unless BRIEFING_REQUIRE_BROWSER=1.</remarks>
public sealed class PreviewServerBrowserTests(ITestOutputHelper output) : IAsyncDisposable
{
    // The browser (and Playwright) of a measurement, open until the test ends.
    private readonly List<object> disposables = [];

    [Fact]
    public async Task An_open_briefing_page_shows_the_new_title_in_place_after_its_front_matter_is_saved()
    {
        if (!BrowserTools.Available(output, BrowserTools.ChromiumMissing()))
        {
            return;
        }

        // Given a briefing page open in a browser, from the preview server
        await using var site = await ServedSite.StartAsync();
        var (timings, loads, fetches) = await MeasureReloads(site.Url("briefings/strategic-standoff.html"), title => site.SetTitle("strategic-standoff", title), () => site.Log.ToString());

        Assert.Equal(3, timings.Count);

        // And each edit fetched the page once and put it in place, with no reload: told by name as soon as it was
        // written, the page did not reload either when the build number moved
        Assert.True(await ServedSite.EventuallyAsync(() => site.Log.ToString().Split('\n').Count(l => l.StartsWith("rebuilt after", StringComparison.Ordinal)) >= 3), site.Log.ToString());
        await Task.Delay(TimeSpan.FromSeconds(1));
        Assert.Equal(1, loads());
        Assert.Equal(3, fetches());
    }

    [Fact]
    public async Task A_page_whose_body_runs_a_script_not_marked_keep_reloads_rather_than_updating_in_place()
    {
        if (!BrowserTools.Available(output, BrowserTools.ChromiumMissing()))
        {
            return;
        }

        // Given a theme whose layout runs its script with no data-preview="keep" (a script that may work on the body)
        var layout = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "theme", "layout.hbs"));
        Assert.Contains(" data-preview=\"keep\"", layout, StringComparison.Ordinal);
        await using var site = await ServedSite.StartAsync(new Dictionary<string, string> { ["layout.hbs"] = layout.Replace(" data-preview=\"keep\"", "", StringComparison.Ordinal) });

        // When the title of the briefing open in a browser is saved three times
        var (timings, loads, fetches) = await MeasureReloads(site.Url("briefings/strategic-standoff.html"), title => site.SetTitle("strategic-standoff", title), () => site.Log.ToString());

        // Then each edit reloaded the page, once, without fetching it first
        Assert.Equal(3, timings.Count);
        Assert.True(await ServedSite.EventuallyAsync(() => site.Log.ToString().Split('\n').Count(l => l.StartsWith("rebuilt after", StringComparison.Ordinal)) >= 3), site.Log.ToString());
        await Task.Delay(TimeSpan.FromSeconds(1));
        Assert.Equal(1 + 3, loads());
        Assert.Equal(0, fetches());
    }

    /// <summary>
    /// The same edits on a large site, served by a `briefing serve` started beforehand (the published tool, as a person
    /// runs it): BRIEFING_PREVIEW_URL gives its address, BRIEFING_PREVIEW_CONTENT its content folder, whose first
    /// briefing gets three new titles, five seconds apart. docs/benchmarks.md ("Live preview") gives the command and the figures.
    /// </summary>
    [Fact]
    public async Task A_large_site_served_by_a_running_server_is_measured_from_save_to_new_title()
    {
        var (address, content) = (Environment.GetEnvironmentVariable("BRIEFING_PREVIEW_URL"), Environment.GetEnvironmentVariable("BRIEFING_PREVIEW_CONTENT"));
        if (address is null || content is null)
        {
            output.WriteLine("SKIPPED: set BRIEFING_PREVIEW_URL and BRIEFING_PREVIEW_CONTENT to a running `briefing serve` (see docs/benchmarks.md).");
            return;
        }

        if (!BrowserTools.Available(output, BrowserTools.ChromiumMissing()))
        {
            return;
        }

        var file = Directory.GetFiles(content, "*.md").Order(StringComparer.Ordinal).First();
        var slug = Path.GetFileNameWithoutExtension(file);
        var (timings, _, _) = await MeasureReloads(new Uri(new Uri(address), $"briefings/{slug}.html"), title => ServedSite.SetTitleIn(file, title), () => "(see the server's own output)", TimeSpan.FromSeconds(5));

        Assert.Equal(3, timings.Count);
    }

    // Three saves of a new title, each timed from the save to the new title visible in the open page; and counts, which
    // go on while the browser is open, of the page's loads (the first included) and of its fetches by the page itself.
    private async Task<(List<double> Timings, Func<int> Loads, Func<int> Fetches)> MeasureReloads(Uri briefingPage, Action<string> setTitle, Func<string> serverLog, TimeSpan pause = default)
    {
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = BrowserTools.Chromium, Args = BrowserTools.ChromiumArgs, Headless = true });
        disposables.Add(playwright);
        disposables.Add(browser);
        var page = await browser.NewPageAsync();
        page.SetDefaultTimeout(30_000);
        var (loads, fetches) = (0, 0);
        page.Load += (_, _) => Interlocked.Increment(ref loads);
        // Each load of the page opens its event stream once; an update in place keeps the stream it has.
        var streams = 0;
        page.Response += (_, response) =>
        {
            if (response.Url.EndsWith(ReloadScript.EventsPath, StringComparison.Ordinal))
            {
                Interlocked.Increment(ref streams);
            }
        };
        await page.GotoAsync(briefingPage.AbsoluteUri);

        var timings = new List<double>();
        var asked = new List<double>();
        Stopwatch? clock = null;
        page.Request += (_, request) =>
        {
            var itself = request.Url == briefingPage.AbsoluteUri;
            if (itself && !request.IsNavigationRequest)
            {
                Interlocked.Increment(ref fetches);
            }

            if ((request.IsNavigationRequest || itself) && clock is { } running)
            {
                lock (asked)
                {
                    asked.Add(running.Elapsed.TotalMilliseconds);
                }
            }
        };
        try
        {
            for (var edit = 1; edit <= 3; edit++)
            {
                Assert.True(await ServedSite.EventuallyAsync(() => Volatile.Read(ref streams) >= Volatile.Read(ref loads)), "the page's event stream did not open");

                // As a person reads the page before the next edit: the server finishes the last build (its site-wide
                // files, its cache) and the browser its load, rather than each edit timing the last one's tail
                await Task.Delay(pause);

                // When its front matter title is saved with a new value
                var title = $"Standoff Seen Live {edit} {DateTime.UtcNow:HHmmss}";
                clock = Stopwatch.StartNew();
                setTitle(title);

                // Then the page reloads by itself and shows the new title
                await page.Locator("h1", new() { HasText = title }).WaitForAsync(new() { Timeout = 30_000 });
                timings.Add(clock.Elapsed.TotalMilliseconds);
            }

            output.WriteLine($"save to new title visible: {string.Join(", ", timings.Select(t => $"{t:0} ms"))} (median {timings.Order().ElementAt(1):0} ms)");
            lock (asked)
            {
                // When the page asked for itself again: what came before is the server's, what came after the browser's.
                output.WriteLine($"save to page asked again: {string.Join(", ", asked.Select(t => $"{t:0} ms"))}");
            }
        }
        finally
        {
            // The server's own lines (each rebuild and its time) say where a slow or missed reload went.
            output.WriteLine($"after {timings.Count} of 3 edits, the page at {page.Url}; the server said:");
            output.WriteLine(serverLog());
        }

        return (timings, () => Volatile.Read(ref loads), () => Volatile.Read(ref fetches));
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var disposable in Enumerable.Reverse(disposables))
        {
            switch (disposable)
            {
                case IAsyncDisposable asynchronous:
                    await asynchronous.DisposeAsync();
                    break;
                case IDisposable synchronous:
                    synchronous.Dispose();
                    break;
            }
        }
    }
}
