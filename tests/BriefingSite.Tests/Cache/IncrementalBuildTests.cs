using BriefingSite.Cache;
using BriefingSite.Tests.EndToEnd;

namespace BriefingSite.Tests.Cache;

/// <summary>Re-runs of a build with the cache: they redo only what changed, and end exactly where a clean build would.</summary>
public sealed class IncrementalBuildTests : IDisposable
{
    private readonly string root = Directory.CreateTempSubdirectory("incremental-").FullName;

    public IncrementalBuildTests()
    {
        SeedSite.CopyFolder(Path.Combine(RepositoryRoot.Path, "seeds"), Path.Combine(root, "seeds"));
        Age(Path.Combine(root, "seeds"));
    }

    private BuildOptions Options => new() { Root = root, Theme = "theme" };

    public void Dispose() => Directory.Delete(root, recursive: true);

    [Fact]
    public void A_rebuild_with_nothing_changed_is_up_to_date_and_touches_no_file()
    {
        BriefingPipeline.Build(Options);
        var before = Stamps(root);

        var report = BriefingPipeline.Build(Options);

        Assert.True(report.UpToDate);
        Assert.Equal(5, report.Briefings);
        Assert.Equal(before, Stamps(root));
    }

    [Fact]
    public void Editing_one_briefing_rewrites_only_some_pages_and_ends_as_a_clean_build()
    {
        var first = BriefingPipeline.Build(Options);
        var file = Directory.GetFiles(Path.Combine(root, "input"), "*.md").Order(StringComparer.Ordinal).First();
        File.WriteAllText(file, ReplaceLine(File.ReadAllText(file), "title:", "title: Edited by hand"));
        var extracted = Path.Combine(root, BuildCache.FolderName, "extracted.bin");
        var extractedBefore = File.GetLastWriteTimeUtc(extracted);

        var report = BriefingPipeline.Build(Options);

        Assert.Equal(extractedBefore, File.GetLastWriteTimeUtc(extracted));
        Assert.False(report.UpToDate);
        Assert.Equal(0, report.Extracted);
        Assert.Equal(0, report.BriefingsWritten);
        Assert.InRange(report.PagesWritten, 1, first.Pages / 2);
        Assert.Contains("Edited by hand", File.ReadAllText(Path.Combine(root, "output", "index.html")));
        AssertSameAsCleanBuild();
    }

    [Fact]
    public void Editing_only_a_briefings_body_leaves_briefings_json_as_it_was_and_ends_as_a_clean_build()
    {
        BriefingPipeline.Build(Options);
        var file = Directory.GetFiles(Path.Combine(root, "input"), "*.md").Order(StringComparer.Ordinal).First();
        File.AppendAllText(file, "\nA sentence added by hand.\n");
        var json = Path.Combine(root, "output", "briefings.json");
        var jsonBefore = File.GetLastWriteTimeUtc(json);

        var report = BriefingPipeline.Build(Options);

        Assert.False(report.UpToDate);
        Assert.Equal(jsonBefore, File.GetLastWriteTimeUtc(json));
        AssertSameAsCleanBuild();
    }

    [Fact]
    public void Editing_an_unknown_front_matter_field_ends_as_a_clean_build()
    {
        BriefingPipeline.Build(Options);
        var file = Directory.GetFiles(Path.Combine(root, "input"), "*.md").Order(StringComparer.Ordinal).First();
        var text = File.ReadAllText(file);
        File.WriteAllText(file, ReplaceLine(text, "title:", text.Split('\n').First(l => l.StartsWith("title:", StringComparison.Ordinal)) + "\nmy_note: [first, {depth: 1}]"));
        BriefingPipeline.Build(Options);
        File.WriteAllText(file, File.ReadAllText(file).Replace("depth: 1", "depth: 2", StringComparison.Ordinal));

        BriefingPipeline.Build(Options);

        Assert.Contains("\"depth\":2", File.ReadAllText(Path.Combine(root, "output", "briefings.json")), StringComparison.Ordinal);
        AssertSameAsCleanBuild();
    }

