namespace BriefingSite.Ingest;

/// <summary>An article that cannot be read: empty, binary, or undecodable. The message names no file; the caller adds it.</summary>
/// <param name="line">The line of the file the problem is on, when it is on one (1-based).</param>
/// <param name="column">Its column on that line (1-based).</param>
public sealed class ArticleException(string message, int? line = null, int? column = null) : Exception(message)
{
    public int? Line { get; } = line;

    public int? Column { get; } = column;
}
