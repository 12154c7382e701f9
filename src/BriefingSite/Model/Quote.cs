namespace BriefingSite.Model;

/// <summary>A direct quote with its speaker as named in the briefing's entities.</summary>
public sealed record Quote
{
    public required string Speaker { get; init; }

    public required string Text { get; init; }

    /// <summary>1-based number of the body sentence (see <see cref="BodySentences"/>); null when unknown.</summary>
    public int? Sentence { get; init; }
}
