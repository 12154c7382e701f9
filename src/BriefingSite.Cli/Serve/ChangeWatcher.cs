namespace BriefingSite.Cli.Serve;

/// <summary>Watches the source folders (articles, content, theme) and reports each file a person changed.</summary>
/// <remarks>
/// Hidden files (the tool's .briefing-state.json, .briefing.lock and .name.pid.tmp temporaries) and editor
/// scratch files are dropped here. A build's own writes are reported like any other; the rebuilder knows their bytes.
/// </remarks>
public sealed class ChangeWatcher : IDisposable
{
    private static readonly string[] ScratchEndings = ["~", ".tmp", ".temp", ".swp", ".swx", ".part", ".crdownload"];

    private readonly List<FileSystemWatcher> watchers = [];
    private readonly string ignoredFolder;
    private readonly Action<string> changed;

    /// <param name="folders">Folders to watch; those missing are skipped.</param>
    /// <param name="ignoredFolder">The output folder, whose writes are never a source change even when it lies inside a watched folder.</param>
    public ChangeWatcher(IEnumerable<string> folders, string ignoredFolder, Action<string> changed)
    {
        this.ignoredFolder = Path.GetFullPath(ignoredFolder).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
        this.changed = changed;
        foreach (var folder in folders.Select(Path.GetFullPath).Distinct().Where(Directory.Exists))
        {
            var watcher = RecursiveWatcher.Over(folder);
            watcher.Changed += (_, e) => Report(e.FullPath);
            watcher.Created += (_, e) => Report(e.FullPath);
            watcher.Deleted += (_, e) => Report(e.FullPath);
            watcher.Renamed += (_, e) =>
            {
                Report(e.OldFullPath);
                Report(e.FullPath);
            };

            // Lost events (a full buffer): say the whole folder changed rather than miss an edit.
            watcher.Error += (_, _) => changed(folder);
            watcher.EnableRaisingEvents = true;
            watchers.Add(watcher);
        }
    }

    public IReadOnlyList<string> Folders => [.. watchers.Select(w => w.Path)];

    /// <summary>True for files no person edits as a source: hidden files and folders, temporaries, editor backups.</summary>
    public static bool Ignored(string watchedFolder, string path)
    {
        var relative = Path.GetRelativePath(watchedFolder, path);
        var name = Path.GetFileName(path);
        return relative.Split(Path.DirectorySeparatorChar).Any(part => part.StartsWith('.') && part is not "." and not "..")
            || ScratchEndings.Any(end => name.EndsWith(end, StringComparison.OrdinalIgnoreCase))
            || name.StartsWith(".#", StringComparison.Ordinal) || name == "4913";
    }

    public void Dispose()
    {
        foreach (var watcher in watchers)
        {
            watcher.Dispose();
        }
    }

    private void Report(string path)
    {
        var root = watchers.Select(w => w.Path).FirstOrDefault(f => path.StartsWith(f + Path.DirectorySeparatorChar, StringComparison.Ordinal));
        if (!Inside(path) && !Ignored(root ?? Path.GetDirectoryName(path)!, path))
        {
            changed(path);
        }
    }

    private bool Inside(string path) => (path + Path.DirectorySeparatorChar).StartsWith(ignoredFolder, StringComparison.Ordinal);
}
