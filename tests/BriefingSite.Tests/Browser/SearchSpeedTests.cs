using System.Text.Json;
using Xunit.Abstractions;

namespace BriefingSite.Tests.Browser;

/// <summary>The search index's size and its answer time in chromium, on the seed site and, when BRIEFING_SEARCH_SITE names one, a large built site.</summary>
/// <remarks>docs/benchmarks-search.md gives the command that builds the 10,000-briefing site and the figures measured on it.</remarks>
[Collection(BrowserTestGroup.Name)]
public class SearchSpeedTests(BrowserSite site, ITestOutputHelper output)
{
    private const long MaxIndexBytes = 5_000_000;

    private static readonly string[] Queries =
        ["pakistan", "finer", "minister", "united states", "gov", "b", "sanctions", "econ growth", "film award", "election labour", "shaheen", "xyzzy"];

    [Fact]
    public async Task The_seed_site_search_is_measured_and_finds_a_person()
    {
        if (!BrowserTools.Available(output, BrowserTools.ChromiumMissing()))
        {
            return;
        }

        await Measure(site.Seeds.Output);
    }

    [Fact]
    public async Task A_large_site_keeps_its_index_under_5_MB_and_its_query_time_is_measured()
    {
        var folder = Environment.GetEnvironmentVariable("BRIEFING_SEARCH_SITE");
        if (folder is null || !File.Exists(Path.Combine(folder, "search.html")))
        {
            output.WriteLine("SKIPPED: set BRIEFING_SEARCH_SITE to a built site's output folder (see docs/benchmarks-search.md).");
            return;
        }

        if (!BrowserTools.Available(output, BrowserTools.ChromiumMissing()))
        {
            return;
        }

        await Measure(Path.GetFullPath(folder));
    }

    private async Task Measure(string outputFolder)
    {
        // Given a built site's search page, opened from disk
        var indexBytes = new FileInfo(Path.Combine(outputFolder, "search-index.js")).Length;
        var (page, _) = await site.OpenAsync();
        await page.GotoAsync(new Uri(Path.Combine(outputFolder, "search.html")).AbsoluteUri);
        await page.WaitForFunctionAsync("() => window.BriefingSearch !== undefined");

        // When each query runs five times
        var timing = await page.EvaluateAsync<JsonElement>(
            """
            queries => {
              const times = [];
              const counts = {};
              for (const query of queries) {
                for (let run = 0; run < 5; run++) {
                  const start = performance.now();
                  const found = window.BriefingSearch.search(query);
                  times.push(performance.now() - start);
                  counts[query] = found.results.length;
                }
              }
              times.sort((a, b) => a - b);
              return { median: times[Math.floor(times.length / 2)], max: times[times.length - 1], entries: window.BriefingSearch.size,
                       words: window.BriefingSearch.words, prepare: window.BriefingSearch.prepareMs, counts };
            }
            """, Queries);
        await page.CloseAsync();

        // Then the index is small enough to ship, and the answer times are reported (docs/benchmarks-search.md), not asserted
        var median = timing.GetProperty("median").GetDouble();
        var max = timing.GetProperty("max").GetDouble();
        output.WriteLine($"index {indexBytes:N0} bytes, {timing.GetProperty("entries").GetInt32():N0} entries, {timing.GetProperty("words").GetInt32():N0} distinct words; "
            + $"prepared in {timing.GetProperty("prepare").GetDouble():0.0} ms; query median {median:0.00} ms, max {max:0.00} ms; results {timing.GetProperty("counts")}");
        Assert.True(indexBytes < MaxIndexBytes, $"search index is {indexBytes:N0} bytes");
        Assert.True(timing.GetProperty("counts").GetProperty(Queries[0]).GetInt32() > 0, $"no result for '{Queries[0]}'");
    }
}
