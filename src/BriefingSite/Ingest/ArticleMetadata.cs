namespace BriefingSite.Ingest;

/// <summary>What is known about an article besides its body: title, authors, date, address and the tags it carries.</summary>
public sealed record ArticleMetadata
{
    public string? Title { get; init; }

    public IReadOnlyList<string> Authors { get; init; } = [];

    public DateOnly? Date { get; init; }

    public string? Url { get; init; }

    /// <summary>Tags the article was saved with (a Markdown article's front matter), as kebab-case slugs.</summary>
    public IReadOnlyList<string> Tags { get; init; } = [];
}
