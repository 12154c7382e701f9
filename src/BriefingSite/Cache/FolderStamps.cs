using System.IO.Enumeration;

namespace BriefingSite.Cache;

/// <summary>The stamp of every file below a folder, by path relative to it (forward slashes), in ordinal order.</summary>
public static class FolderStamps
{
    public static SortedDictionary<string, FileStamp> Of(string folder, Func<string, bool>? include = null)
    {
        var stamps = new SortedDictionary<string, FileStamp>(StringComparer.Ordinal);
        if (!Directory.Exists(folder))
        {
            return stamps;
        }

        // The folder's own files, then each subfolder's (a large site's pages sit in a few of them), read side by side.
        var root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder));
        List<(string Folder, bool Recurse)> parts = [(root, false), .. Directory.EnumerateDirectories(root).Select(sub => (sub, true))];
        var found = parts.AsParallel().AsOrdered().Select(part => Stamps(part.Folder, part.Recurse, root.Length + 1)).ToList();
        foreach (var (relative, stamp) in found.SelectMany(f => f))
        {
            if (include is null || include(relative))
            {
                stamps[relative] = stamp;
            }
        }

        return stamps;
    }

    private static List<(string Relative, FileStamp Stamp)> Stamps(string folder, bool recurse, int rootLength)
    {
        var options = new EnumerationOptions { RecurseSubdirectories = recurse, AttributesToSkip = 0, IgnoreInaccessible = true };
        var files = new FileSystemEnumerable<(string, FileStamp)>(
            folder,
            (ref FileSystemEntry entry) => (Relative(ref entry, rootLength), new FileStamp(entry.Length, entry.LastWriteTimeUtc.UtcTicks)),
            options)
        {
            ShouldIncludePredicate = (ref FileSystemEntry entry) => !entry.IsDirectory,
        };
        return [.. files];
    }

    private static string Relative(ref FileSystemEntry entry, int rootLength)
    {
        var directory = entry.Directory.Length > rootLength ? entry.Directory[rootLength..] : [];
        var relative = directory.IsEmpty ? entry.FileName.ToString() : string.Concat(directory, "/", entry.FileName);
        return Path.DirectorySeparatorChar == '/' ? relative : relative.Replace(Path.DirectorySeparatorChar, '/');
    }
}
