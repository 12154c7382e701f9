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

        var options = new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0, IgnoreInaccessible = true };
        var files = new FileSystemEnumerable<(string Path, FileStamp Stamp)>(
            folder,
            (ref FileSystemEntry entry) => (entry.ToFullPath(), new FileStamp(entry.Length, entry.LastWriteTimeUtc.UtcTicks)),
            options)
        {
            ShouldIncludePredicate = (ref FileSystemEntry entry) => !entry.IsDirectory,
        };
        foreach (var (path, stamp) in files)
        {
            var relative = Path.GetRelativePath(folder, path).Replace('\\', '/');
            if (include is null || include(relative))
            {
                stamps[relative] = stamp;
            }
        }

        return stamps;
    }
}
