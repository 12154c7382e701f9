using AngleSharp.Html.Parser;

namespace BriefingSite.Tests.Robustness;

/// <summary>Hostile text in an article or a hand-edited field never becomes live HTML in the site.</summary>
public sealed class OutputSafetyTests : IDisposable
{
    private const string Hostile = "<script>alert(1)</script></title><img src=x onerror=alert(2)><a href=\"javascript:alert(3)\">x</a>";

    private readonly TempProject project = new();

    public void Dispose() => project.Dispose();

    [Fact]
    public void Hostile_article_text_is_shown_as_text_on_every_page()
    {
        project.Write("seeds/evil.txt", $"Evil {Hostile}\n\nDr. Evil wrote {Hostile} in a letter on Monday. \"{Hostile}\", said Dr. Evil.\n");

        var report = BriefingPipeline.Build(project.Options);

        Assert.Empty(report.Problems);
        AssertNothingLive();
        Assert.Contains("&lt;script&gt;alert(1)", File.ReadAllText(Directory.GetFiles(Path.Combine(project.Output, "briefings"), "*.html").Single()), StringComparison.Ordinal);
    }

    [Fact]
    public void Hostile_hand_edited_fields_and_body_are_shown_as_text_on_every_page()
    {
        var quoted = Hostile.Replace("\"", "\\\"", StringComparison.Ordinal);
        project.Write("input/evil.md", $"""
            ---
            title: "{quoted}"
            slug: evil
            summary: "{quoted}"
            key_points: ["{quoted}"]
            tags: ["{quoted}"]
            entities:
              - name: "{quoted}"
                type: person
            quotes:
              - speaker: "{quoted}"
                text: "{quoted}"
            sources: ["{quoted}", "javascript:alert(4)"]
            note: "{quoted}"
            ---

            {Hostile}

            [click](javascript:alert(5)) and <iframe src="javascript:alert(6)"></iframe> and <svg onload=alert(7)>

            """);

        var report = BriefingPipeline.Render(project.Options);

        Assert.Empty(report.Problems);
        AssertNothingLive();
    }

    private void AssertNothingLive()
    {
        var parser = new HtmlParser();
        var pages = Directory.GetFiles(project.Output, "*.html", SearchOption.AllDirectories);
        Assert.NotEmpty(pages);
        foreach (var page in pages)
        {
            var document = parser.ParseDocument(File.ReadAllText(page));
            var where = Path.GetRelativePath(project.Output, page);
            // Data blocks (JSON-LD) may quote hostile text, but only as data that cannot close its script element.
            Assert.All(document.Scripts, s => Assert.False(string.IsNullOrEmpty(s.Source) && s.Type != "application/ld+json" && s.Text.Contains("alert", StringComparison.Ordinal), where + ": inline script"));
            Assert.All(document.Scripts.Where(s => s.Type == "application/ld+json"), s => System.Text.Json.JsonDocument.Parse(s.Text).Dispose());
            Assert.Empty(document.QuerySelectorAll("iframe, svg:not(.entity-graph), object, embed, svg.entity-graph script, svg.entity-graph foreignObject").Select(e => $"{where}: <{e.LocalName}>"));
            var attributes = document.All.SelectMany(e => e.Attributes.Select(a => (Element: e.LocalName, a.Name, a.Value))).ToList();
            Assert.Empty(attributes.Where(a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase)).Select(a => $"{where}: {a}"));
            Assert.Empty(attributes.Where(a => a.Value.TrimStart().StartsWith("javascript:", StringComparison.OrdinalIgnoreCase)).Select(a => $"{where}: {a}"));
            // A </title> in the text must not end the title early: the whole hostile text stays inside it, as text.
            var title = Assert.Single(document.Head!.QuerySelectorAll("title"));
            Assert.Equal(0, title.ChildElementCount);
            // Only the entity graphs' SVG may hold a <title>, and only as text.
            Assert.All(document.Body!.QuerySelectorAll("title"), t => Assert.True(t.Closest("svg.entity-graph") is not null && t.ChildElementCount == 0, where + ": <title> in body"));
        }
    }
}
