using BriefingSite.Model;
using YamlDotNet.RepresentationModel;

namespace BriefingSite.Ingest;

/// <summary>Reads a hand-written input/entities/&lt;id&gt;.md: name, type, aliases, description, hidden, and any other field.</summary>
public static class EntityFileReader
{
    private static readonly HashSet<string> Known = new(StringComparer.Ordinal) { "id", "name", "type", "aliases", "description", "hidden" };

    public static EntityFile? Read(string path, string text, List<Diagnostic> diagnostics)
    {
        var before = diagnostics.Count;
        var document = FrontMatterDocument.Parse(path, text, diagnostics);
        if (document is null)
        {
            return null;
        }

        var yaml = new YamlFields(path, diagnostics);
        var fields = YamlFields.ByKey(document.Fields);
        var id = fields.TryGetValue("id", out var idNode) ? yaml.Text(idNode, "id") : Path.GetFileNameWithoutExtension(path);
        if (id is null || !Slugs.IsValid(id))
        {
            diagnostics.Add(new Diagnostic(path, 1, 1, $"entity id '{id}' must be lower-case letters a-z, digits and single hyphens"));
            return null;
        }

        EntityType? type = null;
        if (fields.TryGetValue("type", out var typeNode))
        {
            type = EntityTypes.Parse(yaml.Text(typeNode, "type"));
            if (type is null)
            {
                yaml.Problem(typeNode, "entity type must be person, organization, place or other");
            }
        }

        var description = fields.TryGetValue("description", out var d) ? yaml.Text(d, "description") : null;
        var file = new EntityFile
        {
            Id = id,
            Name = fields.TryGetValue("name", out var name) ? yaml.Text(name, "name") : null,
            Type = type,
            Aliases = fields.TryGetValue("aliases", out var aliases) ? yaml.TextList(aliases, "aliases") : [],
            Description = string.IsNullOrWhiteSpace(description) ? NullIfEmpty(document.Body) : description,
            Hidden = fields.TryGetValue("hidden", out var hidden) && YamlFields.Plain(hidden) is true,
            Extra = YamlFields.Unknown(fields, Known),
        };

        return diagnostics.Count == before ? file : null;
    }

    private static string? NullIfEmpty(string text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
