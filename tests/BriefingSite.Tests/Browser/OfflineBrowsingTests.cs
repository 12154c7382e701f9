using Xunit.Abstractions;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace BriefingSite.Tests.Browser;

[Collection(BrowserTestGroup.Name)]
public class OfflineBrowsingTests(BrowserSite site, ITestOutputHelper output)
{
    [Theory]
    [InlineData("file")]
    [InlineData("served")]
    public async Task A_reader_searches_a_person_reaches_the_briefing_and_its_entity_page_without_leaving_the_machine(string where)
    {
        if (!BrowserTools.Available(output, BrowserTools.ChromiumMissing()))
        {
            return;
        }

        // Given the home page, opened from disk or from a server under /repo/
        var root = site.Root(where);
        var (page, requests) = await site.OpenAsync();

        // When the reader searches for "Finer" from the header and follows the first briefing result
        await page.GotoAsync(root + "index.html");
        await page.FillAsync("#site-q", "Finer");
        await page.PressAsync("#site-q", "Enter");
        // (each address is polled until it matches and the page's content waited for by its locators: WaitForURLAsync
        // also waits for a load state, and on a loaded machine it now and then waited past a page already loaded)
        await Assertions.Expect(page).ToHaveURLAsync(new Regex(@"/search\.html\?q=Finer$"));
        var briefingResult = page.Locator("#search-results li:has(.kind:text-is('briefing')) a.result-title").First;
        await briefingResult.WaitForAsync();
        var results = await page.Locator("#search-results").InnerTextAsync();
        Assert.Contains("Finer", results, StringComparison.Ordinal);
        Assert.Contains("1 January 2025", results, StringComparison.Ordinal);
        await briefingResult.ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex(@"/briefings/[^/]+\.html$"));
        var briefingTitle = await page.Locator("h1").InnerTextAsync();

        // And follows the entity link to Jonathan Finer in the key facts
        await page.Locator(".key-facts a[href*='entities/'][href*='finer']").First.ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex(@"/entities/[^/]+\.html$"));

        // Then the entity page names him, lists the briefing he came from, and has its stylesheet
        await Assertions.Expect(page.Locator("h1")).ToContainTextAsync("Finer");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync(briefingTitle);
        Assert.NotEqual("rgba(0, 0, 0, 0)", await page.EvalOnSelectorAsync<string>(".site-header", "e => getComputedStyle(e).backgroundColor"));
        // And no request went anywhere but the disk (or the local server)
        var allowed = where == "served" ? site.Server!.Root : "file:";
        lock (requests)
        {
            Assert.NotEmpty(requests);
            Assert.All(requests, url => Assert.StartsWith(allowed, url, StringComparison.Ordinal));
        }

        await page.CloseAsync();
    }

    [Fact]
    public async Task A_result_whose_snippet_does_not_show_the_match_says_what_matched()
    {
        if (!BrowserTools.Available(output, BrowserTools.ChromiumMissing()))
        {
            return;
        }

        // Given the search page opened from disk with a word that two briefings hold in their tags and entities only
        var (page, _) = await site.OpenAsync();
        await page.GotoAsync(site.Root("file") + "search.html?q=sanc");

        // Then each such result says what matched, and a result whose title shows the match says nothing more
        var standoff = page.Locator("#search-results li:has(a.result-title:text-is('Strategic Standoff!'))");
        await Assertions.Expect(standoff.Locator(".matched")).ToHaveTextAsync("Also matches: #sanctions");
        await Assertions.Expect(standoff.Locator(".matched mark")).ToHaveTextAsync("sanctions");
        var province = page.Locator("#search-results li:has(a.result-title:text-is('5th Province? Pak-Afghan Relations'))");
        await Assertions.Expect(province.Locator(".matched")).ToContainTextAsync("Sanctions Monitoring Team");
        var team = page.Locator("#search-results li:has(a.result-title:has-text('Monitoring Team'))");
        await Assertions.Expect(team.Locator(".matched")).ToHaveCountAsync(0);
        await page.CloseAsync();
    }

    [Fact]
    public async Task A_missing_page_under_a_project_path_shows_the_styled_404_with_working_links()
    {
        if (!BrowserTools.Available(output, BrowserTools.ChromiumMissing()))
        {
            return;
        }

        // Given the site served under /repo/, as GitHub Pages serves a project site
        var (page, requests) = await site.OpenAsync();

        // When a reader opens an address two folders deep that does not exist
        var response = await page.GotoAsync(site.Server!.Root + "briefings/old/gone.html");

        // Then the 404 page answers, styled, and its link home leads to the real home page
        Assert.Equal(404, response!.Status);
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        Assert.Contains("Page not found", await page.Locator("h1").InnerTextAsync(), StringComparison.Ordinal);
        lock (requests)
        {
            Assert.Contains(site.Server.Root + "assets/style.css", requests);
        }

        await page.Locator("main a", new() { HasText = "All briefings" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(site.Server.Root + "index.html");
        Assert.Equal(200, (await page.ReloadAsync())!.Status);
        await page.CloseAsync();
    }
}
