namespace BriefingSite.Model;

/// <summary>An event on the site timeline, linked to its briefing and sentence.</summary>
public sealed record TimelineEntry(string BriefingSlug, DatedEvent Event);