    [Fact]
    public void Adding_one_article_extracts_only_that_article_and_ends_as_a_clean_build()
    {
        BriefingPipeline.Build(Options);
        File.WriteAllText(Path.Combine(root, "seeds", "late.txt"),
            "Harbour Board Approves New Ferry Terminal\n\nThe Harbour Board approved a new ferry terminal on Monday, said its chair, Maria Lopez. The terminal will cost 40 million dollars.\n");

        var report = BriefingPipeline.Build(Options);

        Assert.Equal(1, report.Extracted);
        Assert.Equal(6, report.Briefings);
        AssertSameAsCleanBuild(compareContent: true);
    }

    [Fact]
    public void Changing_an_article_extracts_it_again_and_keeps_the_others()
    {
        BriefingPipeline.Build(Options);
        var article = Directory.GetFiles(Path.Combine(root, "seeds")).Order(StringComparer.Ordinal).First();
        File.AppendAllText(article, "\nThe minister, Sara Okafor, said the talks would resume in March.\n");

        var report = BriefingPipeline.Build(Options);

        Assert.Equal(1, report.Extracted);
        Assert.Equal(1, report.BriefingsWritten);
        AssertSameAsCleanBuild(compareContent: true);
    }

    [Fact]
    public void A_theme_change_renders_every_page_again()
    {
        var first = BriefingPipeline.Build(Options);
        Directory.CreateDirectory(Path.Combine(root, "theme", "partials"));
        var footer = new BriefingSite.Render.SiteRenderer(BriefingSite.Render.Theme.Load(null)).Theme.Text("partials/footer.hbs");
        File.WriteAllText(Path.Combine(root, "theme", "partials", "footer.hbs"), footer + "<p>Edited footer</p>\n");

        var report = BriefingPipeline.Build(Options);

        Assert.Equal(0, report.Extracted);
        Assert.True(report.PagesWritten >= first.Pages - 10, $"{report.PagesWritten} of {first.Pages} written");
        Assert.Contains("Edited footer", File.ReadAllText(Path.Combine(root, "output", "index.html")));
        AssertSameAsCleanBuild();
    }

    [Fact]
    public void A_site_file_deleted_by_hand_is_written_again()
    {
        BriefingPipeline.Build(Options);
        var page = Directory.GetFiles(Path.Combine(root, "output", "briefings")).Order(StringComparer.Ordinal).First();
        File.Delete(page);

        var report = BriefingPipeline.Build(Options);

        Assert.False(report.UpToDate);
        Assert.Equal(1, report.PagesWritten);
        Assert.True(File.Exists(page));
        AssertSameAsCleanBuild();
    }

    // The build's closing snapshot is made from the files it wrote and deleted, not by walking the site again: it must
    // still match the folders, so that a build after any kind of change is followed by an up-to-date run.
    [Fact]
    public void After_an_edit_a_stray_site_file_and_a_new_article_the_next_run_is_up_to_date()
    {
        BriefingPipeline.Build(Options);
        var file = Directory.GetFiles(Path.Combine(root, "input"), "*.md").Order(StringComparer.Ordinal).First();
        File.WriteAllText(file, ReplaceLine(File.ReadAllText(file), "title:", "title: Edited by hand"));
        File.WriteAllText(Path.Combine(root, "output", "briefings", "stray.html"), "left by hand");
        var seed = Directory.GetFiles(Path.Combine(root, "seeds")).Order(StringComparer.Ordinal).First();
        File.WriteAllText(Path.Combine(root, "seeds", "zz-copy.txt"), File.ReadAllText(seed) + "\n\nA paragraph of its own makes this copy another article.\n");
        Age(Path.Combine(root, "seeds"));

        Assert.False(BriefingPipeline.Build(Options).UpToDate);
        var before = Stamps(root);
        var report = BriefingPipeline.Build(Options);

        Assert.True(report.UpToDate);
        Assert.False(File.Exists(Path.Combine(root, "output", "briefings", "stray.html")));
        Assert.Equal(before, Stamps(root));
    }

