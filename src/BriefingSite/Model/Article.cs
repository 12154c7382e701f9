namespace BriefingSite.Model;

/// <summary>An article read from disk and cleaned of page clutter, ready for extraction.</summary>
public sealed record Article
{
    /// <summary>Path of the article relative to the project root, with forward slashes.</summary>
    public required string File { get; init; }

    /// <summary>Lower-case hex SHA-256 of the article's bytes as read.</summary>
    public required string Sha256 { get; init; }

    public required string Title { get; init; }

    public IReadOnlyList<string> Authors { get; init; } = [];

    public DateOnly? Date { get; init; }

    public string? Url { get; init; }

    /// <summary>Tags the article was saved with, as kebab-case slugs: they open the briefing's tags.</summary>
    public IReadOnlyList<string> Tags { get; init; } = [];

    /// <summary>The article body in reading order, headings included, clutter and bibliography removed.</summary>
    public required IReadOnlyList<ArticleBlock> Blocks { get; init; }

    /// <summary>Bibliography or reference entries found in the article, one per entry.</summary>
    public IReadOnlyList<string> Sources { get; init; } = [];
}
