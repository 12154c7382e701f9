namespace BriefingSite.Ingest;

/// <summary>What is known about an article besides its body: title, authors, date and address.</summary>
public sealed record ArticleMetadata
{
    public string? Title { get; init; }

    public IReadOnlyList<string> Authors { get; init; } = [];

    public DateOnly? Date { get; init; }

    public string? Url { get; init; }
}