    // The site is the build's product: a run checks its files by name only, so a page edited in place is left until
    // the next build that renders it (README, "Re-runs redo only what changed").
    [Fact]
    public void A_page_edited_by_hand_in_the_site_is_made_again_by_the_next_build_that_renders()
    {
        BriefingPipeline.Build(Options);
        var page = Path.Combine(root, "output", "briefings", "strategic-standoff.html");
        var made = File.ReadAllBytes(page);
        File.WriteAllText(page, "changed by hand");

        Assert.True(BriefingPipeline.Build(Options).UpToDate);
        Assert.Equal("changed by hand", File.ReadAllText(page));

        var file = Directory.GetFiles(Path.Combine(root, "input"), "*.md").Order(StringComparer.Ordinal).Last();
        File.AppendAllText(file, "\nA sentence added by hand.\n");
        Assert.False(BriefingPipeline.Build(Options).UpToDate);

        Assert.Equal(made, File.ReadAllBytes(page));
        AssertSameAsCleanBuild();
    }

    [Fact]
    public void A_damaged_cache_only_costs_time()
    {
        BriefingPipeline.Build(Options);
        foreach (var file in Directory.GetFiles(Path.Combine(root, BuildCache.FolderName)))
        {
            File.WriteAllBytes(file, [1, 2, 3]);
        }

        var report = BriefingPipeline.Build(Options);

        Assert.Empty(report.Problems);
        Assert.Equal(5, report.Extracted);
        AssertSameAsCleanBuild(compareContent: true);
    }

    [Fact]
    public void A_cache_cut_short_only_costs_time()
    {
        BriefingPipeline.Build(Options);
        foreach (var file in Directory.GetFiles(Path.Combine(root, BuildCache.FolderName)))
        {
            var bytes = File.ReadAllBytes(file);
            File.WriteAllBytes(file, bytes[..(bytes.Length / 2)]);
        }

        var report = BriefingPipeline.Build(Options);

        Assert.Empty(report.Problems);
        Assert.Equal(5, report.Extracted);
        AssertSameAsCleanBuild(compareContent: true);
    }

    [Fact]
    public void One_process_building_again_and_again_ends_every_build_as_a_clean_build()
    {
        using var builds = new RepeatedBuilds(Options);

        // The background work of a build (writing its cache) holds the content lock: the folder is copied once it is done.
        BuildReport Build()
        {
            var report = builds.Build();
            builds.FinishBackground();
            return report;
        }

        Build();
        var input = Directory.GetFiles(Path.Combine(root, "input"), "*.md").Order(StringComparer.Ordinal).ToList();

        File.WriteAllText(input[0], ReplaceLine(File.ReadAllText(input[0]), "title:", "title: Edited by hand"));
        Assert.Equal(0, Build().Extracted);
        AssertSameAsCleanBuild();

        Directory.CreateDirectory(Path.Combine(root, "theme", "partials"));
        var footer = new BriefingSite.Render.SiteRenderer(BriefingSite.Render.Theme.Load(null)).Theme.Text("partials/footer.hbs");
        File.WriteAllText(Path.Combine(root, "theme", "partials", "footer.hbs"), footer + "<p>Edited footer</p>\n");
        Build();
        Assert.Contains("Edited footer", File.ReadAllText(Path.Combine(root, "output", "index.html")));
        AssertSameAsCleanBuild();

        File.Delete(Path.Combine(root, "theme", "partials", "footer.hbs"));
        File.Delete(Path.Combine(root, "output", "archive.html"));
        Build();
        AssertSameAsCleanBuild();

        // A name another briefing has, given as an alias, merges two entities across the site.
        var other = File.ReadAllLines(input[1]).First(l => l.StartsWith("- name: ", StringComparison.Ordinal))["- name: ".Length..];
        var lines = File.ReadAllLines(input[0]).ToList();
        var entity = lines.FindIndex(l => l.StartsWith("- name: ", StringComparison.Ordinal));
        Assert.DoesNotContain(lines.Skip(entity + 1).TakeWhile(l => l.StartsWith("  ", StringComparison.Ordinal)), l => l.StartsWith("  aliases:", StringComparison.Ordinal));
        lines.Insert(entity + 1, $"  aliases: [\"{other}\"]");
        File.WriteAllLines(input[0], lines);
        Build();
        AssertSameAsCleanBuild();

        File.WriteAllText(Path.Combine(root, "seeds", "late.txt"),
            "Harbour Board Approves New Ferry Terminal\n\nThe Harbour Board approved a new ferry terminal on Monday, said its chair, Maria Lopez.\n");
        Age(Path.Combine(root, "seeds"));
        Assert.Equal(1, Build().Extracted);
        Assert.True(Build().UpToDate);
        AssertSameAsCleanBuild();
    }

