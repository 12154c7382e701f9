namespace BriefingSite.Ingest;

/// <summary>The formats an article file can be in, picked by its extension.</summary>
public enum ArticleFormat
{
    Text,
    Markdown,
    Html,
    GzippedHtml,
}
