using System.Text;
using System.Text.Json;
using BriefingSite.Link;
using BriefingSite.Model;
using BriefingSite.Render;

namespace BriefingSite.Tests.Render;

public class NewsArticleDataTests
{
    [Fact]
    public void Describes_a_briefing_as_a_NewsArticle_with_its_url_authors_date_and_source()
    {
        // Given a briefing on a site published at a base URL
        var settings = new SiteSettings { Title = "Desk", BaseUrl = "https://example.github.io/briefs/" };

        // When its JSON-LD is written
        var text = NewsArticleData.Of(SampleSite.Standoff, settings, "https://example.github.io/briefs/briefings/strategic-standoff.html");

        // Then it is a NewsArticle naming the page, the article it was made from, its author and its people
        var data = JsonDocument.Parse(text).RootElement;
        Assert.Equal("NewsArticle", data.GetProperty("@type").GetString());
        Assert.Equal("Strategic Standoff", data.GetProperty("headline").GetString());
        Assert.Equal("2025-01-01", data.GetProperty("datePublished").GetString());
        Assert.Equal("https://example.github.io/briefs/briefings/strategic-standoff.html", data.GetProperty("url").GetString());
        Assert.Equal("https://example.org/standoff", data.GetProperty("isBasedOn").GetString());
        Assert.Equal("Noor ul Ain Ali", data.GetProperty("author")[0].GetProperty("name").GetString());
        Assert.Contains(data.GetProperty("about").EnumerateArray(), e => e.GetProperty("@type").GetString() == "Person" && e.GetProperty("name").GetString() == "Jonathan Finer");
        Assert.Equal("Desk", data.GetProperty("publisher").GetProperty("name").GetString());
    }

    [Fact]
    public void Leaves_out_the_url_when_the_site_has_no_base_url()
    {
        // Given a site read from disk, without a base URL
        var settings = new SiteSettings();

        // When its JSON-LD is written
        var data = JsonDocument.Parse(NewsArticleData.Of(SampleSite.Standoff, settings, null)).RootElement;

        // Then no relative address pretends to be a URL
        Assert.False(data.TryGetProperty("url", out _));
        Assert.False(data.TryGetProperty("mainEntityOfPage", out _));
    }

    [Fact]
    public void A_page_of_a_site_without_a_base_url_gives_no_url_in_its_json_ld()
    {
        // Given a site with no base URL
        var site = CrossLinker.Link([SampleSite.Standoff], [], new SiteSettings());

        // When it is rendered
        var files = new SiteRenderer(Theme.Load(null)).Render(site);

        // Then the briefing page's JSON-LD, on one line, names no address
        var page = Encoding.UTF8.GetString(files.Single(f => f.Path == $"briefings/{SampleSite.Standoff.Slug}.html").Content.Span);
        var json = page[(page.IndexOf("application/ld+json\">", StringComparison.Ordinal) + 21)..page.IndexOf("</script>", StringComparison.Ordinal)];
        Assert.DoesNotContain('\n', json);
        var data = JsonDocument.Parse(json).RootElement;
        Assert.Equal("NewsArticle", data.GetProperty("@type").GetString());
        Assert.False(data.TryGetProperty("url", out _));
    }
}
