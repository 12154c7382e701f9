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
    private readonly string? spares;
    private readonly HashSet<string> kept = new(StringComparer.Ordinal);
    private readonly Lazy<HashSet<string>> existing;
    private readonly HashSet<string> folders = new(StringComparer.Ordinal);
    private readonly System.Collections.Concurrent.ConcurrentBag<string> changed = [];
    private readonly List<string> deleted = [];
    private ExceptionDispatchInfo? firstError;

    /// <param name="listing">The folder's files as the build already listed them (by path relative to it, forward
    /// slashes; see Cache/FolderStamps), asked for when the first file is written; without it, the folder is listed then.</param>
    /// <param name="spares">Where files of <see cref="SpareFrom"/> bytes or more keep their last-but-one version, to be
    /// rewritten through it (see <see cref="SpareFile"/>); without it, none is.</param>
    public SiteOutput(string outputFolder, Task<Dictionary<string, Cache.FileStamp>>? listing = null, string? spares = null)
    {
        root = Path.GetFullPath(outputFolder);
        this.spares = spares;
        Directory.CreateDirectory(root);

        // Listed once: one pass over the folder costs less than asking for each file whether it is there.
        existing = new(() => listing is null
            ? Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).ToHashSet(StringComparer.Ordinal)
            : listing.Result.Keys.Select(path => Path.Join(root, path.Replace('/', Path.DirectorySeparatorChar))).ToHashSet(StringComparer.Ordinal));
    }

    /// <summary>How large a file must be to be rewritten through a spare (briefings.json, the search index and the timeline of a large site).</summary>
    public long SpareFrom { get; init; } = 4 << 20;

    /// <summary>Writes one file unless it already holds these bytes. A failed write is kept and thrown by <see cref="Finish"/>.</summary>
    /// <returns>True when the file changed.</returns>
    /// <remarks>A new file is written in place (see <see cref="AtomicFile.Create"/>): a stopped build leaves it short, and the next one rewrites it.</remarks>
    public bool Write(OutputFile file)
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

        // Named so that no two paths share a spare: '/' and '%' are escaped.
        var spare = spares is not null && file.Length >= SpareFrom ? Path.Join(spares, Uri.EscapeDataString(file.Path)) : null;
        try
        {
            if (existing.Value.Contains(target) ? AtomicFile.Write(target, file.Pieces, spare) : AtomicFile.Create(target, file.Pieces))
            {
                changed.Add(file.Path);
                return true;
            }
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            Interlocked.CompareExchange(ref firstError, ExceptionDispatchInfo.Capture(error), null);
        }

        return false;
    }

    /// <summary>Keeps <paramref name="current"/> (pages an earlier build wrote), deletes every other file that was there
    /// before the build and is not written now, and the folders that leaves empty.</summary>
    /// <remarks>A file that some other program puts in the folder while the build runs stays until the next build.</remarks>
    /// <returns>How many files were written (changed or new).</returns>
    public int Finish(IEnumerable<string> current)
    {
        firstError?.Throw();
        foreach (var page in current)
        {
            kept.Add(SiteWriter.SafePath(root, page));
        }

        var emptied = new HashSet<string>(StringComparer.Ordinal);
        foreach (var stale in existing.Value.Where(f => !kept.Contains(f)).Order(StringComparer.Ordinal).ToList())
        {
            if (File.Exists(stale))
            {
                File.Delete(stale);
                deleted.Add(Path.GetRelativePath(root, stale).Replace('\\', '/'));
            }

            for (var folder = Path.GetDirectoryName(stale); folder is not null && folder.Length > root.Length; folder = Path.GetDirectoryName(folder))
            {
                emptied.Add(folder);
            }
        }

        foreach (var folder in emptied.OrderByDescending(d => d.Length))
        {
            if (Directory.Exists(folder) && !Directory.EnumerateFileSystemEntries(folder).Any())
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
