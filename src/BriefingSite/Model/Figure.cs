namespace BriefingSite.Model;

/// <summary>A number that matters, with what it measures and the body sentence it came from.</summary>
public sealed record Figure
{
    public required string Value { get; init; }

    public required string About { get; init; }

    /// <summary>1-based number of the body sentence (see <see cref="BodySentences"/>); null when unknown.</summary>
    public int? Sentence { get; init; }
}
