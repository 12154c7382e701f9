namespace BriefingSite.Model;

/// <summary>Where a briefing came from: the article file, its URL when known, and the hash of its bytes.</summary>
public sealed record SourceInfo
{
    public required string File { get; init; }

    public string? Url { get; init; }

    public string? Sha256 { get; init; }
}
