using System.Text.Json;

namespace BriefingSite.Publish;

/// <summary>What the generator last wrote for each briefing (field hashes by article file), kept in the content folder.</summary>
/// <remarks>It lives in input/ and is committed with the briefings, so a fresh clone still knows which fields are hand edits.</remarks>
public sealed class EditState
{
    public const string FileName = ".briefing-state.json";

    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true };

    private readonly SortedDictionary<string, SortedDictionary<string, string>> byArticle;

    private EditState(SortedDictionary<string, SortedDictionary<string, string>> byArticle) => this.byArticle = byArticle;

    public static EditState Load(string contentFolder)
    {
        var path = Path.Combine(contentFolder, FileName);
        if (!File.Exists(path))
        {
            return new EditState(new(StringComparer.Ordinal));
        }

        try
        {
            var read = JsonSerializer.Deserialize<SortedDictionary<string, SortedDictionary<string, string>>>(File.ReadAllText(path));
            return new EditState(new(read ?? [], StringComparer.Ordinal));
        }
        catch (JsonException)
        {
            // A damaged state file only means every existing field is treated as a hand edit.
            return new EditState(new(StringComparer.Ordinal));
        }
    }

    public IReadOnlyDictionary<string, string>? For(string articleFile) => byArticle.GetValueOrDefault(articleFile);

    public void Set(string articleFile, SortedDictionary<string, string> hashes) => byArticle[articleFile] = hashes;

    public void Save(string contentFolder) =>
        AtomicFile.Write(Path.Combine(contentFolder, FileName), JsonSerializer.Serialize(byArticle, Json).ReplaceLineEndings("\n") + "\n");
}
