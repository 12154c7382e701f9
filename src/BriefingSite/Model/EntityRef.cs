namespace BriefingSite.Model;

/// <summary>An entity as a briefing names it: its display name, site-wide id, type, role and aliases.</summary>
public sealed record EntityRef
{
    public required string Name { get; init; }

    /// <summary>Site-wide id, [a-z0-9-]; the same entity has the same id in every briefing.</summary>
    public required string Id { get; init; }

    public required EntityType Type { get; init; }

    /// <summary>Role or title as the article gives it, e.g. "US Deputy National Security Adviser".</summary>
    public string? Role { get; init; }

    /// <summary>Other names the article uses for it: short forms, acronyms, expansions.</summary>
    public IReadOnlyList<string> Aliases { get; init; } = [];
}
