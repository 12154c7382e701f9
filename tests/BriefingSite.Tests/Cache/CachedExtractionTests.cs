using BriefingSite.Cache;
using BriefingSite.Extract;
using BriefingSite.Model;

namespace BriefingSite.Tests.Cache;

/// <summary>Extraction takes an article's cached briefing while its stamp is the one on record, and reads it otherwise.</summary>
public sealed class CachedExtractionTests : IDisposable
{
    private static readonly DateTime LongAgo = new(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    private readonly string root = Directory.CreateTempSubdirectory("cached-extraction-").FullName;

    public void Dispose() => Directory.Delete(root, recursive: true);

    [Fact]
    public void The_stamps_a_build_already_read_are_taken_for_the_files_own_and_a_file_without_one_is_stamped_itself()
    {
        // Given two articles extracted once, and the stamps of the folder as a snapshot read them
        var folder = Path.Combine(root, "articles");
        Write("articles/harbour.txt", "Harbour Board Approves Ferry Terminal\n\nThe Harbour Board approved a terminal in Cork on Monday.");
        Write("articles/bridge.txt", "Council Opens Bridge\n\nThe council opened a bridge in Derry on Friday.");
        var store = BriefingStore.Load(Path.Combine(root, "extracted.bin"));
        Assert.Equal(2, Run(folder, store, stamps: null).Extracted);
        var read = FolderStamps.Of(folder);

        // When one is rewritten after those stamps were read
        Write("articles/harbour.txt", "Harbour Board Rejects Ferry Terminal\n\nThe Harbour Board rejected a terminal in Cork on Monday.", LongAgo.AddDays(1));

        // Then a run given those stamps takes both cached briefings (the next build's snapshot sees the new stamp), one
        // given no stamp for it reads it again, and one given none at all too
        var given = Run(folder, store, read);
        Assert.Equal((0, "Harbour Board Approves Ferry Terminal"), (given.Extracted, Title(given, "harbour")));
        var partly = Run(folder, store, new Dictionary<string, FileStamp>(read.Where(s => s.Key != "harbour.txt"), StringComparer.Ordinal));
        Assert.Equal((1, "Harbour Board Rejects Ferry Terminal"), (partly.Extracted, Title(partly, "harbour")));
        Assert.Equal(0, Run(folder, store, stamps: null).Extracted);
    }

    [Fact]
    public void An_article_saved_twice_makes_one_briefing_and_a_note_naming_both_files()
    {
        // Given one article under two names, and another
        var folder = Path.Combine(root, "articles");
        const string text = "Harbour Board Approves Ferry Terminal\n\nThe Harbour Board approved a terminal in Cork on Monday.";
        Write("articles/a-harbour.txt", text);
        Write("articles/b-bridge.txt", "Council Opens Bridge\n\nThe council opened a bridge in Derry on Friday.");
        Write("articles/c-harbour-again.txt", text);
        var store = BriefingStore.Load(Path.Combine(root, "extracted.bin"));

        // When extraction runs, and again from the cache
        var first = Run(folder, store, stamps: null);
        var again = Run(folder, store, stamps: null);

        // Then the first file in order makes the briefing and the copy is named, the same both times
        foreach (var result in new[] { first, again })
        {
            Assert.Equal(["a-harbour.txt", "b-bridge.txt"], result.Sources.Select(s => Path.GetFileName(s.File)));
            Assert.Equal(2, result.Briefings.Count);
            var note = Assert.Single(result.Notes);
            Assert.Contains("c-harbour-again.txt: same text as", note);
            Assert.Contains("a-harbour.txt", note);
        }
    }

    private CachedExtraction.Result Run(string folder, BriefingStore store, IReadOnlyDictionary<string, FileStamp>? stamps) =>
        CachedExtraction.Run(folder, root, store, FactExtractor.Extract, [], stamps: stamps);

    private static string Title(CachedExtraction.Result result, string file) =>
        result.Briefings[result.Sources.ToList().FindIndex(s => s.File.Contains(file, StringComparison.Ordinal))].Title;

    private void Write(string relative, string text, DateTime? written = null)
    {
        var path = Path.Combine(root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        File.SetLastWriteTimeUtc(path, written ?? LongAgo);
    }
}