    [Fact]
    public void A_process_starting_on_an_up_to_date_site_warms_up_touching_no_site_file_and_builds_on_as_a_clean_build()
    {
        BriefingPipeline.Build(Options);
        var output = Path.Combine(root, "output");
        var before = Stamps(output);
        using var builds = new RepeatedBuilds(Options);

        Assert.True(builds.Build().UpToDate);
        builds.FinishBackground();

        Assert.Equal(before, Stamps(output));
        var file = Directory.GetFiles(Path.Combine(root, "input"), "*.md").Order(StringComparer.Ordinal).First();
        File.WriteAllText(file, ReplaceLine(File.ReadAllText(file), "title:", "title: Edited by hand"));
        Assert.False(builds.Build().UpToDate);
        builds.FinishBackground();
        AssertSameAsCleanBuild();
    }

    [Fact]
    public void A_process_building_again_and_again_collects_its_heap_once_after_each_build_while_idle()
    {
        using var builds = new RepeatedBuilds(Options);

        builds.Build();
        builds.FinishBackground();

        Assert.True(SpinWait.SpinUntil(() => builds.IdleCollections == 1, TimeSpan.FromSeconds(10)));
        Thread.Sleep(1000);
        Assert.Equal(1, builds.IdleCollections);
    }

    [Fact]
    public void A_cache_that_cannot_be_written_only_costs_time()
    {
        // A file where the cache folder should be: nothing can be written there.
        File.WriteAllText(Path.Combine(root, BuildCache.FolderName), "not a folder");

        var first = BriefingPipeline.Build(Options);
        var second = BriefingPipeline.Build(Options);

        Assert.Empty(first.Problems);
        Assert.False(second.UpToDate);
        Assert.Equal(5, second.Extracted);
        AssertSameAsCleanBuild();
    }

    /// <summary>A fresh folder with the same articles, content and theme, built with no cache, gives the same bytes.</summary>
    private void AssertSameAsCleanBuild(bool compareContent = false)
    {
        var clean = Directory.CreateTempSubdirectory("clean-").FullName;
        try
        {
            Copy(Path.Combine(root, "seeds"), Path.Combine(clean, "seeds"));
            if (Directory.Exists(Path.Combine(root, "theme")))
            {
                Copy(Path.Combine(root, "theme"), Path.Combine(clean, "theme"));
            }

            if (!compareContent)
            {
                Copy(Path.Combine(root, "input"), Path.Combine(clean, "input"));
            }

            var report = BriefingPipeline.Build(new BuildOptions { Root = clean, Theme = "theme" });

            Assert.Empty(report.Problems);
            Assert.Equal(FolderContents.Of(Path.Combine(clean, "output")), FolderContents.Of(Path.Combine(root, "output")));
            if (compareContent)
            {
                Assert.Equal(FolderContents.Of(Path.Combine(clean, "input")), FolderContents.Of(Path.Combine(root, "input")));
            }
        }
        finally
        {
            Directory.Delete(clean, recursive: true);
        }
    }

    private static string ReplaceLine(string text, string start, string replacement) =>
        string.Join('\n', text.Split('\n').Select(l => l.StartsWith(start, StringComparison.Ordinal) ? replacement : l));

    // Files older than the clock's tick, as files a user saved a while ago are: their stamps are trusted.
    private static void Age(string folder)
    {
        foreach (var file in Directory.GetFiles(folder, "*", SearchOption.AllDirectories))
        {
            File.SetLastWriteTimeUtc(file, DateTime.UtcNow.AddHours(-1));
        }
    }

    private static void Copy(string from, string to)
    {
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    private static SortedDictionary<string, (long, DateTime)> Stamps(string folder) =>
        new(Directory.GetFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(folder, f), f => (new FileInfo(f).Length, File.GetLastWriteTimeUtc(f))), StringComparer.Ordinal);
}
