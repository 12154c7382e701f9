using System.Text.Json;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace BriefingSite.Tests.Browser;

/// <summary>axe-core in chromium over the main page kinds, in light and dark colours: no WCAG 2.1 A or AA violation.</summary>
[Collection(BrowserTestGroup.Name)]
public class AccessibilityTests(BrowserSite site, ITestOutputHelper output)
{
    public static TheoryData<string, string> Pages()
    {
        var data = new TheoryData<string, string>();
        foreach (var scheme in new[] { "light", "dark" })
        {
            foreach (var page in new[] { "index.html", "briefing", "entity", "timeline.html", "search.html?q=finer", "entities/index.html", "tags/index.html", "404.html" })
            {
                data.Add(page, scheme);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task A_page_has_no_WCAG_21_A_or_AA_violations(string page, string scheme)
    {
        if (!BrowserTools.Available(output, BrowserTools.ChromiumMissing(), BrowserTools.NodeModulesMissing()))
        {
            return;
        }

        // Given a page of the seed site opened from disk in the reader's colour scheme
        var (tab, _) = await site.OpenAsync(new() { ColorScheme = scheme == "dark" ? ColorScheme.Dark : ColorScheme.Light });
        await tab.GotoAsync(site.FileRoot + Resolve(page));
        await tab.WaitForLoadStateAsync(LoadState.NetworkIdle);

        // When axe-core checks it against the WCAG 2.1 A and AA rules
        await tab.AddScriptTagAsync(new() { Path = BrowserTools.AxeScript });
        var result = await tab.EvaluateAsync<JsonElement>(
            "() => axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } })"
            + ".then(r => r.violations.map(v => v.id + ': ' + v.help + ' (' + v.nodes.length + ') ' + v.nodes.slice(0, 3).map(n => n.target.join(' ') + ' ' + (n.failureSummary || '').replace(/\\s+/g, ' ')).join(' | ')))");

        // Then it finds nothing
        var violations = result.EnumerateArray().Select(v => v.GetString()).ToList();
        Assert.True(violations.Count == 0, $"{page} ({scheme}):\n" + string.Join("\n", violations));
        await tab.CloseAsync();
    }

    private string Resolve(string page) => page switch
    {
        "briefing" => "briefings/" + Path.GetFileName(Directory.GetFiles(Path.Combine(site.Seeds.Output, "briefings"), "*.html").Order(StringComparer.Ordinal).First()),
        "entity" => "entities/" + Path.GetFileName(Directory.GetFiles(Path.Combine(site.Seeds.Output, "entities"), "*finer*.html").First()),
        _ => page,
    };
}
