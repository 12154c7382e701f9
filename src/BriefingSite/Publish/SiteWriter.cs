using BriefingSite.Model;

namespace BriefingSite.Publish;

/// <summary>Writes the rendered site into the output folder and removes files a previous build left that are no longer made.</summary>
public static class SiteWriter
{
    /// <param name="current">Pages already written by an earlier build, left as they are.</param>
    /// <returns>How many files were written (changed or new).</returns>
    /// <remarks>Files are independent, so they are written in parallel; every path is checked before the first write.</remarks>
    public static int Write(string outputFolder, IReadOnlyList<OutputFile> files, IReadOnlyCollection<string>? current = null)
    {
        var root = Path.GetFullPath(outputFolder);
        foreach (var file in files)
        {
            SafePath(root, file.Path);
        }

        // A path made twice holds its last version, as when files were written one after another.
        var last = files.GroupBy(f => f.Path, StringComparer.Ordinal).Select(g => g.Last()).ToList();
        var output = new SiteOutput(root);
        last.AsBalancedParallel().ForAll(file => output.Write(file));
        return output.Finish(current ?? []);
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
