namespace BriefingSite.Cli.Serve;

/// <summary>A file system watcher over a whole folder tree, for names, writes and sizes, with room for bursts of events.</summary>
internal static class RecursiveWatcher
{
    public static FileSystemWatcher Over(string folder) => new(folder)
    {
        IncludeSubdirectories = true,
        NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
        InternalBufferSize = 64 * 1024,
    };
}
