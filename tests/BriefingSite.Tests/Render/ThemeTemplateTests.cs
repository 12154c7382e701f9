using BriefingSite.Publish;
using BriefingSite.Render;
using BriefingSite.Tests.EndToEnd;

namespace BriefingSite.Tests.Render;

/// <summary>PageTemplates renders with this library's own renderer where the theme allows it, and as Handlebars.Net would.</summary>
public sealed class ThemeTemplateTests(SeedSite seeds) : IClassFixture<SeedSite>, IDisposable
{
    // Each test's theme folder, or its project root.
    private readonly string folder = Directory.CreateTempSubdirectory("briefing-theme-").FullName;

    // An unused partial beyond the renderer's subset: the theme is then left to Handlebars.Net, whatever else it holds.
    private const string HandlebarsOnlyPartial = "{{#with site}}{{title}}{{/with}}";

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void The_default_theme_is_rendered_without_handlebars_net()
    {
        Assert.True(new PageTemplates(Theme.Load(null)).UsesOwnRenderer);
    }

    [Theory]
    [InlineData("{{#with site}}<h1>{{title}}</h1>{{/with}}")]
    [InlineData("{{#if site}}<h1>{{site.title}}</h1>{{else if root}}x{{/if}}")]
    [InlineData("<h1>{{lookup site \"title\"}}</h1>")]
    [InlineData("  {{~#if site}}<h1>{{site.title}}</h1>{{/if}}")]
    [InlineData("{{^if root}}<h1>{{site.title}}</h1>{{/if}}")]
    [InlineData("{{#each site}}<h1>{{.}}</h1>{{/each}}")]
    public void A_theme_beyond_the_renderer_is_rendered_by_handlebars_net(string tagPage)
    {
        // Given the default theme with a page that uses Handlebars the renderer leaves alone
        File.WriteAllText(Path.Combine(folder, "tag.hbs"), tagPage);

        // When a page is rendered with it
        var templates = new PageTemplates(Theme.Load(folder));
        var html = templates.Render("tag", new Dictionary<string, object?> { ["root"] = "", ["site"] = new Dictionary<string, object?> { ["title"] = "A & B" } });

        // Then Handlebars.Net rendered it
        Assert.False(templates.UsesOwnRenderer);
        Assert.Contains("<h1>A &amp; B</h1>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_page_whose_data_the_renderer_cannot_show_is_rendered_by_handlebars_net()
    {
        // Given the default theme, and an entity page whose extra data writes out a date and a list
        File.WriteAllText(Path.Combine(folder, "tag.hbs"), "<p>{{when}} {{aliases}} {{name}}</p>");
        var data = new Dictionary<string, object?> { ["root"] = "", ["when"] = new DateTime(2024, 1, 2), ["aliases"] = new List<string> { "a", "<b>" }, ["name"] = "é" };

        // When the page is rendered by the renderer, and by Handlebars.Net alone
        var ours = new PageTemplates(Theme.Load(folder));
        var reference = new PageTemplates(Theme.Load(folder), handlebarsOnly: true);

        // Then the page is the same
        Assert.True(ours.UsesOwnRenderer);
        Assert.Equal(reference.Render("tag", data), ours.Render("tag", data));
        Assert.Contains("<p>2024-01-02T00:00:00.0000000 a,&lt;b&gt; é</p>", ours.Render("tag", data), StringComparison.Ordinal);
    }

    [Fact]
    public void Every_page_of_the_sample_site_is_the_same_from_either_engine()
    {
        // Given the sample site, and the default theme with an unused partial only Handlebars.Net renders
        Directory.CreateDirectory(Path.Combine(folder, "partials"));
        File.WriteAllText(Path.Combine(folder, "partials", "handlebars-only.hbs"), HandlebarsOnlyPartial);
        var site = SampleSite.Build(baseUrl: "https://example.org/");

        // When the site is rendered with each
        var ours = new SiteRenderer(Theme.Load(null)).Render(site);
        var reference = new SiteRenderer(Theme.Load(folder)).Render(site);

        // Then every file holds the same bytes
        Assert.False(new PageTemplates(Theme.Load(folder)).UsesOwnRenderer);
        Assert.Equal(reference.Select(f => f.Path), ours.Select(f => f.Path));
        Assert.All(reference.Zip(ours), pair => Assert.True(pair.First.Content.Span.SequenceEqual(pair.Second.Content.Span), pair.First.Path));
    }

    [Fact]
    public void Every_page_built_from_the_seed_articles_is_the_same_from_either_engine()
    {
        // Given the seed articles built with the default theme (by the renderer), and built again with an unused
        // partial only Handlebars.Net renders
        SeedSite.CopyFolder(Path.Combine(RepositoryRoot.Path, "seeds"), Path.Combine(folder, "seeds"));
        Directory.CreateDirectory(Path.Combine(folder, "theme", "partials"));
        File.WriteAllText(Path.Combine(folder, "theme", "partials", "handlebars-only.hbs"), HandlebarsOnlyPartial);

        // When the second build is done
        var report = BriefingPipeline.Build(new BuildOptions { Root = folder, Theme = "theme" });

        // Then it wrote the same files, byte for byte
        Assert.Empty(report.Problems);
        var reference = Files(Path.Combine(folder, "output"));
        var ours = Files(seeds.Output);
        Assert.Equal(reference.Keys, ours.Keys);
        Assert.True(reference.Count > 20);
        Assert.All(reference, file => Assert.True(file.Value.AsSpan().SequenceEqual(ours[file.Key]), file.Key));
    }

    private static SortedDictionary<string, byte[]> Files(string folder) =>
        new(Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).ToDictionary(p => Path.GetRelativePath(folder, p).Replace('\\', '/'), File.ReadAllBytes), StringComparer.Ordinal);
}
