namespace BriefingSite.Model;

/// <summary>A quote placed in the site: which briefing it comes from.</summary>
public sealed record SiteQuote(string BriefingSlug, Quote Quote);
