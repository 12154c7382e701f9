namespace BriefingSite.Model;

/// <summary>A dated happening for the timeline.</summary>
public sealed record DatedEvent
{
    /// <summary>ISO 8601, possibly partial: "2024-12-19", "2024-12", "2024", or "--12-19" when the year is unknown.</summary>
    public required string Date { get; init; }

    public required string Text { get; init; }

    /// <summary>1-based number of the body sentence (see <see cref="BodySentences"/>); null when unknown.</summary>
    public int? Sentence { get; init; }
}
