namespace BriefingSite.Model;

/// <summary>A figure placed in the site: which briefing it comes from.</summary>
public sealed record SiteFigure(string BriefingSlug, Figure Figure);
