using Microsoft.Playwright;
using Xunit.Abstractions;

namespace BriefingSite.Tests.Browser;

/// <summary>The theme at phone and desktop width, in dark colours and in print; BRIEFING_SCREENSHOTS=DIR keeps the pictures to look at.</summary>
[Collection(BrowserTestGroup.Name)]
public class ThemeLayoutTests(BrowserSite site, ITestOutputHelper output)
{
    public static TheoryData<string, int> Pages() => new()
    {
        { "index.html", 390 }, { "briefing", 390 }, { "entity", 390 }, { "timeline.html", 390 }, { "search.html?q=pakistan", 390 },
        { "index.html", 1280 }, { "briefing", 1280 }, { "entity", 1280 }, { "timeline.html", 1280 },
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task A_page_fits_its_screen_without_sideways_scrolling(string page, int width)
    {
        if (!BrowserTools.Available(output, BrowserTools.ChromiumMissing()))
        {
            return;
        }

        // Given a page opened at phone or desktop width
        var (tab, _) = await site.OpenAsync(new() { ViewportSize = new() { Width = width, Height = 900 } });
        await tab.GotoAsync(site.FileRoot + Resolve(page));

        // When it is laid out
        var scrollWidth = await tab.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
        await Keep(tab, $"{Name(page)}-{width}.png");

        // Then nothing sticks out sideways
        Assert.True(scrollWidth <= width, $"{page} at {width}px is {scrollWidth}px wide");
        await tab.CloseAsync();
    }

    [Fact]
    public async Task Dark_mode_follows_the_system_with_light_text_on_a_dark_page()
    {
        if (!BrowserTools.Available(output, BrowserTools.ChromiumMissing()))
        {
            return;
        }

        // Given a briefing opened by a reader whose system asks for dark colours
        var (tab, _) = await site.OpenAsync(new() { ColorScheme = ColorScheme.Dark, ViewportSize = new() { Width = 1280, Height = 900 } });
        await tab.GotoAsync(site.FileRoot + Resolve("briefing"));

        // When its colours are read
        var background = await Luminance(tab, "body", "backgroundColor");
        var text = await Luminance(tab, "body", "color");
        await Keep(tab, "briefing-1280-dark.png");

        // Then the page is dark and its text light
        Assert.True(background < 0.1 && text > 0.6, $"background {background:0.00}, text {text:0.00}");
        await tab.CloseAsync();
    }

    [Fact]
    public async Task A_briefing_prints_without_navigation_or_search_on_A4()
    {
        if (!BrowserTools.Available(output, BrowserTools.ChromiumMissing()))
        {
            return;
        }

        // Given a briefing in print media
        var (tab, _) = await site.OpenAsync();
        await tab.GotoAsync(site.FileRoot + Resolve("briefing"));
        await tab.EmulateMediaAsync(new() { Media = Media.Print });

        // When it is printed to A4
        var pdf = await tab.PdfAsync(new() { Format = "A4", PrintBackground = false });
        if (Environment.GetEnvironmentVariable("BRIEFING_SCREENSHOTS") is string folder)
        {
            await File.WriteAllBytesAsync(Path.Combine(folder, "briefing-print.pdf"), pdf);
            await tab.ScreenshotAsync(new() { Path = Path.Combine(folder, "briefing-print.png"), FullPage = true });
        }

        // Then the site's chrome is left out, the key facts and body are in, black on white
        Assert.StartsWith("%PDF", System.Text.Encoding.ASCII.GetString(pdf, 0, 4), StringComparison.Ordinal);
        Assert.Equal("none", await tab.EvalOnSelectorAsync<string>(".site-header", "e => getComputedStyle(e).display"));
        Assert.Equal("none", await tab.EvalOnSelectorAsync<string>(".site-footer", "e => getComputedStyle(e).display"));
        Assert.NotEqual("none", await tab.EvalOnSelectorAsync<string>(".key-facts", "e => getComputedStyle(e).display"));
        Assert.True(await Luminance(tab, "body", "color") < 0.1);
        await tab.CloseAsync();
    }

    private static async Task<double> Luminance(IPage tab, string selector, string property)
    {
        var rgb = await tab.EvalOnSelectorAsync<double[]>(selector, $"e => getComputedStyle(e).{property}.match(/[\\d.]+/g).slice(0, 3).map(Number)");
        return (0.2126 * rgb[0] + 0.7152 * rgb[1] + 0.0722 * rgb[2]) / 255;
    }

    private static async Task Keep(IPage tab, string name)
    {
        if (Environment.GetEnvironmentVariable("BRIEFING_SCREENSHOTS") is string folder)
        {
            Directory.CreateDirectory(folder);
            await tab.ScreenshotAsync(new() { Path = Path.Combine(folder, name), FullPage = true });
            await tab.ScreenshotAsync(new() { Path = Path.Combine(folder, "top-" + name) });
        }
    }

    private static string Name(string page) => page.Split('.')[0].Replace('/', '-');

    private string Resolve(string page) => page switch
    {
        "briefing" => "briefings/" + Path.GetFileName(Directory.GetFiles(Path.Combine(site.Seeds.Output, "briefings"), "*.html").Order(StringComparer.Ordinal).Last()),
        "entity" => "entities/" + Path.GetFileName(Directory.GetFiles(Path.Combine(site.Seeds.Output, "entities"), "*finer*.html").First()),
        _ => page,
    };
}
