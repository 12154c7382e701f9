using BriefingSite.Cli.Serve;

namespace BriefingSite.Tests.Serve;

public sealed class RebuilderTests : IDisposable
{
    private readonly string root = Directory.CreateTempSubdirectory("rebuilder-").FullName;

    public void Dispose() => Directory.Delete(root, recursive: true);

    [Fact]
    public void Pages_reload_when_the_build_has_written_them_and_the_search_page_again_when_the_index_follows()
    {
        // Given a build that writes a page, says so, then writes the site-wide files
        var (output, signal) = (new OutputWatcher(root), new ReloadSignal());
        using var _ = output;
        (int Build, int Search) whenPagesWritten = default;
        Rebuilder? rebuilder = null;
        rebuilder = new Rebuilder(
            () =>
            {
                File.WriteAllText(Path.Combine(root, "index.html"), "page");
                rebuilder!.PagesWritten();
                whenPagesWritten = signal.Now;
                File.WriteAllText(Path.Combine(root, "search-index.js"), "index");
                File.WriteAllText(Path.Combine(root, "feed.xml"), "feed");
                return new BuildReport();
            },
            root, output, TextWriter.Null, TextWriter.Null, signal);
        using var __ = rebuilder;

        // When it runs
        rebuilder.BuildNow("test");

        // Then open pages were told to reload before the site-wide files were written, and once only
        Assert.Equal((1, 0), whenPagesWritten);
        Assert.Equal((1, 1), signal.Now);
    }

    [Fact]
    public void A_build_that_changes_what_pages_show_after_they_reloaded_reloads_them_again()
    {
        var (output, signal) = (new OutputWatcher(root), new ReloadSignal());
        using var _ = output;
        Rebuilder? rebuilder = null;
        rebuilder = new Rebuilder(
            () =>
            {
                File.WriteAllText(Path.Combine(root, "index.html"), "page");
                rebuilder!.PagesWritten();

                // A stale page removed in the clean-up that follows
                File.WriteAllText(Path.Combine(root, "old.html"), "stale");
                return new BuildReport();
            },
            root, output, TextWriter.Null, TextWriter.Null, signal);
        using var __ = rebuilder;

        rebuilder.BuildNow("test");

        Assert.Equal((2, 0), signal.Now);
    }

    [Fact]
    public void A_build_that_changes_only_data_no_page_shows_reloads_nothing()
    {
        var (output, signal) = (new OutputWatcher(root), new ReloadSignal());
        using var _ = output;
        Rebuilder? rebuilder = null;
        rebuilder = new Rebuilder(
            () =>
            {
                rebuilder!.PagesWritten();
                File.WriteAllText(Path.Combine(root, "feed.xml"), "feed");
                File.WriteAllText(Path.Combine(root, "briefings.json"), "[]");
                return new BuildReport();
            },
            root, output, TextWriter.Null, TextWriter.Null, signal);
        using var __ = rebuilder;

        rebuilder.BuildNow("test");

        Assert.Equal((0, 0), signal.Now);
    }
}
