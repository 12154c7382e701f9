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

    [Fact]
    public void Counts_every_write_made_before_a_flush_however_quickly_flushes_follow_each_other()
    {
        // A flush's marker makes several events (made, written, removed); one left over from the last flush must not end
        // the next before the writes between them are counted.
        using var watcher = new OutputWatcher(root);
        for (var i = 0; i < 2000; i++)
        {
            var before = watcher.Changes;
            File.WriteAllText(Path.Combine(root, "page.html"), i.ToString(System.Globalization.CultureInfo.InvariantCulture));
            watcher.Flush(TimeSpan.FromSeconds(30));

            Assert.True(watcher.Changes > before, $"the write before flush {i} was not counted");
        }
    }

    [Fact]
    public void Tells_the_search_index_and_the_site_wide_data_apart_from_what_pages_show()
    {
        using var watcher = new OutputWatcher(root);
        watcher.Flush(TimeSpan.FromSeconds(30));
        var (pages, search) = (watcher.PageChanges, watcher.SearchIndexChanges);

        // The site-wide files, written as builds write them (a temporary file, then a rename)
        BriefingSite.Publish.AtomicFile.Write(Path.Combine(root, "search-index.js"), "var index;"u8.ToArray());
        BriefingSite.Publish.AtomicFile.Write(Path.Combine(root, "feed.xml"), "<feed/>"u8.ToArray());
        File.WriteAllText(Path.Combine(root, "briefings.json"), "[]");
        watcher.Flush(TimeSpan.FromSeconds(30));

        Assert.Equal(pages, watcher.PageChanges);
        Assert.NotEqual(search, watcher.SearchIndexChanges);

        // A page, and a theme file, are what pages show
        BriefingSite.Publish.AtomicFile.Write(Path.Combine(root, "assets", "style.css"), "body{}"u8.ToArray());
        watcher.Flush(TimeSpan.FromSeconds(30));

        Assert.NotEqual(pages, watcher.PageChanges);
    }

    [Fact]
    public void Names_each_file_changed_since_it_was_last_asked_its_own_marker_left_out()
    {
        // A home page from the build before (a new file is made unnamed, then linked: no temporary file to name)
        File.WriteAllText(Path.Combine(root, "index.html"), "old home");
        using var watcher = new OutputWatcher(root);
        Assert.Empty(watcher.TakeChanged()!);

        // A new folder is named (files written into it at once may not be: a watcher cannot watch it before it exists)
        Directory.CreateDirectory(Path.Combine(root, "briefings"));
        Assert.Equal(["briefings"], watcher.TakeChanged()!);

        // A page written as builds write it (a temporary file renamed over it), a new one, and one deleted
        File.WriteAllText(Path.Combine(root, "old.html"), "old");
        BriefingSite.Publish.AtomicFile.Write(Path.Combine(root, "index.html"), "home"u8.ToArray());
        File.WriteAllText(Path.Combine(root, "briefings", "a.html"), "a");
        File.Delete(Path.Combine(root, "old.html"));

        var named = watcher.TakeChanged()!;

        Assert.Contains("index.html", named);
        Assert.Contains("briefings/a.html", named);
        Assert.Contains("old.html", named);
        Assert.Contains($".index.html.{Environment.ProcessId}.tmp", named);
        Assert.DoesNotContain(named, name => name.Contains("flush", StringComparison.Ordinal));
        Assert.Empty(watcher.TakeChanged()!);
    }

    [Fact]
    public void A_new_file_written_unnamed_is_named_by_its_name_alone()
    {
        using var watcher = new OutputWatcher(root);
        Assert.Empty(watcher.TakeChanged()!);

        // A new page written as builds write new files: on Linux unnamed, then linked. inotify names the unnamed file
        // "#<inode>" while it is written, which the file system watcher does not pass on.
        BriefingSite.Publish.AtomicFile.Write(Path.Combine(root, "new.html"), "new"u8.ToArray());

        Assert.Equal(["new.html"], watcher.TakeChanged()!.Order());
    }
}
