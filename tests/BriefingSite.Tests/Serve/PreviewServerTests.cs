using System.Net;
using BriefingSite.Cli.Serve;

namespace BriefingSite.Tests.Serve;

public sealed partial class PreviewServerTests
{
    [Fact]
    public async Task Serves_the_built_home_page_with_the_reload_script_that_the_file_on_disk_lacks()
    {
        // Given a preview server started on the seed articles
        await using var site = await ServedSite.StartAsync();

        // When the site root is requested
        using var response = await site.Client.GetAsync(site.Url(""));
        var html = await response.Content.ReadAsStringAsync();

        // Then the built index.html answers, as HTML, with the reload script before </body>
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains($"<script src=\"{ReloadScript.ScriptPath}\"", html, StringComparison.Ordinal);
        Assert.True(html.IndexOf(ReloadScript.ScriptPath, StringComparison.Ordinal) < html.LastIndexOf("</body>", StringComparison.Ordinal));
        // And the file on disk is what the build wrote, without the script
        var onDisk = await File.ReadAllTextAsync(Path.Combine(site.Output, "index.html"));
        Assert.DoesNotContain("__briefing", onDisk, StringComparison.Ordinal);
        Assert.Equal(onDisk, html.Replace(ReloadScript.Inject("", site.Server.ReloadsFor("index.html"), "index.html"), "", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Serves_stylesheets_with_their_content_type_and_the_reload_script_itself()
    {
        await using var site = await ServedSite.StartAsync();

        using var css = await site.Client.GetAsync(site.Url("assets/style.css"));
        using var script = await site.Client.GetAsync(site.Url(ReloadScript.ScriptPath.TrimStart('/')));

        Assert.Equal("text/css", css.Content.Headers.ContentType!.MediaType);
        Assert.Equal(await File.ReadAllTextAsync(Path.Combine(site.Output, "assets", "style.css")), await css.Content.ReadAsStringAsync());
        Assert.Equal("text/javascript", script.Content.Headers.ContentType!.MediaType);
        Assert.Contains("location.reload()", await script.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_asset_the_browser_already_holds_is_answered_not_modified()
    {
        await using var site = await ServedSite.StartAsync();
        using var first = await site.Client.GetAsync(site.Url("assets/style.css"));

        using var again = new HttpRequestMessage(HttpMethod.Get, site.Url("assets/style.css"));
        again.Headers.IfNoneMatch.Add(first.Headers.ETag!);
        using var response = await site.Client.SendAsync(again);

        Assert.Equal(HttpStatusCode.NotModified, response.StatusCode);
    }

    [Fact]
    public async Task A_missing_page_gets_status_404_and_the_site_404_page()
    {
        await using var site = await ServedSite.StartAsync();

        using var response = await site.Client.GetAsync(site.Url("briefings/no-such-briefing.html"));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Page not found", html, StringComparison.Ordinal);
        Assert.Contains(ReloadScript.ScriptPath, html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Editing_a_briefing_title_rebuilds_the_page_and_sends_a_reload_event()
    {
        // Given a served site and a page listening to the reload events
        await using var site = await ServedSite.StartAsync();
        using var reader = await ListenAsync(site);
        var first = await NextBuildAsync(reader);

        // When a person saves a new title into a briefing's front matter
        site.SetTitle("strategic-standoff", "A Standoff Retitled By Hand");

        // Then a reload event with a new build number arrives, and the served page shows the new title
        using var waited = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var next = await NextBuildAsync(reader).WaitAsync(waited.Token);
        Assert.NotEqual(first, next);
        var page = await site.Client.GetStringAsync(site.Url("briefings/strategic-standoff.html"));
        Assert.Contains("A Standoff Retitled By Hand", page, StringComparison.Ordinal);
        // (the reload comes as soon as the pages are written; the build's line once it is done)
        Assert.True(await ServedSite.EventuallyAsync(() => RebuiltAfter().IsMatch(site.Log.ToString())), site.Log.ToString());
    }

    [Fact]
    public async Task After_a_title_edit_pages_reload_once_and_the_search_page_again_for_the_new_index()
    {
        // Given a served site and a page listening to the reload events
        await using var site = await ServedSite.StartAsync();
        using var reader = await ListenAsync(site);
        var (build, search) = Numbers(await NextBuildAsync(reader));

        // When a person saves a new title into a briefing's front matter
        site.SetTitle("strategic-standoff", "A Standoff Retitled By Hand");

        // Then the next event moves the build number on by one, and the page it reloads already shows the new title
        using var waited = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var first = Numbers(await NextBuildAsync(reader).WaitAsync(waited.Token));
        Assert.Equal(build + 1, first.Build);
        Assert.Contains("A Standoff Retitled By Hand", await site.Client.GetStringAsync(site.Url("briefings/strategic-standoff.html")), StringComparison.Ordinal);

        // And the search number moves on too (in that event or the next), with no second reload of every page
        var last = first.Search == search ? Numbers(await NextBuildAsync(reader).WaitAsync(waited.Token)) : first;
        Assert.Equal((build + 1, search + 1), last);
        Assert.Contains("A Standoff Retitled By Hand", await site.Client.GetStringAsync(site.Url("search-index.js")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_edited_briefing_page_is_told_by_name_before_the_build_number_moves()
    {
        // Given a served site and a page listening to the reload events
        await using var site = await ServedSite.StartAsync();
        using var reader = await ListenAsync(site);
        var (build, search) = Numbers(await NextBuildAsync(reader));

        // When a person saves a new title into a briefing's front matter
        // Then, before the build number moves, events name the pages written, that briefing's among them, with the
        // number they are written for. A listener the scheduler leaves waiting through the whole rebuild hears only the
        // new build number (every open page reloads then anyway), so a loaded machine may take a second save.
        using var waited = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var (named, title) = (false, "");
        for (var save = 1; save <= 3 && !named; save++)
        {
            title = $"A Standoff Retitled By Hand {save}";
            site.SetTitle("strategic-standoff", title);
            var told = new List<string>();
            (int Build, int Search) now;
            while (true)
            {
                var data = await NextEventAsync(reader).WaitAsync(waited.Token);
                if (data.Split(' ').Length > 2)
                {
                    told.Add(data);
                }
                else if ((now = Numbers(data)).Build > build)
                {
                    break;
                }
                else
                {
                    search = now.Search; // the build before moved the search number after its pages
                }
            }

            named = told.Contains(FormattableString.Invariant($"{build + 1} {search} briefings/strategic-standoff.html"));
            Assert.Equal(build + 1, now.Build);
            (build, search) = now;
        }

        Assert.True(named, "no save had the edited page named before the build number moved");

        // And a page is served with its own path, which those events name
        var page = await site.Client.GetStringAsync(site.Url("briefings/strategic-standoff.html"));
        Assert.Contains(title, page, StringComparison.Ordinal);
        Assert.Contains(" data-page=\"briefings/strategic-standoff.html\"", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_new_article_builds_once_although_the_build_rewrites_briefings_in_the_watched_content_folder()
    {
        // Given a served site
        await using var site = await ServedSite.StartAsync();
        Assert.Equal(1, site.Server.Builds);

        // When a new article arrives whole (moved in), whose build writes a new briefing (and updates others) in the content folder
        var seed = Directory.GetFiles(Path.Combine(site.Root, "seeds")).Order(StringComparer.Ordinal).First();
        var arriving = Path.Combine(site.Root, "zz-another-article.txt");
        File.WriteAllText(arriving, File.ReadAllText(seed) + "\n\nA paragraph of its own makes this copy another article.\n");
        File.Move(arriving, Path.Combine(site.Root, "seeds", "zz-another-article.txt"));
        Assert.True(await ServedSite.EventuallyAsync(() => site.Server.Builds >= 2), "no rebuild after a new article");
        var briefings = Directory.GetFiles(site.Input, "*.md").Length;

        // Then, a good while later, the build's own writes have started no build of their own
        await Task.Delay(TimeSpan.FromSeconds(2));
        Assert.True(site.Server.Builds == 2, $"{site.Server.Builds} builds:\n{site.Log}");
        Assert.Equal(6, briefings);
    }

    [Fact]
    public async Task A_save_that_changes_nothing_and_the_tool_state_files_start_no_build()
    {
        await using var site = await ServedSite.StartAsync();
        var file = Path.Combine(site.Input, "strategic-standoff.md");
        site.SetTitle("strategic-standoff", "Retitled Once");
        Assert.True(await ServedSite.EventuallyAsync(() => site.Server.Builds >= 2), "no rebuild after a title edit");

        // When the same bytes are saved again and the state file is touched
        await File.WriteAllTextAsync(file, await File.ReadAllTextAsync(file));
        File.SetLastWriteTimeUtc(Path.Combine(site.Input, ".briefing-state.json"), DateTime.UtcNow);
        await Task.Delay(TimeSpan.FromSeconds(2));

        // Then no build ran for them
        Assert.True(site.Server.Builds == 2, $"{site.Server.Builds} builds:\n{site.Log}");
    }

    [Fact]
    public async Task Site_pages_deleted_or_changed_by_hand_while_serving_are_made_again_by_the_next_rebuild()
    {
        // Given a served site, built twice (the second build takes the site's stamps from the watcher), and two pages
        // that do not show the briefing to be edited
        await using var site = await ServedSite.StartAsync();
        site.SetTitle("strategic-standoff", "Retitled Once");
        Assert.True(await ServedSite.EventuallyAsync(() => site.Server.Builds >= 2), "no rebuild after a title edit");
        var entity = Path.Combine(site.Output, "entities", "al-qaeda.html");
        var tag = Path.Combine(site.Output, "tags", "attacks.html");
        var (entityPage, tagPage) = (await File.ReadAllTextAsync(entity), await File.ReadAllTextAsync(tag));
        Assert.DoesNotContain("strategic-standoff", entityPage + tagPage, StringComparison.Ordinal);

        // When one is deleted and the other changed by hand, then a briefing is edited
        File.Delete(entity);
        await File.WriteAllTextAsync(tag, "changed by hand");
        site.SetTitle("strategic-standoff", "Retitled Twice");
        Assert.True(await ServedSite.EventuallyAsync(() => site.Server.Builds >= 3), "no rebuild after the second edit:\n" + site.Log);

        // Then the rebuild made both again
        Assert.True(File.Exists(entity), "the deleted page was not made again:\n" + site.Log);
        Assert.Equal(entityPage, await File.ReadAllTextAsync(entity));
        Assert.Equal(tagPage, await File.ReadAllTextAsync(tag));
    }

    [Fact]
    public async Task A_broken_briefing_is_reported_as_file_line_column_and_the_server_keeps_serving()
    {
        await using var site = await ServedSite.StartAsync();

        await File.WriteAllTextAsync(Path.Combine(site.Input, "broken.md"), "---\ntitle: [unclosed\n---\nBody\n");
        Assert.True(await ServedSite.EventuallyAsync(() => site.Log.ToString().Contains("error: input/broken.md:", StringComparison.Ordinal)),
            "no problem line for the broken briefing:\n" + site.Log);

        using var response = await site.Client.GetAsync(site.Url("index.html"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        // And a build that skipped the broken file left the site as it was, so no page is told to reload
        Assert.Contains("1 problem in", site.Log.ToString(), StringComparison.Ordinal);
        Assert.Contains("; site unchanged", site.Log.ToString(), StringComparison.Ordinal);
    }

    // The line of a rebuild that the edit started (other files may be named with it).
    [System.Text.RegularExpressions.GeneratedRegex(@"^rebuilt after .*input/strategic-standoff\.md.* changed", System.Text.RegularExpressions.RegexOptions.Multiline)]
    private static partial System.Text.RegularExpressions.Regex RebuiltAfter();

    private static (int Build, int Search) Numbers(string state) =>
        state.Split(' ') is [var build, var search] ? (int.Parse(build, System.Globalization.CultureInfo.InvariantCulture), int.Parse(search, System.Globalization.CultureInfo.InvariantCulture)) : throw new FormatException(state);

    /// <summary>Opens the reload events of the served site, as the script in a page does.</summary>
    private static async Task<StreamReader> ListenAsync(ServedSite site) =>
        new(await site.Client.GetStreamAsync(site.Url(ReloadScript.EventsPath.TrimStart('/'))));

    /// <summary>Reads server-sent events up to the next that carries reload numbers only ("build search"), past those naming a page.</summary>
    private static async Task<string> NextBuildAsync(StreamReader reader)
    {
        string data;
        while ((data = await NextEventAsync(reader)).Split(' ').Length > 2)
        {
        }

        return data;
    }

    /// <summary>Reads server-sent events up to the next "data:" line, and returns what it carries.</summary>
    private static async Task<string> NextEventAsync(StreamReader reader)
    {
        while (await reader.ReadLineAsync() is { } line)
        {
            if (line.StartsWith("data: ", StringComparison.Ordinal))
            {
                return line["data: ".Length..];
            }
        }

        throw new InvalidOperationException("the event stream ended");
    }
}
