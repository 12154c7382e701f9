namespace BriefingSite.Cache;

/// <summary>
/// The output folder's stamps in a process that watches the folder (the preview server): the last build's, with only the
/// files named by the watcher since then stamped again, rather than every file of a site of 27,000 asked for its own.
/// </summary>
/// <remarks>
/// The stamps kept are those taken as the last build started. The files that build wrote or deleted were named by the
/// watcher since, like any other change, so they are stamped again here. The folder is listed whole when nothing is
/// kept yet, when events may have been lost, and when a named path is a folder, or was one: a folder moved in or out
/// whole has files the watcher never names, and so may a folder just made.
/// </remarks>
public sealed class WatchedOutput
{
    private Dictionary<string, FileStamp>? known;

    /// <param name="folder">The output folder.</param>
    /// <param name="changed">The files changed since the last call, by path in the site; null when some may be missing.</param>
    /// <returns>Every file's stamp, by path in the site (as <see cref="FolderStamps.Of"/> gives them). Not to be changed.</returns>
    public Dictionary<string, FileStamp> Stamps(string folder, IReadOnlyCollection<string>? changed)
    {
        var stamps = known is { } last && changed is not null ? Updated(folder, last, changed) : null;
        known = stamps ?? FolderStamps.Of(folder);
        return known;
    }

    private static Dictionary<string, FileStamp>? Updated(string folder, Dictionary<string, FileStamp> last, IReadOnlyCollection<string> changed)
    {
        var stamps = new Dictionary<string, FileStamp>(last, StringComparer.Ordinal);
        HashSet<string>? folders = null;
        foreach (var path in changed)
        {
            var full = Path.Join(folder, path);
            if (Directory.Exists(full))
            {
                return null;
            }

            if (FileStamp.Of(full) is { } stamp)
            {
                stamps[path] = stamp;
            }
            else if (!stamps.Remove(path))
            {
                // Neither a file now nor one before: a temporary file come and gone, or a folder that went.
                folders ??= [.. last.Keys.Select(FolderOf)];
                if (folders.Contains(path))
                {
                    return null;
                }
            }
        }

        return stamps;
    }

    private static string FolderOf(string path) => path.LastIndexOf('/') is var at and > 0 ? path[..at] : "";
}
