namespace BriefingSite.Model;

/// <summary>Site-wide settings the templates use.</summary>
public sealed record SiteSettings
{
    public string Title { get; init; } = "Briefings";

    public string Description { get; init; } = "Briefings with key facts, people, places and timelines.";

    /// <summary>Absolute URL the site is published at, ending in "/"; only feeds, sitemaps and canonical links use it.</summary>
    public string? BaseUrl { get; init; }

    public string Language { get; init; } = "en";
}
