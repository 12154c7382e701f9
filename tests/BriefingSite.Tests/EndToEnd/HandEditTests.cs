namespace BriefingSite.Tests.EndToEnd;

public sealed class HandEditTests : IDisposable
{
    private readonly string root = Directory.CreateTempSubdirectory("hand-edits-").FullName;

    public void Dispose() => Directory.Delete(root, recursive: true);

    [Fact]
    public void A_hand_edited_summary_and_a_new_field_survive_a_rebuild_after_the_article_changed()
    {
        SeedSite.CopyFolder(Path.Combine(RepositoryRoot.Path, "seeds"), Path.Combine(root, "seeds"));
        var options = new BuildOptions { Root = root, Theme = null };
        BriefingPipeline.Extract(options);
        var file = Directory.GetFiles(Path.Combine(root, "input"), "*.md").Order(StringComparer.Ordinal).First();
        var text = File.ReadAllText(file);
        var summaryLine = text.Split('\n').First(l => l.StartsWith("summary:", StringComparison.Ordinal));
        File.WriteAllText(file, text.Replace(summaryLine, "summary: Written by hand.\nreviewer: Ana"));
        var article = Path.Combine(root, text.Split('\n').First(l => l.TrimStart().StartsWith("file:", StringComparison.Ordinal)).Split(':', 2)[1].Trim());
        File.AppendAllText(article, "\nA late paragraph was added to the article after the first build.\n");

        var report = BriefingPipeline.Build(options);

        Assert.Empty(report.Problems);
        var after = File.ReadAllText(file);
        Assert.Contains("summary: Written by hand.", after);
        Assert.Contains("reviewer: Ana", after);
        Assert.Contains(report.HandEdits, e => e.EndsWith(": summary", StringComparison.Ordinal));
    }

    [Fact]
    public void An_entity_id_changed_by_hand_gets_its_own_page_on_every_later_build()
    {
        SeedSite.CopyFolder(Path.Combine(RepositoryRoot.Path, "seeds"), Path.Combine(root, "seeds"));
        var options = new BuildOptions { Root = root, Theme = null };
        BriefingPipeline.Build(options);
        var file = Path.Combine(root, "input", "pakistans-nuclear-status-serves-as-a-deterrent-against-india.md");
        var text = File.ReadAllText(file);
        Assert.Contains("- name: John Finer\n  id: jonathan-finer\n", text);
        File.WriteAllText(file, text.Replace("- name: John Finer\n  id: jonathan-finer\n", "- name: John Finer\n  id: john-finer\n"));
        var page = Path.Combine(root, "output", "briefings", "pakistans-nuclear-status-serves-as-a-deterrent-against-india.html");
        var entities = Path.Combine(root, "output", "entities");

        for (var build = 0; build < 2; build++)
        {
            Assert.Empty(BriefingPipeline.Build(options).Problems);

            Assert.Contains("href=\"../entities/john-finer.html\"", File.ReadAllText(page));
            Assert.DoesNotContain("jonathan-finer.html", File.ReadAllText(page));
            Assert.Contains("<h1>John Finer</h1>", File.ReadAllText(Path.Combine(entities, "john-finer.html")));
            Assert.DoesNotContain("pakistans-nuclear-status", File.ReadAllText(Path.Combine(entities, "jonathan-finer.html")));
            Assert.Contains("  id: john-finer\n", File.ReadAllText(file));

            // The article changes: it is extracted again, and the id written by hand still decides.
            File.AppendAllText(Path.Combine(root, "seeds", "002_83a95ef39658ebc5.txt"), "\nJohn Finer spoke again later.\n");
        }
    }

    [Fact]
    public void A_broken_briefing_is_reported_with_its_line_and_left_untouched_while_the_rest_builds()
    {
        SeedSite.CopyFolder(Path.Combine(RepositoryRoot.Path, "seeds"), Path.Combine(root, "seeds"));
        var options = new BuildOptions { Root = root, Theme = null };
        BriefingPipeline.Extract(options);
        var file = Directory.GetFiles(Path.Combine(root, "input"), "*.md").Order(StringComparer.Ordinal).First();
        var broken = File.ReadAllText(file).Replace("summary:", "summary: \"unclosed\n  oops:");
        File.WriteAllText(file, broken);

        var report = BriefingPipeline.Build(options);

        var problem = Assert.Single(report.Problems);
        Assert.StartsWith("input/" + Path.GetFileName(file) + ":", problem.ToString());
        Assert.NotNull(problem.Line);
        Assert.Equal(broken, File.ReadAllText(file));
        Assert.Equal(4, Directory.GetFiles(Path.Combine(root, "output", "briefings"), "*.html").Length);
    }
}
