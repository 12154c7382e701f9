using System.Runtime.ExceptionServices;
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
        Directory.CreateDirectory(root);

        // A path made twice holds its last version, as when files were written one after another.
        var kept = (current ?? []).Select(page => SafePath(root, page)).ToHashSet(StringComparer.Ordinal);
        var targets = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            var target = SafePath(root, file.Path);
            targets[target] = file.Content;
            kept.Add(target);
        }

        foreach (var folder in targets.Keys.Select(Path.GetDirectoryName).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            Directory.CreateDirectory(folder!);
        }

        var written = WriteAll(targets.ToList());
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

    // A failed write stops the build with the error of the first failing file in order, whichever thread met it first.
    private static int WriteAll(List<KeyValuePair<string, byte[]>> targets)
    {
        var outcomes = targets.AsParallel().AsOrdered().Select(Write).ToList();
        if (outcomes.FirstOrDefault(o => o.Error is not null).Error is { } error)
        {
            ExceptionDispatchInfo.Throw(error);
        }

        return outcomes.Count(o => o.Changed);

        static (bool Changed, Exception? Error) Write(KeyValuePair<string, byte[]> target)
        {
            try
            {
                return (AtomicFile.Write(target.Key, target.Value), null);
            }
            catch (Exception error) when (error is IOException or UnauthorizedAccessException)
            {
                return (false, error);
            }
        }
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
