namespace BriefingSite.Model;

/// <summary>A briefing page: the front matter contract of DESIGN.md plus the Markdown body.</summary>
public sealed record Briefing
{
    public required string Title { get; init; }

    /// <summary>URL segment, unique across the site, [a-z0-9-].</summary>
    public required string Slug { get; init; }

    public DateOnly? Date { get; init; }

    public IReadOnlyList<string> Authors { get; init; } = [];

    public SourceInfo? Source { get; init; }

    public string Summary { get; init; } = "";

    public IReadOnlyList<string> KeyPoints { get; init; } = [];

    public IReadOnlyList<string> Tags { get; init; } = [];

    public IReadOnlyList<EntityRef> Entities { get; init; } = [];

    public IReadOnlyList<Figure> Figures { get; init; } = [];

    public IReadOnlyList<DatedEvent> Events { get; init; } = [];

    public IReadOnlyList<Quote> Quotes { get; init; } = [];

    /// <summary>Slugs of related briefings, most related first.</summary>
    public IReadOnlyList<string> Related { get; init; } = [];

    /// <summary>Bibliography or references found in the article.</summary>
    public IReadOnlyList<string> Sources { get; init; } = [];

    /// <summary>Front matter fields the generator does not know, kept as read (strings, lists, maps) and passed to templates.</summary>
    public IReadOnlyDictionary<string, object?> Extra { get; init; } = new Dictionary<string, object?>();

    /// <summary>The article as Markdown: "## " headings, paragraphs, "> " quotes, "- " list items, separated by blank lines.</summary>
    public string Body { get; init; } = "";
}
