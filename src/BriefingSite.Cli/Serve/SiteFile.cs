namespace BriefingSite.Cli.Serve;

/// <summary>What a request path leads to: a file to send, the 404 page to send, or an address to redirect to.</summary>
public sealed record SiteFile(SiteFileKind Kind, string Target);
