using BriefingSite.Render;

namespace BriefingSite.Tests.Render;

public class PageTemplatesTests
{
    [Fact]
    public void Escapes_values_in_an_indented_standalone_partial()
    {
        // Given a theme whose page calls a partial on its own indented line (Handlebars.Net would skip escaping there)
        var folder = Directory.CreateTempSubdirectory("briefing-theme-");
        try
        {
            Directory.CreateDirectory(Path.Combine(folder.FullName, "partials"));
            File.WriteAllText(Path.Combine(folder.FullName, "partials", "shout.hbs"), "<b>{{word}}</b>");
            File.WriteAllText(Path.Combine(folder.FullName, "tag.hbs"), "<div>\n    {{> shout}}\n\t{{> shout}}\n</div>");
            var templates = new PageTemplates(Theme.Load(folder.FullName));

            // When a hostile value goes through it
            var html = templates.Render("tag", new Dictionary<string, object?> { ["word"] = "<script>x</script>", ["root"] = "" });

            // Then it is escaped both times
            Assert.Equal(2, html.Split("<b>&lt;script&gt;x&lt;/script&gt;</b>").Length - 1);
            Assert.DoesNotContain("<script>x", html, StringComparison.Ordinal);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void A_theme_compiled_again_after_a_change_renders_the_change_and_back()
    {
        var folder = Directory.CreateTempSubdirectory("briefing-theme-");
        try
        {
            string RenderWith(string page)
            {
                File.WriteAllText(Path.Combine(folder.FullName, "tag.hbs"), page);
                return PageTemplates.For(Theme.Load(folder.FullName)).Render("tag", new Dictionary<string, object?> { ["root"] = "" });
            }

            Assert.Contains("<p>first</p>", RenderWith("<p>first</p>"), StringComparison.Ordinal);
            Assert.Contains("<p>second</p>", RenderWith("<p>second</p>"), StringComparison.Ordinal);
            Assert.Contains("<p>first</p>", RenderWith("<p>first</p>"), StringComparison.Ordinal);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void Wraps_every_page_in_the_layout()
    {
        var templates = new PageTemplates(Theme.Load(null));

        var html = templates.Render("404", new Dictionary<string, object?> { ["root"] = "", ["page_title"] = "Lost" });

        Assert.StartsWith("<!DOCTYPE html>", html, StringComparison.Ordinal);
        Assert.Contains("<title>Lost · ", html, StringComparison.Ordinal);
        Assert.Contains("<h1>Page not found</h1>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Plural_helper_counts_in_words()
    {
        var templates = new PageTemplates(Theme.Load(null));
        var data = new Dictionary<string, object?> { ["root"] = "", ["entity_count"] = 1, ["groups"] = new List<object?>() };

        var html = templates.Render("entities", data);

        Assert.Contains("1 entity named", html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_layout_that_names_its_content_more_than_once_gets_it_each_time()
    {
        // Given a theme whose layout shows the content twice and tests it once
        var folder = Directory.CreateTempSubdirectory("briefing-theme-");
        try
        {
            File.WriteAllText(Path.Combine(folder.FullName, "layout.hbs"), "[{{{content}}}]{{#if content}}({{{content}}}){{/if}}");
            File.WriteAllText(Path.Combine(folder.FullName, "tag.hbs"), "<b>{{word}}</b>");
            var templates = new PageTemplates(Theme.Load(folder.FullName));

            // When a page is rendered
            var html = templates.Render("tag", new Dictionary<string, object?> { ["word"] = "x" });

            // Then both places hold the page
            Assert.Equal("[<b>x</b>](<b>x</b>)", html);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void A_page_is_the_same_bytes_whether_it_is_written_into_its_layout_or_passed_to_it_as_text()
    {
        // Given the default theme, and the same theme with a layout that names its content in a comment too,
        // which makes the templates pass each page's HTML to the layout as text
        var folder = Directory.CreateTempSubdirectory("briefing-theme-");
        try
        {
            var theme = Theme.Load(null);
            File.WriteAllText(Path.Combine(folder.FullName, "layout.hbs"), theme.Text("layout.hbs") + "{{!-- content --}}");
            var site = SampleSite.Build(baseUrl: "https://example.org/");

            // When the site is rendered with each
            var spliced = new SiteRenderer(theme).Render(site);
            var passed = new SiteRenderer(Theme.Load(folder.FullName)).Render(site);

            // Then the default theme's pages were written in place, and every file holds the same bytes
            Assert.True(new PageTemplates(theme).WritesPagesInPlace);
            Assert.False(new PageTemplates(Theme.Load(folder.FullName)).WritesPagesInPlace);
            Assert.Equal(passed.Select(f => f.Path), spliced.Select(f => f.Path));
            Assert.All(passed.Zip(spliced), pair => Assert.True(pair.First.Content.Span.SequenceEqual(pair.Second.Content.Span), pair.First.Path));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
