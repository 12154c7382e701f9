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
}
