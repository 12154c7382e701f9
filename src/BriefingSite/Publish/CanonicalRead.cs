using System.Globalization;
using BriefingSite.Model;

namespace BriefingSite.Publish;

/// <summary>
/// Reads a briefing file that is exactly as <see cref="FrontMatterWriter"/> writes it without a YAML parser: a quick
/// reading (<see cref="QuickYaml"/>) is kept only when writing it gives the file's bytes again, and then the briefing is
/// what the reader makes of it (<see cref="ReadBack"/>). Any other file, hand-edited into another shape or broken, gives
/// null and is read by <see cref="Ingest.BriefingFileReader"/>, which also names its problems.
/// </summary>
public static class CanonicalRead
{
    /// <param name="text">The file's text, decoded exactly from its bytes (so equal texts are equal bytes).</param>
    public static Briefing? Of(string text)
    {
        // "---\n" then the front matter's lines then "\n---\n": a front matter of no lines is not the writer's.
        if (!text.StartsWith("---\n", StringComparison.Ordinal) || text.IndexOf("\n---\n", 3, StringComparison.Ordinal) is not (var close and > 3))
        {
            return null;
        }

        var rest = text.AsSpan(close + 5);
        var body = rest.Length == 0 ? "" : rest.Length > 2 && rest[0] == '\n' && rest[^1] == '\n' ? rest[1..^1].ToString() : null;
        var fields = body is null ? null : QuickYaml.Mapping(text, 4, close);
        var guess = fields is null ? null : Briefing(fields, body!);
        return guess is not null && ReadBack.Of(guess) is { } read && FrontMatterWriter.Writes(guess, text) ? read : null;
    }

    private static Briefing? Briefing(List<KeyValuePair<string, object>> fields, string body)
    {
        var values = new Dictionary<string, object>(StringComparer.Ordinal);
        foreach (var (key, value) in fields)
        {
            if (!values.TryAdd(key, value))
            {
                return null;
            }
        }

        try
        {
            return new Briefing
            {
                Title = Text(values, "title") ?? "",
                Slug = Text(values, "slug") ?? "",
                Date = Text(values, "date") is { } date ? DateOnly.ParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture) : null,
                Authors = values.GetValueOrDefault("author") switch { null => [], string one => [one], var many => Texts(many) },
                Source = values.GetValueOrDefault("source") is { } source ? Source(new Fields(source)) : null,
                Summary = Text(values, "summary") ?? "",
                KeyPoints = Texts(values.GetValueOrDefault("key_points")),
                Tags = Texts(values.GetValueOrDefault("tags")),
                Entities = Items(values, "entities", e => new EntityRef
                {
                    Name = Text(e, "name")!,
                    Id = Text(e, "id")!,
                    Type = EntityTypes.Parse(Text(e, "type")) ?? throw new FormatException("not a type"),
                    Role = Text(e, "role"),
                    Aliases = Texts(e["aliases"]),
                }),
                Figures = Items(values, "figures", f => new Figure { Value = Text(f, "value")!, About = Text(f, "about")!, Sentence = Number(f) }),
                Events = Items(values, "events", e => new DatedEvent { Date = Text(e, "date")!, Text = Text(e, "text")!, Sentence = Number(e) }),
                Quotes = Items(values, "quotes", q => new Quote { Speaker = Text(q, "speaker")!, Text = Text(q, "text")!, Sentence = Number(q) }),
                Related = Texts(values.GetValueOrDefault("related")),
                Sources = Texts(values.GetValueOrDefault("sources")),
                Body = body,
            };
        }
        catch (Exception error) when (error is FormatException or InvalidCastException or OverflowException or ArgumentException)
        {
            // Not in the writer's shape after all.
            return null;
        }
    }

    private static SourceInfo Source(Fields source) =>
        new() { File = Text(source, "file")!, Url = Text(source, "url"), Sha256 = Text(source, "sha256") };

    private static string? Text(Dictionary<string, object> values, string key) => (string?)values.GetValueOrDefault(key);

    private static string? Text(Fields values, string key) => (string?)values[key];

    private static int? Number(Fields values) =>
        Text(values, "sentence") is { } text ? int.Parse(text, NumberStyles.None, CultureInfo.InvariantCulture) : null;

    private static List<string> Texts(object? list) => list is null ? [] : [.. ((List<object>)list).Cast<string>()];

    private static List<T> Items<T>(Dictionary<string, object> values, string key, Func<Fields, T> read) =>
        values.GetValueOrDefault(key) is { } items ? [.. ((List<object>)items).Select(item => read(new Fields(item)))] : [];

    /// <summary>A nested map's few fields, looked up in place (the first of a key given twice: the writer's check then fails).</summary>
    private readonly struct Fields(object map)
    {
        private readonly List<KeyValuePair<string, object>> fields = (List<KeyValuePair<string, object>>)map;

        public object? this[string key]
        {
            get
            {
                foreach (var (name, value) in fields)
                {
                    if (name == key)
                    {
                        return value;
                    }
                }

                return null;
            }
        }
    }
}
