namespace BriefingSite.Model;

/// <summary>A briefing related to another, with why: the entities and tags they share, weightiest first.</summary>
public sealed record RelatedBriefing
{
    public required string Slug { get; init; }

    /// <summary>Shared entities weighted by rarity and by how central each is to both briefings, shared tags, times nearness in time.</summary>
    public double Score { get; init; }

    /// <summary>Ids of the entities both briefings name, the weightiest first.</summary>
    public IReadOnlyList<string> Entities { get; init; } = [];

    /// <summary>Tags both briefings carry, the rarest first.</summary>
    public IReadOnlyList<string> Tags { get; init; } = [];
}
