using System.Collections;
using System.Globalization;
using BriefingSite.Model;

namespace BriefingSite.Render;

/// <summary>A briefing's front matter as plain data under its contract names (snake_case), unknown fields included.</summary>
/// <remarks>The one place that names the fields for templates and for briefings.json, so both speak the contract.</remarks>
public static class FrontMatter
{
    private const int ContractFields = 14;

    public static Dictionary<string, object?> Of(Briefing briefing) => WithRoom(briefing, 0);

    /// <summary>The fields in a map with room for <paramref name="room"/> more, so a view adding them never makes it grow.</summary>
    internal static Dictionary<string, object?> WithRoom(Briefing briefing, int room)
    {
        var fields = new Dictionary<string, object?>(ContractFields + briefing.Extra.Count + room, StringComparer.Ordinal)
        {
            ["title"] = briefing.Title,
            ["slug"] = briefing.Slug,
        };
        if (briefing.Date is DateOnly date)
        {
            fields["date"] = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        }

        if (briefing.Authors.Count > 0)
        {
            fields["author"] = briefing.Authors.Count == 1 ? briefing.Authors[0] : briefing.Authors.ToList<object?>();
        }

        if (briefing.Source is SourceInfo source)
        {
            fields["source"] = Map(("file", source.File), ("url", source.Url), ("sha256", source.Sha256));
        }

        fields["summary"] = briefing.Summary;
        fields["key_points"] = briefing.KeyPoints.ToList<object?>();
        fields["tags"] = briefing.Tags.ToList<object?>();
        fields["entities"] = briefing.Entities.Select(e => (object?)Map(
            ("name", e.Name), ("id", e.Id), ("type", TypeName(e.Type)), ("role", e.Role), ("aliases", e.Aliases.ToList<object?>()))).ToList();
        fields["figures"] = briefing.Figures.Select(f => (object?)Map(("value", f.Value), ("about", f.About), ("sentence", f.Sentence))).ToList();
        fields["events"] = briefing.Events.Select(e => (object?)Map(("date", e.Date), ("text", e.Text), ("sentence", e.Sentence))).ToList();
        fields["quotes"] = briefing.Quotes.Select(q => (object?)Map(("speaker", q.Speaker), ("text", q.Text), ("sentence", q.Sentence))).ToList();
        fields["related"] = briefing.Related.ToList<object?>();
        fields["sources"] = briefing.Sources.ToList<object?>();

        // Unknown fields reach templates under their own names, but never shadow a contract field.
        foreach (var (name, value) in briefing.Extra.OrderBy(e => e.Key, StringComparer.Ordinal))
        {
            fields.TryAdd(name, Plain(value));
        }

        return fields;
    }

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

    // Optional fields are left out when empty, as the front matter omits them. Room for the page view's url, anchor and speaker_url.
    private static Dictionary<string, object?> Map(params ReadOnlySpan<(string Name, object? Value)> fields)
    {
        var map = new Dictionary<string, object?>(fields.Length + 2, StringComparer.Ordinal);
        foreach (var (name, value) in fields)
        {
            if (value is not null && !(value is string text && text.Length == 0))
            {
                map[name] = value;
            }
        }

        return map;
    }
}
