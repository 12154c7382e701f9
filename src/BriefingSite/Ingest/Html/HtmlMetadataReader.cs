using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace BriefingSite.Ingest.Html;

/// <summary>Reads title, authors, date and canonical address from Open Graph, JSON-LD, meta tags, h1 and title.</summary>
public static partial class HtmlMetadataReader
{
    public static ArticleMetadata Read(IDocument document)
    {
        var linked = LinkedData.Read(document);
        var authors = linked.Authors.Count > 0 ? linked.Authors : MetaAuthors(document);
        return new ArticleMetadata
        {
            Title = Title(document, linked.Headline),
            Authors = authors,
            Date = Date(document, linked.Published),
            Url = Meta(document, "link[rel=canonical]", "href") ?? Meta(document, "meta[property='og:url']", "content"),
        };
    }

    private static string? Title(IDocument document, string? headline)
    {
        var site = Meta(document, "meta[property='og:site_name']", "content");
        var og = StripSite(Meta(document, "meta[property='og:title']", "content") ?? Meta(document, "meta[name='twitter:title']", "content"), site);
        var h1 = document.QuerySelectorAll("h1").Select(h => TextNormaliser.OneLine(h.TextContent)).FirstOrDefault(t => t.Length > 3);
        var title = StripSite(TextNormaliser.OneLine(document.Title ?? string.Empty), site);

        // An h1 that the page's own titles agree with is the article's heading, not a logo.
        var agreed = h1 is not null && new[] { og, headline, title }.Any(t => t is not null && t.Contains(h1, StringComparison.OrdinalIgnoreCase));
        return agreed ? h1 : og ?? headline ?? h1 ?? (title is { Length: > 0 } ? title : null);
    }

    private static string? StripSite(string? title, string? site)
    {
        if (string.IsNullOrWhiteSpace(title))
        {
            return null;
        }

        var parts = SiteSeparator().Split(title);
        if (parts.Length == 1)
        {
            return title.Trim();
        }

        // The site name is the shortest part, or the one that matches og:site_name.
        var kept = parts.Where(p => site is null || !p.Trim().Equals(site, StringComparison.OrdinalIgnoreCase)).ToList();
        return (kept.Count == parts.Length ? kept.OrderByDescending(p => p.Length).First() : string.Join(" - ", kept)).Trim();
    }

    private static List<string> MetaAuthors(IDocument document)
    {
        var author = Meta(document, "meta[name='author']", "content") ?? Meta(document, "meta[property='article:author']", "content");
        return author is null || author.StartsWith("http", StringComparison.OrdinalIgnoreCase) ? [] : [author];
    }

    private static DateOnly? Date(IDocument document, string? published)
    {
        var candidates = new[]
        {
            published,
            Meta(document, "meta[property='article:published_time']", "content"),
            Meta(document, "meta[name='date']", "content"),
            Meta(document, "meta[itemprop='datePublished']", "content"),
            Meta(document, "time[datetime]", "datetime"),
        };
        return candidates.Where(c => c is not null).Select(c => DateParser.Find(c!)).FirstOrDefault(d => d is not null);
    }

    private static string? Meta(IDocument document, string selector, string attribute) =>
        document.QuerySelector(selector)?.GetAttribute(attribute)?.Trim() is { Length: > 0 } value ? value : null;

    [GeneratedRegex(@"\s+[|–—:»·-]\s+|\s+::\s+")]
    private static partial Regex SiteSeparator();
}
