using System.IO.Enumeration;

namespace BriefingSite.Cache;

/// <summary>The stamp of every file below a folder (or only its name), by path relative to it (forward slashes), in no order.</summary>
/// <remarks>A hash table, not a sorted one: a large site's folders hold tens of thousands of files, and few callers need an order (<see cref="InOrder"/>).</remarks>
public static class FolderStamps
{
    /// <param name="stamped">False to list the names alone, each with an empty stamp: the folder's listing gives them without
    /// asking the file system for each file's size and time, several times faster.</param>
    public static Dictionary<string, FileStamp> Of(string folder, Func<string, bool>? include = null, bool stamped = true)
    {
        if (!Directory.Exists(folder))
        {
            return new(StringComparer.Ordinal);
        }

        // The folder's own files, then each subfolder's (a large site's pages sit in a few of them), read side by side.
        var root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder));
        List<(string Folder, bool Recurse)> parts = [(root, false), .. Directory.EnumerateDirectories(root).Select(sub => (sub, true))];
        var found = parts.AsBalancedParallel().Select(part => Stamps(part.Folder, part.Recurse, root.Length + 1, stamped)).ToList();
        var stamps = new Dictionary<string, FileStamp>(found.Sum(f => f.Count), StringComparer.Ordinal);
        foreach (var part in found)
        {
            foreach (var (relative, stamp) in part)
            {
                if (include is null || include(relative))
                {
                    stamps[relative] = stamp;
                }
            }
        }

        return stamps;
    }

    /// <summary>The paths in ordinal order, for work that must not depend on the order a folder is listed in.</summary>
    public static string[] InOrder(IReadOnlyDictionary<string, FileStamp> stamps)
    {
        var paths = stamps.Keys.ToArray();
        Array.Sort(paths, StringComparer.Ordinal);
        return paths;
    }

    /// <summary>True when both hold the same paths with the same stamps.</summary>
    public static bool Same(IReadOnlyDictionary<string, FileStamp> a, IReadOnlyDictionary<string, FileStamp> b) =>
        a.Count == b.Count && a.All(entry => b.TryGetValue(entry.Key, out var stamp) && stamp == entry.Value);

    private static List<(string Relative, FileStamp Stamp)> Stamps(string folder, bool recurse, int rootLength, bool stamped)
    {
        var options = new EnumerationOptions { RecurseSubdirectories = recurse, AttributesToSkip = 0, IgnoreInaccessible = true };
        var files = new FileSystemEnumerable<(string, FileStamp)>(
            folder,
            (ref FileSystemEntry entry) => (Relative(ref entry, rootLength), stamped ? new FileStamp(entry.Length, entry.LastWriteTimeUtc.UtcTicks) : default),
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
