namespace BriefingSite.Model;

/// <summary>Two or more briefings stating one figure or event of the same entity: in agreement, or with different values side by side.</summary>
public sealed record Corroboration
{
    /// <summary>"figure" or "event".</summary>
    public required string Kind { get; init; }

    /// <summary>The entities the statements concern, as site ids.</summary>
    public required IReadOnlyList<string> Entities { get; init; }

    /// <summary>True when the briefings state the same value; false when they give different values for one thing.</summary>
    public required bool Agrees { get; init; }

    /// <summary>One per briefing, in briefing slug order.</summary>
    public required IReadOnlyList<FactStatement> Statements { get; init; }
}
