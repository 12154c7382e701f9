using System.Runtime.ExceptionServices;
using BriefingSite.Model;

namespace BriefingSite.Publish;

/// <summary>
/// The output folder while a build writes it: files arrive one by one from any thread (each written as soon as it is
/// rendered, so a large site is never held in memory whole), then <see cref="Finish"/> removes what the build no
/// longer makes.
/// </summary>
public sealed class SiteOutput
{
    private readonly string root;
    private readonly HashSet<string> kept = new(StringComparer.Ordinal);
    private readonly HashSet<string> existing;
    private readonly HashSet<string> folders = new(StringComparer.Ordinal);
    private readonly System.Collections.Concurrent.ConcurrentBag<string> changed = [];
    private readonly List<string> deleted = [];
    private ExceptionDispatchInfo? firstError;

    public SiteOutput(string outputFolder)
    {
        root = Path.GetFullPath(outputFolder);
        Directory.CreateDirectory(root);

        // Listed once: one pass over the folder costs less than asking for each file whether it is there.
        existing = Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>Writes one file unless it already holds these bytes. A failed write is kept and thrown by <see cref="Finish"/>.</summary>
    /// <remarks>A new file is written in place (see <see cref="AtomicFile.Create"/>): a stopped build leaves it short, and the next one rewrites it.</remarks>
    public void Write(OutputFile file)
    {
        var target = SiteWriter.SafePath(root, file.Path);
        var folder = Path.GetDirectoryName(target)!;
        lock (kept)
        {
            kept.Add(target);
            if (folders.Add(folder))
            {
                Directory.CreateDirectory(folder);
            }
        }

        try
        {
            if (existing.Contains(target) ? AtomicFile.Write(target, file.Content) : AtomicFile.Create(target, file.Content))
            {
                changed.Add(file.Path);
            }
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            Interlocked.CompareExchange(ref firstError, ExceptionDispatchInfo.Capture(error), null);
        }
    }

    /// <summary>Keeps <paramref name="current"/> (pages an earlier build wrote), deletes every other file not written now.</summary>
    /// <returns>How many files were written (changed or new).</returns>
    public int Finish(IEnumerable<string> current)
    {
        firstError?.Throw();
        foreach (var page in current)
        {
            kept.Add(SiteWriter.SafePath(root, page));
        }

        foreach (var stale in Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).Where(f => !kept.Contains(f)).ToList())
        {
            File.Delete(stale);
            deleted.Add(Path.GetRelativePath(root, stale).Replace('\\', '/'));
        }

        foreach (var folder in Directory.EnumerateDirectories(root, "*", SearchOption.AllDirectories).OrderByDescending(d => d.Length))
        {
            if (!Directory.EnumerateFileSystemEntries(folder).Any())
            {
                Directory.Delete(folder);
            }
        }

        return changed.Count;
    }

    /// <summary>The files written (changed or new) so far, by path in the site.</summary>
    public IReadOnlyCollection<string> Written => changed;

    /// <summary>The files <see cref="Finish"/> deleted, by path in the site.</summary>
    public IReadOnlyList<string> Deleted => deleted;
}
