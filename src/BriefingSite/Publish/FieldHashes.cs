using BriefingSite.Model;

namespace BriefingSite.Publish;

/// <summary>Fingerprints of what the generator last wrote for each front matter field, list item and the body of one briefing.</summary>
public static class FieldHashes
{
    public const string BodyField = "(body)";

    /// <param name="earlier">A fingerprint made before: a list whose field hash it shares has the same items, so their prints are taken from it.</param>
    public static Fingerprint Of(Briefing briefing, Fingerprint? earlier = null)
    {
        using var texts = FieldTexts.Of(briefing);
        return Of(briefing, texts, earlier);
    }

    /// <summary>The fingerprint of a briefing whose fields are written already: every field and item is hashed from that text.</summary>
    internal static Fingerprint Of(Briefing briefing, FieldTexts texts, Fingerprint? earlier = null)
    {
        using var hasher = new TextHasher();
        var fields = FieldsOf(briefing, texts, hasher);
        var items = new SortedDictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var list in ListField.All)
        {
            items[list.Name] = earlier is not null && earlier.Fields.GetValueOrDefault(list.Name) == fields[list.Name]
                && earlier.Items.TryGetValue(list.Name, out var prints) && prints.Count == list.Count(briefing)
                ? prints
                : list.Prints(briefing, texts, hasher);
        }

        return new Fingerprint(fields, items);
    }

    /// <summary>The hash of each field and of the body.</summary>
    /// <param name="like">A briefing whose hashes are known: a field of equal value takes its hash instead of being written and hashed again.</param>
    /// <param name="likeHashes">The field hashes of <paramref name="like"/>.</param>
    public static IReadOnlyDictionary<string, string> FieldsOf(Briefing briefing, Briefing? like = null, IReadOnlyDictionary<string, string>? likeHashes = null)
    {
        if (like is null || likeHashes is null)
        {
            using var texts = FieldTexts.Of(briefing);
            using var hasher = new TextHasher();
            return FieldsOf(briefing, texts, hasher);
        }

        var known = FrontMatterWriter.Fields(like).ToDictionary(f => f.Key, f => f.Value, StringComparer.Ordinal);
        var hashes = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, value) in FrontMatterWriter.Fields(briefing).Where(f => !briefing.Extra.ContainsKey(f.Key)))
        {
            hashes[key] = known.TryGetValue(key, out var same) && likeHashes.TryGetValue(key, out var hash) && WrittenValue.Equal(value, same)
                ? hash
                : ValueHash(key, value);
        }

        AddAbsent(hashes);
        hashes[BodyField] = like.Body == briefing.Body && likeHashes.TryGetValue(BodyField, out var body) ? body : Hash(FrontMatterWriter.Body(briefing.Body));
        return hashes;
    }

    private static SortedDictionary<string, string> FieldsOf(Briefing briefing, FieldTexts texts, TextHasher hasher)
    {
        var hashes = new SortedDictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < texts.Count; i++)
        {
            hashes[texts.Key(i)] = hasher.Hash(texts.Text(i));
        }

        AddAbsent(hashes);
        hashes[BodyField] = hasher.Hash(FrontMatterWriter.Body(briefing.Body));
        return hashes;
    }

    private static void AddAbsent(SortedDictionary<string, string> hashes)
    {
        foreach (var key in KnownOptionalFields)
        {
            hashes.TryAdd(key, AbsentHash);
        }
    }

    // Fields the writer leaves out when empty still have a value to compare: absent.
    private static readonly string[] KnownOptionalFields = ["date", "author", "source"];

    private static readonly string AbsentHash = Hash("");

    /// <summary>The hash of a value's YAML text (<see cref="FrontMatterWriter.ValueText"/>).</summary>
    internal static string ValueHash(string key, object? value, int length = 16)
    {
        using var yaml = YamlText.OfValue(key, value);
        return Hash(yaml.Text.Trim(), length);
    }

    internal static string Hash(ReadOnlySpan<char> text, int length = 16)
    {
        using var hasher = new TextHasher();
        return hasher.Hash(text, length);
    }
}
