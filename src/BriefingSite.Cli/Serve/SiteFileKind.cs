namespace BriefingSite.Cli.Serve;

/// <summary>How a request for a site path is answered.</summary>
public enum SiteFileKind
{
    Page,
    Missing,
    Redirect,
}
