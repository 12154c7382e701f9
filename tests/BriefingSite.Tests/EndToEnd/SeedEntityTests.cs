using System.Text.RegularExpressions;

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
