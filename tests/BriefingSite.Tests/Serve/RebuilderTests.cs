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
        (int Build, int Search) whenPagesWritten = default;
        var after = BuildOnce((rebuilder, signal) =>
        {
            Write("index.html");
            rebuilder.PagesWritten();
            whenPagesWritten = signal.Now;
            Write("search-index.js");
            Write("feed.xml");
        });

        // Then open pages were told to reload before the site-wide files were written, and once only
        Assert.Equal((1, 0), whenPagesWritten);
        Assert.Equal((1, 1), after);
    }

    [Fact]
    public void A_build_that_changes_what_pages_show_after_they_reloaded_reloads_them_again()
    {
        var after = BuildOnce((rebuilder, _) =>
        {
            Write("index.html");
            rebuilder.PagesWritten();

            // As the clean-up that follows may delete a stale page
            Write("old.html");
        });

        Assert.Equal((2, 0), after);
    }

    [Fact]
    public void A_build_that_changes_only_data_no_page_shows_reloads_nothing()
    {
        var after = BuildOnce((rebuilder, _) =>
        {
            rebuilder.PagesWritten();
            Write("feed.xml");
            Write("briefings.json");
        });

        Assert.Equal((0, 0), after);
    }

    [Fact]
    public async Task A_briefing_the_build_wrote_starts_no_build_however_its_events_come_but_a_later_save_does()
    {
        // Given a rebuilder whose builds write a briefing and say what they wrote
        var briefing = Path.Combine(root, "a.md");
        var generated = "---\ntitle: Generated\n---\n"u8.ToArray();
        Directory.CreateDirectory(Path.Combine(root, "output"));
        using var output = new OutputWatcher(Path.Combine(root, "output"));
        Rebuilder? rebuilder = null;
        rebuilder = new Rebuilder(
            () =>
            {
                File.WriteAllBytes(briefing, generated);
                rebuilder!.Written(briefing, generated);
                return new BuildReport();
            },
            root, output, TextWriter.Null, TextWriter.Null, new ReloadSignal());
        using (rebuilder)
        {
            rebuilder.BuildNow("first build");

            // When the watcher reports that write as a change (as it does a rename it saw as a delete and a create)
            rebuilder.Changed(briefing);
            await Task.Delay(Rebuilder.Debounce * 6);

            // Then no build follows
            Assert.Equal(1, rebuilder.Builds);

            // And a person's save of other bytes does start one
            File.WriteAllText(briefing, "---\ntitle: Edited\n---\n");
            rebuilder.Changed(briefing);
            Assert.True(await ServedSite.EventuallyAsync(() => rebuilder.Builds == 2));
        }
    }

    // One build by a rebuilder watching the folder, doing what it is given; the reload numbers after it.
    private (int Build, int Search) BuildOnce(Action<Rebuilder, ReloadSignal> build)
    {
        using var output = new OutputWatcher(root);
        var signal = new ReloadSignal();
        Rebuilder? rebuilder = null;
        rebuilder = new Rebuilder(
            () =>
            {
                build(rebuilder!, signal);
                return new BuildReport();
            },
            root, output, TextWriter.Null, TextWriter.Null, signal);
        using (rebuilder)
        {
            rebuilder.BuildNow("test");
        }

        return signal.Now;
    }

    private void Write(string name) => File.WriteAllText(Path.Combine(root, name), name);
}
