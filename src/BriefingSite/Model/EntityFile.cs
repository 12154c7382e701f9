namespace BriefingSite.Model;

/// <summary>A hand-written input/entities/&lt;id&gt;.md: it wins over extraction for the entity it names.</summary>
public sealed record EntityFile
{
    public required string Id { get; init; }

    public string? Name { get; init; }

    public EntityType? Type { get; init; }

    /// <summary>More names for the entity; any entity known by one of them is merged into this one.</summary>
    public IReadOnlyList<string> Aliases { get; init; } = [];

    /// <summary>The file's description field, or its body when there is none.</summary>
    public string? Description { get; init; }

    public bool Hidden { get; init; }

    public IReadOnlyDictionary<string, object?> Extra { get; init; } = new Dictionary<string, object?>();
}
