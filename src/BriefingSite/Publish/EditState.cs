using System.Text.Json;
using System.Text.Json.Nodes;

namespace BriefingSite.Publish;

/// <summary>What the generator last wrote for each briefing (a <see cref="Fingerprint"/> by article file), kept in the content folder.</summary>
/// <remarks>
/// It lives in input/ and is committed with the briefings, so a fresh clone still knows which fields are hand edits.
/// Shape: { article: { "fields": { name: hash }, "items": { list: ["keyhash:itemhash", …] } } }, keys sorted.
/// The older shape (article → { name: hash }) still loads; its lists are then merged as whole fields.
/// </remarks>
public sealed class EditState
{
    public const string FileName = ".briefing-state.json";

    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true };

    private readonly SortedDictionary<string, Fingerprint> byArticle;

    private EditState(SortedDictionary<string, Fingerprint> byArticle) => this.byArticle = byArticle;

    public static EditState Load(string contentFolder)
    {
        var state = new SortedDictionary<string, Fingerprint>(StringComparer.Ordinal);
        var path = Path.Combine(contentFolder, FileName);
        if (!File.Exists(path))
        {
            return new EditState(state);
        }

        try
        {
            foreach (var (article, entry) in JsonNode.Parse(File.ReadAllText(path))?.AsObject() ?? [])
            {
                if (entry is JsonObject record)
                {
                    state[article] = record["fields"] is JsonObject fields
                        ? new Fingerprint(Strings(fields), Lists(record["items"] as JsonObject))
                        : new Fingerprint(Strings(record), new Dictionary<string, IReadOnlyList<string>>());
                }
            }
        }
        catch (Exception error) when (error is JsonException or InvalidOperationException or IOException or UnauthorizedAccessException)
        {
            // A damaged or unreadable state file only means every existing field is treated as a hand edit.
            state.Clear();
        }

        return new EditState(state);
    }

    public Fingerprint? For(string articleFile) => byArticle.GetValueOrDefault(articleFile);

    public void Set(string articleFile, Fingerprint written) => byArticle[articleFile] = written;

    public void Save(string contentFolder)
    {
        var root = new JsonObject();
        foreach (var (article, print) in byArticle)
        {
            var fields = new JsonObject();
            foreach (var (name, hash) in print.Fields.OrderBy(f => f.Key, StringComparer.Ordinal))
            {
                fields[name] = hash;
            }

            var items = new JsonObject();
            foreach (var (name, list) in print.Items.Where(i => i.Value.Count > 0).OrderBy(i => i.Key, StringComparer.Ordinal))
            {
                items[name] = new JsonArray(list.Select(p => (JsonNode?)JsonValue.Create(p)).ToArray());
            }

            root[article] = new JsonObject { ["fields"] = fields, ["items"] = items };
        }

        AtomicFile.Write(Path.Combine(contentFolder, FileName), root.ToJsonString(Json).ReplaceLineEndings("\n") + "\n");
    }

    private static Dictionary<string, string> Strings(JsonObject map) =>
        map.Where(p => p.Value is JsonValue).ToDictionary(p => p.Key, p => p.Value!.GetValue<string>(), StringComparer.Ordinal);

    // Empty lists are left out when saving: a list missing from the record was written empty.
    private static Dictionary<string, IReadOnlyList<string>> Lists(JsonObject? map) =>
        ListField.All.ToDictionary(
            f => f.Name,
            f => map?[f.Name] is JsonArray list ? list.Select(v => v!.GetValue<string>()).ToList() : (IReadOnlyList<string>)[],
            StringComparer.Ordinal);
}
