using BriefingSite.Cli.Serve;

namespace BriefingSite.Tests.Serve;

public sealed class OutputWatcherTests : IDisposable
{
    private readonly string root = Directory.CreateTempSubdirectory("output-watcher-").FullName;

    public void Dispose() => Directory.Delete(root, recursive: true);

    [Fact]
    public void Counts_a_written_page_once_flushed()
    {
        using var watcher = new OutputWatcher(root);
        var before = watcher.Changes;

        Directory.CreateDirectory(Path.Combine(root, "briefings"));
        File.WriteAllText(Path.Combine(root, "briefings", "a.html"), "page");
        watcher.Flush(TimeSpan.FromSeconds(30));

        Assert.NotEqual(before, watcher.Changes);
    }

    [Fact]
    public void Counts_nothing_when_nothing_but_its_own_marker_was_written()
    {
        using var watcher = new OutputWatcher(root);
        watcher.Flush(TimeSpan.FromSeconds(30));
        var before = watcher.Changes;

        watcher.Flush(TimeSpan.FromSeconds(30));

        Assert.Equal(before, watcher.Changes);
        Assert.Empty(Directory.GetFileSystemEntries(root));
    }
}
