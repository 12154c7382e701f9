using System.Buffers;
using System.Text.Json;
using BriefingSite.Model;

namespace BriefingSite.Publish;

/// <summary>What the generator last wrote for each briefing (a <see cref="Fingerprint"/> by article file), kept in the content folder.</summary>
/// <remarks>
/// It lives in input/ and is committed with the briefings, so a fresh clone still knows which fields are hand edits.
/// Shape: { article: { "fields": { name: hash }, "items": { list: ["keyhash:itemhash", …] } } }, keys sorted.
/// The older shape (article → { name: hash }) still loads; its lists are then merged as whole fields.
/// During a run each entry also holds "previous": see <see cref="Begin"/>.
/// </remarks>
public sealed class EditState
{
    public const string FileName = ".briefing-state.json";

    private readonly SortedDictionary<string, Fingerprint> byArticle;

    // While a run writes, the fingerprint each file had before: a run killed half-way leaves some files old, some new.
    private readonly SortedDictionary<string, Fingerprint> previous = new(StringComparer.Ordinal);

    // False while the file holds what this object holds: a clean build's state, written before its briefings, is not written again after them.
    private bool unsaved = true;

    private EditState(SortedDictionary<string, Fingerprint> byArticle) => this.byArticle = byArticle;

    public static EditState Load(string contentFolder)
    {
        var state = new SortedDictionary<string, Fingerprint>(StringComparer.Ordinal);
        var loadedPrevious = new SortedDictionary<string, Fingerprint>(StringComparer.Ordinal);
        var path = Path.Combine(contentFolder, FileName);
        if (!File.Exists(path))
        {
            return new EditState(state);
        }

        try
        {
            // A document over the bytes, not a node tree: the file holds tens of thousands of entries.
            using var json = JsonDocument.Parse(File.ReadAllBytes(path));
            foreach (var entry in json.RootElement.EnumerateObject())
            {
                if (entry.Value.ValueKind == JsonValueKind.Object)
                {
                    var record = entry.Value;
                    state[entry.Name] = record.TryGetProperty("fields", out var fields) && fields.ValueKind == JsonValueKind.Object
                        ? Read(record)
                        : new Fingerprint(Strings(record), new Dictionary<string, IReadOnlyList<string>>());
                    if (record.TryGetProperty("previous", out var before) && before.ValueKind == JsonValueKind.Object)
                    {
                        loadedPrevious[entry.Name] = Read(before);
                    }
                }
            }
        }
        catch (Exception error) when (error is JsonException or InvalidOperationException or IOException or UnauthorizedAccessException)
        {
            // A damaged or unreadable state file only means every existing field is treated as a hand edit.
            state.Clear();
            loadedPrevious.Clear();
        }

        var loaded = new EditState(state);
        foreach (var (article, print) in loadedPrevious)
        {
            loaded.previous[article] = print;
        }

        return loaded;
    }

    /// <summary>What the generator last wrote for an article; after an interrupted run, whichever of the two versions the file on disk is closer to.</summary>
    public Fingerprint? For(string articleFile, Briefing? onDisk = null)
    {
        var current = byArticle.GetValueOrDefault(articleFile);
        if (onDisk is null || current is null || !previous.TryGetValue(articleFile, out var before))
        {
            return current;
        }

        var fields = FieldHashes.FieldsOf(onDisk);
        return Matches(before) > Matches(current) ? before : current;

        int Matches(Fingerprint print) => fields.Count(f => print.Fields.TryGetValue(f.Key, out var hash) && hash == f.Value);
    }

    /// <summary>Records what is about to be written, keeping until <see cref="Commit"/> the version the file holds now.</summary>
    /// <param name="articleFile">The article the briefing is made from.</param>
    /// <param name="written">What the generator is about to write.</param>
    /// <param name="onDisk">What <see cref="For"/> said the file holds now (null for a new file).</param>
    public void Begin(string articleFile, Fingerprint written, Fingerprint? onDisk)
    {
        if (onDisk is null)
        {
            previous.Remove(articleFile);
        }
        else
        {
            previous[articleFile] = onDisk;
        }

        byArticle[articleFile] = written;
        unsaved = true;
    }

    /// <summary>The write of an article's briefing failed: the file still holds what was there before.</summary>
    public void Undo(string articleFile)
    {
        unsaved = true;
        if (previous.Remove(articleFile, out var before))
        {
            byArticle[articleFile] = before;
        }
        else
        {
            byArticle.Remove(articleFile);
        }
    }

    /// <summary>Every file holds what <see cref="Begin"/> recorded: forget the earlier versions.</summary>
    public void Commit()
    {
        unsaved |= previous.Count > 0;
        previous.Clear();
    }

    public void Set(string articleFile, Fingerprint written)
    {
        byArticle[articleFile] = written;
        unsaved = true;
    }

    // Each article's entity prints, of the version on record and of the one before it.
    private IEnumerable<(string Article, IEnumerable<string> Prints)> EntityPrints() =>
        byArticle.Select(entry => (entry.Key, Prints(entry.Value).Concat(previous.TryGetValue(entry.Key, out var before) ? Prints(before) : [])));

    private static IEnumerable<string> Prints(Fingerprint print) => print.Items.TryGetValue("entities", out var prints) ? prints : [];

