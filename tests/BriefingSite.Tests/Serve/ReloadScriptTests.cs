using BriefingSite.Cli.Serve;

namespace BriefingSite.Tests.Serve;

public sealed class ReloadScriptTests
{
    [Fact]
    public void Puts_the_script_tag_with_the_reload_numbers_right_before_the_closing_body_tag()
    {
        var html = ReloadScript.Inject("<html><body><p>x</p></body></html>", (7, 2, null));

        Assert.Equal($"<html><body><p>x</p><script src=\"{ReloadScript.ScriptPath}\" data-build=\"7\" data-search=\"2\"></script></body></html>", html);
    }

    [Fact]
    public void Names_the_page_and_the_build_it_already_shows_when_written_early()
    {
        var html = ReloadScript.Inject("<body></body>", (7, 2, 8), "tags/r&d \"x\".html");

        Assert.Equal($"<body><script src=\"{ReloadScript.ScriptPath}\" data-build=\"7\" data-search=\"2\" data-early=\"8\" data-page=\"tags/r&amp;d &quot;x&quot;.html\"></script></body>", html);
    }

    [Fact]
    public void Uses_the_last_closing_body_tag_whatever_its_case()
    {
        var html = ReloadScript.Inject("<BODY><pre>&lt;/body&gt; </body> in text</pre></BODY>", (1, 0, null));

        Assert.EndsWith("in text</pre><script src=\"/__briefing/reload.js\" data-build=\"1\" data-search=\"0\"></script></BODY>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Appends_the_script_to_a_page_without_a_closing_body_tag()
    {
        var html = ReloadScript.Inject("<p>fragment", (0, 0, null));

        Assert.Equal("<p>fragment<script src=\"/__briefing/reload.js\" data-build=\"0\" data-search=\"0\"></script>", html);
    }

    [Fact]
    public void The_script_listens_to_the_reload_events_updates_its_own_page_and_reloads_for_another_build_or_on_the_search_page_another_index()
    {
        Assert.Contains($"new EventSource(\"{ReloadScript.EventsPath}\")", ReloadScript.Source, StringComparison.Ordinal);
        Assert.Contains($"script[src=\"{ReloadScript.ScriptPath}\"]", ReloadScript.Source, StringComparison.Ordinal);

        // (what it does is tested in chromium: PreviewServerBrowserTests)
        Assert.Contains("parts.slice(2).join(\" \") === shown.page && parts[0] !== shown.early) {", ReloadScript.Source, StringComparison.Ordinal);
        Assert.Contains("(parts[0] !== shown.build && parts[0] !== shown.early)", ReloadScript.Source, StringComparison.Ordinal);
        Assert.Contains("parts[1] !== shown.search && !!document.querySelector('script[src$=\"search-index.js\"]')", ReloadScript.Source, StringComparison.Ordinal);
    }
}
