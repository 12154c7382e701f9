using BriefingSite.Model;

namespace BriefingSite.Link;

/// <summary>One entity after resolution: its canonical id, name and type, every name seen, and the entity file if any.</summary>
public sealed record ResolvedEntity
{
    public required string Id { get; init; }

    public required string Name { get; init; }

    public required EntityType Type { get; init; }

    public required IReadOnlyList<string> Aliases { get; init; }

    public required IReadOnlyList<string> Roles { get; init; }

    public EntityFile? File { get; init; }
}
