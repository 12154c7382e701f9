namespace BriefingSite.Model;

/// <summary>All briefings linked to each other and to their entities: what the renderer turns into pages.</summary>
public sealed record Site
{
    public required SiteSettings Settings { get; init; }

    /// <summary>Newest first (undated last), then by title; entity ids and related slugs resolved.</summary>
    public required IReadOnlyList<Briefing> Briefings { get; init; }

    /// <summary>Visible entities, sorted by id.</summary>
    public required IReadOnlyList<SiteEntity> Entities { get; init; }

    /// <summary>Tag to the slugs of the briefings that carry it, tags sorted.</summary>
    public required IReadOnlyList<KeyValuePair<string, IReadOnlyList<string>>> Tags { get; init; }

    /// <summary>Every event of every briefing, oldest first; year-less dates last.</summary>
    public required IReadOnlyList<TimelineEntry> Timeline { get; init; }

    /// <summary>For each briefing slug, its related briefings (those of its front matter, in that order) with the reasons they relate.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<RelatedBriefing>> Relations { get; init; } = new Dictionary<string, IReadOnlyList<RelatedBriefing>>();

    /// <summary>Figures and events that two or more briefings state of the same entity, agreeing or not.</summary>
    public IReadOnlyList<Corroboration> Corroborations { get; init; } = [];
}
