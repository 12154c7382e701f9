using System.Globalization;
using BriefingSite.Model;
using YamlDotNet.RepresentationModel;

namespace BriefingSite.Ingest;

/// <summary>Reads a briefing file (YAML front matter + Markdown body) and validates it against the contract.</summary>
public static class BriefingFileReader
{
    public static readonly IReadOnlySet<string> KnownFields = new HashSet<string>(StringComparer.Ordinal)
    {
        "title", "slug", "date", "author", "source", "summary", "key_points", "tags", "entities", "figures",
        "events", "quotes", "related", "sources",
    };

    /// <summary>The briefing, or null when the file is broken; every problem found is added to diagnostics.</summary>
    public static Briefing? Read(string path, string text, List<Diagnostic> diagnostics)
    {
        var before = diagnostics.Count;
        var document = FrontMatterDocument.Parse(path, text, diagnostics);
        if (document is null)
        {
            return null;
        }

        var yaml = new YamlFields(path, diagnostics);
        var fields = YamlFields.ByKey(document.Fields);
        var title = Required(yaml, fields, document.Fields, "title");
        var slug = Required(yaml, fields, document.Fields, "slug");
        if (slug is not null && !Slugs.IsValid(slug))
        {
            yaml.Problem(fields["slug"], $"slug '{slug}' must be lower-case letters a-z, digits and single hyphens");
        }

        var briefing = new Briefing
        {
            Title = title ?? "",
            Slug = slug ?? "",
            Date = fields.TryGetValue("date", out var date) ? ReadDate(yaml, date) : null,
            Authors = fields.TryGetValue("author", out var author) ? yaml.TextList(author, "author") : [],
            Source = fields.TryGetValue("source", out var source) ? ReadSource(yaml, source) : null,
            Summary = fields.TryGetValue("summary", out var summary) ? yaml.Text(summary, "summary") ?? "" : "",
            KeyPoints = List(yaml, fields, "key_points"),
            Tags = List(yaml, fields, "tags"),
            Entities = Records(yaml, fields, "entities", ReadEntity),
            Figures = Records(yaml, fields, "figures", (r, at) => ReadFigure(yaml, r, at)),
            Events = Records(yaml, fields, "events", (r, at) => ReadEvent(yaml, r, at)),
            Quotes = Records(yaml, fields, "quotes", (r, at) => ReadQuote(yaml, r, at)),
            Related = List(yaml, fields, "related"),
            Sources = List(yaml, fields, "sources"),
            Extra = YamlFields.Unknown(fields, KnownFields),
            Body = document.Body,
        };

        return diagnostics.Count == before ? briefing : null;

        EntityRef? ReadEntity(Dictionary<string, YamlNode> r, YamlNode at)
        {
            var name = yaml.Required(r, at, "name", "entities");
            var typeName = yaml.Optional(r, "type", "entities") ?? "other";
            var type = EntityTypes.Parse(typeName);
            if (type is null)
            {
                yaml.Problem(r["type"], $"entity type '{typeName}' must be person, organization, place or other");
            }

            var id = yaml.Optional(r, "id", "entities") ?? (name is null ? null : Slugs.From(name));
            if (id is not null && !Slugs.IsValid(id))
            {
                yaml.Problem(r["id"], $"entity id '{id}' must be lower-case letters a-z, digits and single hyphens");
            }

            return name is null || id is null || type is null ? null : new EntityRef
            {
                Name = name,
                Id = id,
                Type = type.Value,
                Role = yaml.Optional(r, "role", "entities"),
                Aliases = r.TryGetValue("aliases", out var aliases) ? yaml.TextList(aliases, "entities.aliases") : [],
            };
        }
    }

    private static string? Required(YamlFields yaml, Dictionary<string, YamlNode> fields, YamlNode at, string key)
    {
        if (fields.TryGetValue(key, out var node))
        {
            var value = yaml.Text(node, key);
            if (string.IsNullOrWhiteSpace(value))
            {
                yaml.Problem(node, $"'{key}' must not be empty");
            }

            return value;
        }

        yaml.Problem(at, $"missing required field '{key}'");
        return null;
    }

    private static IReadOnlyList<string> List(YamlFields yaml, Dictionary<string, YamlNode> fields, string key) =>
        fields.TryGetValue(key, out var node) ? yaml.TextList(node, key) : [];

    private static List<T> Records<T>(
        YamlFields yaml, Dictionary<string, YamlNode> fields, string key, Func<Dictionary<string, YamlNode>, YamlNode, T?> read)
        where T : class =>
        fields.TryGetValue(key, out var node)
            ? yaml.Records(node, key).Select(r => read(YamlFields.ByKey(r), r)).OfType<T>().ToList()
            : [];

    private static DateOnly? ReadDate(YamlFields yaml, YamlNode node)
    {
        var text = yaml.Text(node, "date");
        if (text is null)
        {
            return null;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var moment) && text.Contains('T'))
        {
            return DateOnly.FromDateTime(moment.UtcDateTime);
        }

        yaml.Problem(node, $"date '{text}' is not an ISO 8601 date (YYYY-MM-DD)");
        return null;
    }

    private static SourceInfo? ReadSource(YamlFields yaml, YamlNode node)
    {
        if (node is not YamlMappingNode mapping)
        {
            yaml.Problem(node, "'source' must be a mapping with file, url and sha256");
            return null;
        }

        var r = YamlFields.ByKey(mapping);
        var file = yaml.Required(r, node, "file", "source");
        return file is null ? null : new SourceInfo { File = file, Url = yaml.Optional(r, "url", "source"), Sha256 = yaml.Optional(r, "sha256", "source") };
    }

    private static Figure? ReadFigure(YamlFields yaml, Dictionary<string, YamlNode> r, YamlNode at)
    {
        var value = yaml.Required(r, at, "value", "figures");
        return value is null ? null : new Figure { Value = value, About = yaml.Optional(r, "about", "figures") ?? "", Sentence = Sentence(yaml, r) };
    }

    private static DatedEvent? ReadEvent(YamlFields yaml, Dictionary<string, YamlNode> r, YamlNode at)
    {
        var date = yaml.Required(r, at, "date", "events");
        var text = yaml.Required(r, at, "text", "events");
        if (date is not null && !PartialDates.IsValid(date))
        {
            yaml.Problem(r["date"], $"event date '{date}' must be ISO 8601: YYYY-MM-DD, YYYY-MM, YYYY, --MM-DD or --MM");
            return null;
        }

        return date is null || text is null ? null : new DatedEvent { Date = date, Text = text, Sentence = Sentence(yaml, r) };
    }

    private static Quote? ReadQuote(YamlFields yaml, Dictionary<string, YamlNode> r, YamlNode at)
    {
        var speaker = yaml.Required(r, at, "speaker", "quotes");
        var text = yaml.Required(r, at, "text", "quotes");
        return speaker is null || text is null ? null : new Quote { Speaker = speaker, Text = text, Sentence = Sentence(yaml, r) };
    }

    private static int? Sentence(YamlFields yaml, Dictionary<string, YamlNode> r) =>
        r.TryGetValue("sentence", out var node) ? yaml.Number(node, "sentence") : null;
}
