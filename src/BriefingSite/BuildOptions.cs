using BriefingSite.Model;

namespace BriefingSite;

/// <summary>Where a build reads and writes, and how: the folders of DESIGN.md's flow plus the site settings.</summary>
public sealed record BuildOptions
{
    /// <summary>The project root: folders below are relative to it, and files are named relative to it.</summary>
    public string Root { get; init; } = Environment.CurrentDirectory;

    public string Articles { get; init; } = "seeds";

    public string Content { get; init; } = "input";

    public string Output { get; init; } = "output";

    /// <summary>A site's own theme folder; its files override the default theme's file by file.</summary>
    public string? Theme { get; init; } = "theme";

    public SiteSettings Settings { get; init; } = new();

    /// <summary>Receives the counts of long stages (extract, render) as they go; null when no one is watching.</summary>
    public IProgress<StageProgress>? Progress { get; init; }

    /// <summary>Regenerate fields over hand edits.</summary>
    public bool Force { get; init; }

    /// <summary>Called once the site's pages and the theme's files are written, before the site-wide files and the clean-up (the preview server reloads open pages then).</summary>
    public Action? PagesWritten { get; init; }

    /// <summary>Called with the full path and the bytes of each briefing file the build writes into the content folder (the preview server records them as known, so they start no build).</summary>
    public Action<string, byte[]>? ContentWritten { get; init; }

    /// <summary>
    /// For a process that watches the output folder (the preview server): the site's files changed since the last call,
    /// every change made before the call included, or null when some may have gone unseen. A build then stamps those
    /// files again rather than the whole site (see <see cref="Cache.WatchedOutput"/>).
    /// </summary>
    public Func<IReadOnlyCollection<string>?>? OutputChanges { get; init; }

    /// <summary>Called with each page's path in the site ("briefings/x.html") as soon as the build has changed its file, from any thread (the preview server reloads a page open on it at once).</summary>
    public Action<string>? PageWritten { get; init; }
}
