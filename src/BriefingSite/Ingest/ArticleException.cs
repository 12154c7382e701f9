namespace BriefingSite.Ingest;

/// <summary>An article that cannot be read: empty, binary, or undecodable. The message names no file; the caller adds it.</summary>
public sealed class ArticleException(string message) : Exception(message);
