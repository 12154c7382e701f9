using System.Security.Cryptography;
using BriefingSite.Cache;
using BriefingSite.Extract;
using BriefingSite.Ingest;
using BriefingSite.Model;
using BriefingSite.Publish;
using BriefingSite.Tests.Extract;
using BriefingSite.Tests.Robustness;

namespace BriefingSite.Tests.Publish;

public sealed class ContentFolderTests : IDisposable
{
    private readonly TempProject project = new();

    public void Dispose() => project.Dispose();

    [Fact]
    public void Files_the_merge_wrote_are_read_back_from_the_cache_as_their_bytes_parse()
    {
        // Given a content folder with a cache of parsed files, and the seeds extracted
        var store = BriefingStore.Load(Path.Combine(project.Root, "parsed.bin"));
        var content = new ContentFolder("input", project.Root, store);
        var generated = SeedArticles.Names.Select(n => FactExtractor.Extract(SeedArticles.Read(n))).ToList();

        // When the merge writes their briefings, and the folder is read
        var written = BriefingUpdater.Update(content, generated, force: false, [], out _);
        var files = Directory.GetFiles(content.Path, "*.md");
        var cached = files.ToDictionary(f => f, f => store.FindByHash(content.Display(f), Sha256(f)));
        var loaded = content.LoadBriefings([]);

        // Then every file is the cached briefing, not parsed again, and equals what parsing its bytes gives
        Assert.Equal(generated.Count, written);
        Assert.Equal(files.Length, loaded.Count);
        foreach (var (file, briefing) in loaded)
        {
            Assert.Same(cached[file], briefing);
            var parsed = BriefingFileReader.Read(content.Display(file), File.ReadAllText(file), [])!;
            Assert.Equal(Encoded(parsed), Encoded(briefing));
        }
    }

    [Fact]
    public void A_read_given_the_snapshot_stamps_asks_the_file_system_only_for_files_not_among_them()
    {
        // Given a content folder read once into its cache, then one briefing retitled in place
        var store = BriefingStore.Load(Path.Combine(project.Root, "parsed.bin"));
        var content = new ContentFolder("input", project.Root, store);
        BriefingUpdater.Update(content, SeedArticles.Names.Select(n => FactExtractor.Extract(SeedArticles.Read(n))).ToList(), force: false, [], out _);
        var file = Directory.GetFiles(content.Path, "*.md").Order(StringComparer.Ordinal).First();
        File.SetLastWriteTimeUtc(file, DateTime.UtcNow.AddHours(-1));
        var snapshot = FolderStamps.Of(content.Path);
        content.LoadBriefings([]);
        File.WriteAllText(file, File.ReadAllText(file).Replace("\ntitle: ", "\ntitle: Retitled ", StringComparison.Ordinal));

        // When the folder is read with the stamps the snapshot took before the edit, and then without them
        var withSnapshot = content.LoadBriefings([], snapshot).Single(b => b.File == file).Briefing;
        var withoutStamps = content.LoadBriefings([]).Single(b => b.File == file).Briefing;

        // Then the first read is the snapshot's view of the folder (the next build's snapshot sees the edit); the second sees the file
        Assert.DoesNotContain("Retitled", withSnapshot.Title, StringComparison.Ordinal);
        Assert.StartsWith("Retitled ", withoutStamps.Title, StringComparison.Ordinal);
    }

    private static string Sha256(string file) => Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(file)));

    private static byte[] Encoded(Briefing briefing) => StoredBriefing.Of(default, "", briefing).Encoded;
}
