namespace BriefingSite.Model;

/// <summary>One entity across the whole site: what every briefing and the entity's own page say of it.</summary>
public sealed record SiteEntity
{
    public required string Id { get; init; }

    public required string Name { get; init; }

    public required EntityType Type { get; init; }

    /// <summary>Every name seen for it across briefings and overrides, display name excluded.</summary>
    public IReadOnlyList<string> Aliases { get; init; } = [];

    /// <summary>Distinct roles the briefings give it.</summary>
    public IReadOnlyList<string> Roles { get; init; } = [];

    /// <summary>From input/entities/&lt;id&gt;.md, when a person wrote one.</summary>
    public string? Description { get; init; }

    /// <summary>Slugs of the briefings that name it, newest first.</summary>
    public IReadOnlyList<string> Briefings { get; init; } = [];

    /// <summary>Sentences that mention it, in briefing order.</summary>
    public IReadOnlyList<EntityMention> Mentions { get; init; } = [];

    /// <summary>Quotes it spoke, with the briefing each comes from.</summary>
    public IReadOnlyList<SiteQuote> Quotes { get; init; } = [];

    /// <summary>Figures stated in sentences that name it, with the briefing each comes from.</summary>
    public IReadOnlyList<SiteFigure> Figures { get; init; } = [];

    /// <summary>Events dated in sentences that name it, oldest first.</summary>
    public IReadOnlyList<TimelineEntry> Events { get; init; } = [];

    /// <summary>Hidden by its entity file: no page, no links.</summary>
    public bool Hidden { get; init; }
}
