using BriefingSite.Ingest;
using BriefingSite.Model;
using BriefingSite.Publish;
using BriefingSite.Tests.EndToEnd;
using BriefingSite.Tests.Ingest;
using Xunit.Abstractions;

namespace BriefingSite.Tests.Cache;

/// <summary>
/// A run of random hand edits, each followed by an incremental build that must end exactly where a clean build of
/// the same files ends: what catches a page that depends on something its cache key leaves out.
/// </summary>
public sealed class HandEditSequenceTests(ITestOutputHelper output) : IDisposable
{
    private const int Edits = 14;
    private readonly string root = Directory.CreateTempSubdirectory("edits-").FullName;

    public void Dispose() => Directory.Delete(root, recursive: true);

    private BuildOptions Options => new() { Root = root, Articles = "articles" };

    private string Content => Path.Combine(root, "input");

    /// <param name="repeated">Built as the preview server builds: one <see cref="RepeatedBuilds"/> keeping what it can in memory,
    /// with now and then a build of another process writing the same cache meanwhile.</param>
    [Theory]
    [InlineData(1, false)]
    [InlineData(2, false)]
    [InlineData(3, true)]
    [InlineData(4, true)]
    public void Every_incremental_build_after_a_hand_edit_equals_a_clean_build(int seed, bool repeated)
    {
        CopyArticles();
        using var builds = new RepeatedBuilds(Options);
        var random = new Random(seed);
        BuildReport Build()
        {
            // The background work of a repeated build (writing its cache) holds the content lock: the folder is copied once it is done.
            var report = repeated && random.Next(5) != 0 ? builds.Build() : BriefingPipeline.Build(Options);
            builds.FinishBackground();
            return report;
        }

        Build();
        for (var step = 0; step < Edits; step++)
        {
            var edit = Edit(random);
            output.WriteLine($"edit {step + 1}: {edit}");
            var report = Build();
            Assert.Empty(report.Problems);
            AssertSameAsCleanBuild(edit);
        }
    }

    private string Edit(Random random)
    {
        var files = Directory.GetFiles(Content, "*.md").Order(StringComparer.Ordinal).ToList();
        var file = files[random.Next(files.Count)];
        var briefing = BriefingFileReader.Read(file, File.ReadAllText(file), [])!;
        var other = BriefingFileReader.Read(files[random.Next(files.Count)], File.ReadAllText(files[random.Next(files.Count)]), [])!;
        var name = Path.GetFileName(file);
        var entity = briefing.Entities.Count == 0 ? -1 : random.Next(briefing.Entities.Count);
        switch (random.Next(13))
        {
            case 0:
                return Save(file, briefing with { Title = "Retitled " + random.Next(1000) }, $"{name}: title");
            case 1:
                return Save(file, briefing with { Summary = "A summary written by hand." }, $"{name}: summary");
            case 2 when entity >= 0:
                return Save(file, briefing with { Entities = Replace(briefing.Entities, entity, e => e with { Name = e.Name + " Junior" }) }, $"{name}: entity renamed");
            case 3 when entity >= 0:
                return Save(file, briefing with { Entities = [.. briefing.Entities.Where((_, i) => i != entity)] }, $"{name}: entity removed");
            case 4 when entity >= 0 && other.Entities.Count > 0:
                // An alias that is another briefing's entity merges the two across the site.
                return Save(file, briefing with { Entities = Replace(briefing.Entities, entity, e => e with { Aliases = [.. e.Aliases, other.Entities[0].Name] }) }, $"{name}: alias {other.Entities[0].Name}");
            case 5 when entity >= 0:
                return Save(file, briefing with { Entities = Replace(briefing.Entities, entity, e => e with { Role = "spokesperson" }) }, $"{name}: role");
            case 6:
                return Save(file, briefing with { Tags = [.. briefing.Tags.Skip(1), "hand-tag"] }, $"{name}: tags");
            case 7:
                return Save(file, briefing with { Related = [other.Slug, .. briefing.Related.Skip(1)] }, $"{name}: related");
            case 8:
                return Save(file, briefing with { Date = new DateOnly(2030, 1, 1 + random.Next(28)) }, $"{name}: date");
            case 9 when other.Entities.Count > 0:
                return Save(file, briefing with { Body = briefing.Body + $"\n\nLater, {other.Entities[0].Name} said the figure was 12%." }, $"{name}: body names {other.Entities[0].Name}");
            case 10 when briefing.Figures.Count > 0:
                return Save(file, briefing with { Figures = [briefing.Figures[0] with { Value = "99%" }, .. briefing.Figures.Skip(1)] }, $"{name}: figure");
            case 11 when entity >= 0:
                var id = briefing.Entities[entity].Id;
                Directory.CreateDirectory(Path.Combine(Content, ContentFolder.EntitiesFolder));
                File.WriteAllText(Path.Combine(Content, ContentFolder.EntitiesFolder, id + ".md"),
                    $"---\nid: {id}\nname: Renamed Entity {random.Next(1000)}\ndescription: Written by hand.\nhidden: {(random.Next(3) == 0 ? "true" : "false")}\n---\n");
                return $"entity file {id}";
            case 12 when entity >= 0:
                return Save(file, briefing with { Entities = Replace(briefing.Entities, entity, e => e with { Id = e.Id + "-by-hand" }) }, $"{name}: entity id");
            default:
                File.Delete(file);
                return $"{name}: deleted";
        }
    }

    private static IReadOnlyList<EntityRef> Replace(IReadOnlyList<EntityRef> entities, int index, Func<EntityRef, EntityRef> change) =>
        [.. entities.Select((e, i) => i == index ? change(e) : e)];

    private static string Save(string file, Briefing briefing, string what)
    {
        File.WriteAllText(file, FrontMatterWriter.Write(briefing));
        return what;
    }

    private void CopyArticles()
    {
        var articles = Path.Combine(root, "articles");
        SeedSite.CopyFolder(Path.Combine(RepositoryRoot.Path, "seeds"), articles);
        var bbc = Path.Combine(RepoPaths.Shared, "corpora", "bbc", "politics");
        if (Directory.Exists(bbc))
        {
            // Articles on one topic share people and places, so edits reach across briefings.
            foreach (var file in Directory.GetFiles(bbc).Order(StringComparer.Ordinal).Take(40))
            {
                File.Copy(file, Path.Combine(articles, "bbc-" + Path.GetFileName(file)));
            }
        }
    }

    private static void CopyTree(string from, string to)
    {
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    private void AssertSameAsCleanBuild(string edit)
    {
        var clean = Directory.CreateTempSubdirectory("edits-clean-").FullName;
        try
        {
            SeedSite.CopyFolder(Path.Combine(root, "articles"), Path.Combine(clean, "articles"));
            CopyTree(Content, Path.Combine(clean, "input"));
            BriefingPipeline.Build(new BuildOptions { Root = clean, Articles = "articles" });
            var expected = FolderContents.Of(Path.Combine(clean, "output"));
            var actual = FolderContents.Of(Path.Combine(root, "output"));
            var differing = expected.Keys.Union(actual.Keys)
                .Where(k => !expected.TryGetValue(k, out var e) || !actual.TryGetValue(k, out var a) || e != a)
                .ToList();
            Assert.True(differing.Count == 0, $"after {edit}, these files differ from a clean build: {string.Join(", ", differing.Take(10))}");
        }
        finally
        {
            Directory.Delete(clean, recursive: true);
        }
    }
}
