using System.Text.Json;
using AngleSharp.Dom;

namespace BriefingSite.Ingest.Html;

/// <summary>The headline, authors and publication date a page declares in its JSON-LD scripts.</summary>
public sealed record LinkedData(string? Headline, IReadOnlyList<string> Authors, string? Published)
{
    public static LinkedData Read(IDocument document)
    {
        var found = new LinkedData(null, [], null);
        foreach (var script in document.QuerySelectorAll("script[type='application/ld+json']"))
        {
            try
            {
                using var json = JsonDocument.Parse(script.TextContent);
                found = Merge(found, json.RootElement);
            }
            catch (JsonException)
            {
                // Broken JSON-LD is common; the other metadata sources still apply.
            }
        }

        return found;
    }

    private static LinkedData Merge(LinkedData found, JsonElement element)
    {
        if (element.ValueKind == JsonValueKind.Array)
        {
            return element.EnumerateArray().Aggregate(found, Merge);
        }

        if (element.ValueKind != JsonValueKind.Object)
        {
            return found;
        }

        if (element.TryGetProperty("@graph", out var graph))
        {
            found = Merge(found, graph);
        }

        return found with
        {
            Headline = found.Headline ?? StringOf(element, "headline"),
            Authors = found.Authors.Count > 0 ? found.Authors : Names(element),
            Published = found.Published ?? StringOf(element, "datePublished"),
        };
    }

    private static List<string> Names(JsonElement element)
    {
        if (!element.TryGetProperty("author", out var author))
        {
            return [];
        }

        var items = author.ValueKind == JsonValueKind.Array ? author.EnumerateArray().ToList() : [author];
        return [.. items
            .Select(a => a.ValueKind == JsonValueKind.String ? a.GetString() : StringOf(a, "name"))
            .Where(n => !string.IsNullOrWhiteSpace(n) && !n.StartsWith("http", StringComparison.OrdinalIgnoreCase))
            .Select(n => TextNormaliser.OneLine(n!))
            .Distinct()];
    }

    private static string? StringOf(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? TextNormaliser.OneLine(value.GetString() ?? string.Empty) is { Length: > 0 } text ? text : null
            : null;
}
