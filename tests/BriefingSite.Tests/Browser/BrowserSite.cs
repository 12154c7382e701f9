using BriefingSite.Tests.EndToEnd;
using Microsoft.Playwright;

namespace BriefingSite.Tests.Browser;

/// <summary>The seed site built once, served under a sub-path, and a chromium to look at it with; shared by the browser tests.</summary>
public sealed class BrowserSite : IAsyncLifetime
{
    private IPlaywright? playwright;

    public SeedSite Seeds { get; } = new();

    public StaticServer? Server { get; private set; }

    /// <summary>Null when chromium is not installed.</summary>
    public IBrowser? Browser { get; private set; }

    public string FileRoot => new Uri(Seeds.Output + "/").AbsoluteUri;

    /// <summary>The site root as a browser reaches it: from disk ("file") or from the local server under /repo/ ("served").</summary>
    public string Root(string where) => where == "served" ? Server!.Root : FileRoot;

    public async Task InitializeAsync()
    {
        Server = new StaticServer(Seeds.Output, "repo");
        if (BrowserTools.ChromiumMissing() is null)
        {
            playwright = await Playwright.CreateAsync();
            Browser = await playwright.Chromium.LaunchAsync(new()
            {
                ExecutablePath = BrowserTools.Chromium,
                Args = BrowserTools.ChromiumArgs,
                Headless = true,
            });
        }
    }

    /// <summary>A fresh page that records every URL it requests.</summary>
    public async Task<(IPage Page, List<string> Requests)> OpenAsync(BrowserNewPageOptions? options = null)
    {
        var page = await Browser!.NewPageAsync(options);
        page.SetDefaultTimeout(30_000);

        // Assertions that poll (Expect) wait as long as the page's own waits.
        Assertions.SetDefaultExpectTimeout(30_000);
        var requests = new List<string>();
        page.Request += (_, request) =>
        {
            lock (requests)
            {
                requests.Add(request.Url);
            }
        };
        return (page, requests);
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        playwright?.Dispose();
        Server?.Dispose();
        Seeds.Dispose();
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserTestGroup : ICollectionFixture<BrowserSite>
{
    public const string Name = "browser";
}