    /// <summary>Writes the state, unless this object wrote it already and nothing changed since.</summary>
    public void Save(string contentFolder)
    {
        if (!unsaved)
        {
            return;
        }

        // The entries are written in runs side by side, each run as an object of its own at the entries' depth; its
        // braces left off, the runs are joined with the comma one writer would put between them: the same bytes.
        var written = Runs(byArticle.ToArray()).AsParallel().AsOrdered().Select(WriteRun).ToList();
        List<ReadOnlyMemory<byte>> pieces = ["{"u8.ToArray()];
        foreach (var run in written.Where(r => r.WrittenCount > "{}".Length))
        {
            if (pieces.Count > 1)
            {
                pieces.Add(","u8.ToArray());
            }

            pieces.Add(run.WrittenMemory[1..^2]);
        }

        pieces.Add(pieces.Count > 1 ? "\n}\n"u8.ToArray() : "}\n"u8.ToArray());
        AtomicFile.Write(Path.Combine(contentFolder, FileName), pieces);
        unsaved = false;
        HandWrittenIds.Remember(contentFolder, EntityPrints());
    }

    // A run's buffer is sized for about this many bytes at most: below the large objects' 85,000, whose every
    // allocation counts towards a full collection (a large site's state is tens of megabytes, written twice a build).
    private const int RunBytes = 60_000;

    // Consecutive entries, as many to a run as fit its size (at least one); none at all make one empty run.
    private IEnumerable<(KeyValuePair<string, Fingerprint>[] Entries, int Size)> Runs(KeyValuePair<string, Fingerprint>[] entries)
    {
        var (start, size) = (0, RunRoom);
        for (var i = 0; i < entries.Length; i++)
        {
            var entry = EstimatedSize(entries[i]);
            if (i > start && size + entry > RunBytes)
            {
                yield return (entries[start..i], size);
                (start, size) = (i, RunRoom);
            }

            size += entry;
        }

        yield return (entries[start..], size);
    }

    // Written straight to bytes, into a buffer sized for the run: a node tree, or a buffer grown by doubling, costs more than the file itself.
    private ArrayBufferWriter<byte> WriteRun((KeyValuePair<string, Fingerprint>[] Entries, int Size) run)
    {
        var (entries, size) = run;
        var json = new ArrayBufferWriter<byte>(size);
        using var writer = new Utf8JsonWriter(json, new JsonWriterOptions { Indented = true, NewLine = "\n", SkipValidation = true });
        writer.WriteStartObject();
        foreach (var (article, print) in entries)
        {
            writer.WritePropertyName(article);
            Write(writer, print, previous.GetValueOrDefault(article));
        }

        writer.WriteEndObject();
        writer.Flush();
        return json;
    }

    // The room a run's buffer has besides its entries' (never none: the buffer needs some).
    private const int RunRoom = 256;

    // About 40 bytes a line, a line per field and list item, and a few more per entry, for both versions an entry may name.
    private int EstimatedSize(KeyValuePair<string, Fingerprint> entry) =>
        Size(entry.Value) + (previous.GetValueOrDefault(entry.Key) is { } before ? Size(before) : 0);

    private static int Size(Fingerprint print) => 256 + (40 * (print.Fields.Count + print.Items.Values.Sum(i => i.Count + 1)));

    private static void Write(Utf8JsonWriter writer, Fingerprint print, Fingerprint? before)
    {
        writer.WriteStartObject();
        writer.WriteStartObject("fields");
        foreach (var (name, hash) in InOrder(print.Fields))
        {
            writer.WriteString(name, hash);
        }

        writer.WriteEndObject();
        writer.WriteStartObject("items");
        foreach (var (name, list) in InOrder(print.Items).Where(i => i.Value.Count > 0))
        {
            writer.WriteStartArray(name);
            foreach (var item in list)
            {
                writer.WriteStringValue(item);
            }

            writer.WriteEndArray();
        }

        writer.WriteEndObject();
        if (before is not null)
        {
            writer.WritePropertyName("previous");
            Write(writer, before, null);
        }

        writer.WriteEndObject();
    }

    // Fingerprints made by FieldHashes are sorted already; loaded ones are sorted here.
    private static IEnumerable<KeyValuePair<string, T>> InOrder<T>(IReadOnlyDictionary<string, T> map) =>
        map is SortedDictionary<string, T> sorted && sorted.Comparer == StringComparer.Ordinal ? sorted : map.OrderBy(f => f.Key, StringComparer.Ordinal);

    private static Fingerprint Read(JsonElement record) =>
        new(Strings(record.GetProperty("fields")), Lists(record.TryGetProperty("items", out var items) && items.ValueKind == JsonValueKind.Object ? items : null));

    private static Dictionary<string, string> Strings(JsonElement map) =>
        map.EnumerateObject().Where(p => p.Value.ValueKind is not (JsonValueKind.Object or JsonValueKind.Array or JsonValueKind.Null))
            .ToDictionary(p => p.Name, p => p.Value.GetString()!, StringComparer.Ordinal);

    // Empty lists are left out when saving: a list missing from the record was written empty.
    private static Dictionary<string, IReadOnlyList<string>> Lists(JsonElement? map) =>
        ListField.All.ToDictionary(
            f => f.Name,
            f => map is { } items && items.TryGetProperty(f.Name, out var list) && list.ValueKind == JsonValueKind.Array
                ? list.EnumerateArray().Select(v => v.GetString()!).ToList()
                : (IReadOnlyList<string>)[],
            StringComparer.Ordinal);
}
