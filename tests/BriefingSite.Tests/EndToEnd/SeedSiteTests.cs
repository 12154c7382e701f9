using BriefingSite.Publish;

namespace BriefingSite.Tests.EndToEnd;

/// <summary>Builds the five sample articles into a fresh content and output folder, once for the whole class.</summary>
public sealed class SeedSite : IDisposable
{
    public SeedSite()
    {
        Root = Directory.CreateTempSubdirectory("seed-site-").FullName;
        CopyFolder(Path.Combine(RepositoryRoot.Path, "seeds"), Path.Combine(Root, "seeds"));
        Options = new BuildOptions { Root = Root, Theme = null };
        Report = BriefingPipeline.Build(Options);
    }

    public string Root { get; }

    public BuildOptions Options { get; }

    public BuildReport Report { get; }

    public string Output => Path.Combine(Root, "output");

    public string Input => Path.Combine(Root, "input");

    public string Page(string relative) => File.ReadAllText(Path.Combine(Output, relative));

    public void Dispose() => Directory.Delete(Root, recursive: true);

    public static void CopyFolder(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from))
        {
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        }
    }
}

public class SeedSiteTests(SeedSite site) : IClassFixture<SeedSite>
{
    [Fact]
    public void Builds_every_seed_without_problems()
    {
        Assert.Empty(site.Report.Problems);
        Assert.Equal(5, site.Report.Articles);
        Assert.Equal(5, Directory.GetFiles(site.Input, "*.md").Length);
        Assert.True(File.Exists(Path.Combine(site.Output, "index.html")));
    }

    [Fact]
    public void Every_relative_link_and_anchor_resolves_on_disk()
    {
        Assert.Empty(SiteLinks.Broken(site.Output));
    }

    [Fact]
    public void The_deputy_national_security_adviser_has_one_page_listing_his_three_briefings()
    {
        var pages = Directory.GetFiles(Path.Combine(site.Output, "entities"), "*finer*.html");

        var page = File.ReadAllText(Assert.Single(pages));
        var briefingLinks = System.Text.RegularExpressions.Regex.Matches(page, @"href=""\.\./briefings/([a-z0-9-]+)\.html""")
            .Select(m => m.Groups[1].Value).Distinct().ToList();
        Assert.Equal(3, briefingLinks.Count);
    }

    [Fact]
    public void A_briefing_page_shows_its_key_facts_and_links_entities()
    {
        var briefing = Directory.GetFiles(Path.Combine(site.Output, "briefings"), "*.html").Select(File.ReadAllText).First(p => p.Contains("Shaheen-3"));

        Assert.Contains("2,750 km", briefing);
        Assert.Contains("href=\"../entities/", briefing);
        Assert.Contains("id=\"s1\"", briefing);
    }

    [Fact]
    public void A_second_run_on_unchanged_articles_changes_no_byte()
    {
        var before = Snapshot(site.Input);

        var report = BriefingPipeline.Extract(site.Options);

        Assert.Empty(report.Problems);
        Assert.Equal(0, report.BriefingsWritten);
        Assert.Equal(before, Snapshot(site.Input));
    }

    [Fact]
    public void The_committed_example_briefings_are_what_the_seeds_produce()
    {
        var copy = Directory.CreateTempSubdirectory("seed-check-").FullName;
        try
        {
            SeedSite.CopyFolder(Path.Combine(RepositoryRoot.Path, "seeds"), Path.Combine(copy, "seeds"));
            SeedSite.CopyFolder(Path.Combine(RepositoryRoot.Path, "input"), Path.Combine(copy, "input"));

            var report = BriefingPipeline.Extract(new BuildOptions { Root = copy, Theme = null });

            Assert.Empty(report.Problems);
            Assert.Equal(0, report.BriefingsWritten);
        }
        finally
        {
            Directory.Delete(copy, recursive: true);
        }
    }

    private static Dictionary<string, string> Snapshot(string folder) =>
        Directory.GetFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(folder, f), f => Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(f))));
}
