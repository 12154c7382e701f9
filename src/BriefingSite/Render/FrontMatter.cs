using System.Collections;
using System.Globalization;
using System.Text.Json;
using BriefingSite.Model;

namespace BriefingSite.Render;

/// <summary>A briefing's front matter as plain data under its contract names (snake_case), unknown fields included.</summary>
/// <remarks>The one place that names the fields for templates and for briefings.json, so both speak the contract.</remarks>
public static partial class FrontMatter
{
    private const int ContractFields = 14;

    public static Dictionary<string, object?> Of(Briefing briefing) => WithRoom(briefing, 0);

    /// <summary>The fields in a map with room for <paramref name="room"/> more, so a view adding them never makes it grow.</summary>
    internal static Dictionary<string, object?> WithRoom(Briefing briefing, int room)
    {
        var maps = new MapSink(ContractFields + briefing.Extra.Count + room);
        Walk(briefing, maps);
        return maps.Root;
    }

    /// <summary>The briefing's object as <see cref="JsonValue"/> writes <see cref="Of"/>, written straight to the writer.</summary>
    /// <remarks>briefings.json holds one for every briefing: made as maps and lists first, they cost a large site more than the writing.</remarks>
    internal static void WriteJson(Briefing briefing, Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        Walk(briefing, new JsonSink(writer));
        writer.WriteEndObject();
    }

    // The fields in the contract's order, then the unknown ones by name; empty optional fields are left out, as the front
    // matter omits them. Every sink gets the same calls, so the maps and the JSON cannot disagree.
    private static void Walk<TSink>(Briefing briefing, TSink sink)
        where TSink : IFieldSink
    {
        sink.Text("title", briefing.Title);
        sink.Text("slug", briefing.Slug);
        if (briefing.Date is DateOnly date)
        {
            sink.Text("date", date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }

        if (briefing.Authors.Count == 1)
        {
            sink.Text("author", briefing.Authors[0]);
        }
        else if (briefing.Authors.Count > 1)
        {
            sink.Texts("author", briefing.Authors);
        }

        if (briefing.Source is SourceInfo source)
        {
            sink.BeginRecord("source", 3);
            Optional(sink, "file", source.File);
            Optional(sink, "url", source.Url);
            Optional(sink, "sha256", source.Sha256);
            sink.EndRecord();
        }

        sink.Text("summary", briefing.Summary);
        sink.Texts("key_points", briefing.KeyPoints);
        sink.Texts("tags", briefing.Tags);
        sink.BeginList("entities", briefing.Entities.Count);
        foreach (var e in briefing.Entities)
        {
            sink.BeginRecord(null, 5);
            Optional(sink, "name", e.Name);
            Optional(sink, "id", e.Id);
            Optional(sink, "type", TypeName(e.Type));
            Optional(sink, "role", e.Role);
            sink.Texts("aliases", e.Aliases);
            sink.EndRecord();
        }

        sink.EndList();
        Facts(sink, "figures", briefing.Figures, ("value", "about"), static f => (f.Value, f.About, f.Sentence));
        Facts(sink, "events", briefing.Events, ("date", "text"), static e => (e.Date, e.Text, e.Sentence));
        Facts(sink, "quotes", briefing.Quotes, ("speaker", "text"), static q => (q.Speaker, q.Text, q.Sentence));
        sink.Texts("related", briefing.Related);
        sink.Texts("sources", briefing.Sources);

        // Unknown fields reach templates under their own names, but never shadow a contract field.
        foreach (var (name, value) in briefing.Extra.OrderBy(e => e.Key, StringComparer.Ordinal))
        {
            if (!Written(briefing, name))
            {
                sink.Plain(name, Plain(value));
            }
        }
    }

    private static void Facts<TSink, TFact>(TSink sink, string name, IReadOnlyList<TFact> facts, (string First, string Second) names, Func<TFact, (string First, string Second, int? Sentence)> parts)
        where TSink : IFieldSink
    {
        sink.BeginList(name, facts.Count);
        foreach (var fact in facts)
        {
            var (first, second, sentence) = parts(fact);
            sink.BeginRecord(null, 3);
            Optional(sink, names.First, first);
            Optional(sink, names.Second, second);
            if (sentence is int number)
            {
                sink.Number("sentence", number);
            }

            sink.EndRecord();
        }

        sink.EndList();
    }

    private static void Optional<TSink>(TSink sink, string name, string? value)
        where TSink : IFieldSink
    {
        if (!string.IsNullOrEmpty(value))
        {
            sink.Text(name, value);
        }
    }

    // Whether Walk wrote this contract field of the briefing.
    private static bool Written(Briefing briefing, string name) => name switch
    {
        "title" or "slug" or "summary" or "key_points" or "tags" or "entities" or "figures" or "events" or "quotes" or "related" or "sources" => true,
        "date" => briefing.Date is not null,
        "author" => briefing.Authors.Count > 0,
        "source" => briefing.Source is not null,
        _ => false,
    };

    public static string TypeName(EntityType type) => type switch
    {
        EntityType.Person => "person",
        EntityType.Organization => "organization",
        EntityType.Place => "place",
        EntityType.Other => "other",
        _ => type.ToString().ToLowerInvariant(),
    };

    /// <summary>YAML-read values (maps with object keys, lists, scalars) as string-keyed maps, lists and scalars.</summary>
    public static object? Plain(object? value) => value switch
    {
        null => null,
        string or bool or int or long or double or decimal => value,
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTime time => time.ToString("yyyy-MM-ddTHH:mm:ss", CultureInfo.InvariantCulture),
        IDictionary map => map.Keys.Cast<object>()
            .ToDictionary(k => Convert.ToString(k, CultureInfo.InvariantCulture) ?? "", k => Plain(map[k]), StringComparer.Ordinal),
        IEnumerable list => list.Cast<object?>().Select(Plain).ToList(),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture),
    };
}
