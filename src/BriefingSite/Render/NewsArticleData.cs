using System.Globalization;
using System.Text.Json;
using BriefingSite.Model;

namespace BriefingSite.Render;

/// <summary>The schema.org NewsArticle of a briefing as JSON-LD, for search engines and link previews.</summary>
public static class NewsArticleData
{
    /// <param name="pageUrl">The page's absolute URL when the site has a base URL.</param>
    /// <remarks>Written field by field, as <see cref="JsonValue"/> would write the same object made as maps and lists.</remarks>
    public static string Of(Briefing briefing, SiteSettings settings, string? pageUrl) => JsonValue.ToText(json =>
    {
        json.WriteStartObject();
        json.WriteString("@context", "https://schema.org");
        json.WriteString("@type", "NewsArticle");
        json.WriteString("headline", briefing.Title);
        json.WriteString("description", SummaryStart.Of(briefing.Summary, SummaryStart.DescriptionLength));
        json.WriteString("inLanguage", settings.Language);
        if (briefing.Date is DateOnly date)
        {
            json.WriteString("datePublished", date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }

        if (briefing.Authors.Count > 0)
        {
            json.WriteStartArray("author");
            foreach (var author in briefing.Authors)
            {
                Typed(json, "Person", author);
            }

            json.WriteEndArray();
        }

        if (pageUrl is not null)
        {
            json.WriteString("url", pageUrl);
            json.WriteString("mainEntityOfPage", pageUrl);
        }

        if (SafeUrl.IsWeb(briefing.Source?.Url))
        {
            json.WriteString("isBasedOn", briefing.Source!.Url);
        }

        if (briefing.Tags.Count > 0)
        {
            json.WriteString("keywords", string.Join(", ", briefing.Tags));
        }

        json.WriteStartArray("about");
        foreach (var entity in briefing.Entities.Take(10))
        {
            Typed(json, SchemaType(entity.Type), entity.Name);
        }

        json.WriteEndArray();
        json.WritePropertyName("publisher");
        Typed(json, "Organization", settings.Title);
        json.WriteEndObject();
    });

    private static void Typed(Utf8JsonWriter json, string type, string? name)
    {
        json.WriteStartObject();
        json.WriteString("@type", type);
        json.WriteString("name", name);
        json.WriteEndObject();
    }

    private static string SchemaType(EntityType type) => type switch
    {
        EntityType.Person => "Person",
        EntityType.Organization => "Organization",
        EntityType.Place => "Place",
        _ => "Thing",
    };
}
