using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;

namespace BriefingSite.Tests.EndToEnd;

/// <summary>The entities of the five sample articles: one page each, listing every briefing that names it.</summary>
public partial class SeedEntityTests(SeedSite site) : IClassFixture<SeedSite>
{
    [Theory]
    [InlineData("jonathan-finer", "Jonathan Finer", 3)]
    [InlineData("tehreek-i-taliban-pakistan", "TTP", 2)]
    [InlineData("china-pakistan-economic-corridor", "CPEC", 2)]
    [InlineData("imran-khan", "Imran Khan", 2)]
    [InlineData("international-monetary-fund", "IMF", 2)]
    [InlineData("taliban", "Taliban", 3)]
    public void One_entity_page_lists_every_briefing_that_names_the_entity(string id, string name, int briefings)
    {
        var pages = Directory.GetFiles(Path.Combine(site.Output, "entities"), "*.html").Where(p => !p.EndsWith("index.html", StringComparison.Ordinal));

        var named = pages.Where(p => Names(File.ReadAllText(p)).Contains(name)).Select(Path.GetFileNameWithoutExtension).ToList();

        Assert.Equal([id], named);
        var links = BriefingLink().Matches(site.Page($"entities/{id}.html")).Select(m => m.Groups[1].Value).Distinct();
        Assert.Equal(briefings, links.Count());
    }

    [Fact]
    public void An_entity_page_has_a_card_of_its_roles_and_the_entities_most_often_named_with_it()
    {
        var page = new HtmlParser().ParseDocument(site.Page("entities/jonathan-finer.html"));

        var card = page.QuerySelector("article.entity .entity-grid > aside.entity-card")!;
        Assert.Contains("3 briefings", card.QuerySelector(".glance")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(["Deputy National Security Adviser in the Biden administration"], card.QuerySelectorAll(".roles li").Select(li => li.TextContent));
        // The card's list is the graph's: the same neighbours, in its order of sentences named together.
        var named = card.QuerySelectorAll(".named-with li a").Select(a => (a.TextContent, a.GetAttribute("href"))).ToList();
        var drawn = page.QuerySelectorAll("details.graph-list ul:first-of-type li").Select(li => li.QuerySelectorAll("a")[1]).Select(a => (a.TextContent, a.GetAttribute("href"))).ToList();
        Assert.Equal(drawn, named);
        Assert.Equal(("Pakistan", "../entities/pakistan.html"), named[0]);
        // The mentions sit in the main column, beside the card rather than under it.
        Assert.Equal(3, page.QuerySelectorAll(".entity-grid > .entity-main > section.mentions").Length);
    }

    private static HashSet<string> Names(string page)
    {
        var names = new HashSet<string>(StringComparer.Ordinal) { Heading().Match(page).Groups[1].Value };
        var aliases = Aliases().Match(page);
        if (aliases.Success)
        {
            names.UnionWith(aliases.Groups[1].Value.Split(", "));
        }

        return names;
    }

    [GeneratedRegex(@"<h1>([^<]*)</h1>")]
    private static partial Regex Heading();

    [GeneratedRegex(@"class=""aliases"">Also named: ([^<]*)</p>")]
    private static partial Regex Aliases();

    [GeneratedRegex(@"href=""\.\./briefings/([a-z0-9-]+)\.html""")]
    private static partial Regex BriefingLink();
}
