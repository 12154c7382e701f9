using BriefingSite.Model;

namespace BriefingSite.Publish;

/// <summary>Writes the rendered site into the output folder and removes files a previous build left that are no longer made.</summary>
public static class SiteWriter
{
    /// <param name="current">Pages already written by an earlier build, left as they are.</param>
    /// <returns>How many files were written (changed or new).</returns>
    public static int Write(string outputFolder, IReadOnlyList<OutputFile> files, IReadOnlyCollection<string>? current = null)
    {
        var root = Path.GetFullPath(outputFolder);
        Directory.CreateDirectory(root);
        var written = 0;
        var kept = new HashSet<string>(StringComparer.Ordinal);
        foreach (var page in current ?? [])
        {
            kept.Add(SafePath(root, page));
        }

        foreach (var file in files)
        {
            var target = SafePath(root, file.Path);
            kept.Add(target);
            if (AtomicFile.Write(target, file.Content))
            {
                written++;
            }
        }

        foreach (var stale in Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).Where(f => !kept.Contains(f)).ToList())
        {
            File.Delete(stale);
        }

        foreach (var folder in Directory.EnumerateDirectories(root, "*", SearchOption.AllDirectories).OrderByDescending(d => d.Length))
        {
            if (!Directory.EnumerateFileSystemEntries(folder).Any())
            {
                Directory.Delete(folder);
            }
        }

        return written;
    }

    /// <summary>The full path of a site file; refuses any path that would land outside the output folder.</summary>
    public static string SafePath(string root, string relative)
    {
        var full = Path.GetFullPath(Path.Combine(root, relative));
        if (Path.IsPathRooted(relative) || !full.StartsWith(root.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"refusing to write '{relative}': it is outside the output folder");
        }

        return full;
    }
}
