using System.Globalization;
using BriefingSite.Model;

namespace BriefingSite.Render;

/// <summary>The schema.org NewsArticle of a briefing as JSON-LD, for search engines and link previews.</summary>
public static class NewsArticleData
{
    /// <param name="pageUrl">The page's absolute URL when the site has a base URL.</param>
    public static string Of(Briefing briefing, SiteSettings settings, string? pageUrl)
    {
        var data = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "NewsArticle",
            ["headline"] = briefing.Title,
            ["description"] = briefing.Summary,
            ["inLanguage"] = settings.Language,
        };
        if (briefing.Date is DateOnly date)
        {
            data["datePublished"] = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        }

        if (briefing.Authors.Count > 0)
        {
            data["author"] = briefing.Authors.Select(a => (object?)Typed("Person", a)).ToList();
        }

        if (pageUrl is not null)
        {
            data["url"] = pageUrl;
            data["mainEntityOfPage"] = pageUrl;
        }

        if (SafeUrl.IsWeb(briefing.Source?.Url))
        {
            data["isBasedOn"] = briefing.Source!.Url;
        }

        if (briefing.Tags.Count > 0)
        {
            data["keywords"] = string.Join(", ", briefing.Tags);
        }

        data["about"] = briefing.Entities.Take(10).Select(e => (object?)Typed(SchemaType(e.Type), e.Name)).ToList();
        data["publisher"] = Typed("Organization", settings.Title);
        return JsonValue.ToText(data);
    }

    private static Dictionary<string, object?> Typed(string type, string name) =>
        new(StringComparer.Ordinal) { ["@type"] = type, ["name"] = name };

    private static string SchemaType(EntityType type) => type switch
    {
        EntityType.Person => "Person",
        EntityType.Organization => "Organization",
        EntityType.Place => "Place",
        _ => "Thing",
    };
}
