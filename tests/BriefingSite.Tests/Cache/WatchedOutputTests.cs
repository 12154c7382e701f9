using BriefingSite.Cache;

namespace BriefingSite.Tests.Cache;

/// <summary>The site's stamps from the last build's and the files a watcher named: the same as listing the folder.</summary>
public sealed class WatchedOutputTests : IDisposable
{
    private readonly string site = Directory.CreateTempSubdirectory("watched-output-").FullName;

    public void Dispose() => Directory.Delete(site, recursive: true);

    [Fact]
    public void Named_files_changed_made_and_gone_are_stamped_again_and_the_rest_kept()
    {
        // Given a site whose stamps were taken once
        Write("index.html", "home");
        Write("briefings/a.html", "a");
        Write("briefings/b.html", "b");
        Write("tags/x.html", "x");
        var watched = new WatchedOutput();
        watched.Stamps(site, changed: null);

        // When a page changes, one is made, one goes, a temporary file comes and goes, and only those are named
        Write("briefings/a.html", "a, changed");
        Write("briefings/c.html", "c");
        File.Delete(Path.Combine(site, "briefings/b.html"));
        var stamps = watched.Stamps(site, ["briefings/a.html", "briefings/c.html", "briefings/b.html", "briefings/.c.html.1.tmp"]);

        // Then the stamps are those a listing gives
        Assert.Equal(FolderStamps.Of(site).OrderBy(s => s.Key, StringComparer.Ordinal), stamps.OrderBy(s => s.Key, StringComparer.Ordinal));
    }

    [Fact]
    public void A_file_changed_unnamed_keeps_its_old_stamp_which_is_what_the_watcher_is_trusted_for()
    {
        Write("index.html", "home");
        var watched = new WatchedOutput();
        var first = watched.Stamps(site, changed: null)["index.html"];

        Write("index.html", "home, longer");

        Assert.Equal(first, watched.Stamps(site, [])["index.html"]);
        Assert.NotEqual(first, watched.Stamps(site, changed: null)["index.html"]);
    }

    [Theory]
    [InlineData("tags", "moved away")]
    [InlineData("more", "moved in")]
    public void A_folder_named_moved_whole_makes_the_folder_listed_again(string named, string how)
    {
        // Given a site with a tags folder, stamped once
        Write("index.html", "home");
        Write("tags/x.html", "x");
        var watched = new WatchedOutput();
        watched.Stamps(site, changed: null);

        // When a folder is moved out or in whole: the watcher names the folder, not its files
        var outside = Path.Combine(Path.GetTempPath(), $"watched-output-{Guid.NewGuid():N}");
        if (how == "moved away")
        {
            Directory.Move(Path.Combine(site, "tags"), outside);
        }
        else
        {
            Directory.CreateDirectory(outside);
            File.WriteAllText(Path.Combine(outside, "y.html"), "y");
            Directory.Move(outside, Path.Combine(site, "more"));
        }

        var stamps = watched.Stamps(site, [named]);
        if (Directory.Exists(outside))
        {
            Directory.Delete(outside, recursive: true);
        }

        // Then the stamps are a listing's
        Assert.Equal(FolderStamps.Of(site).Keys.Order(StringComparer.Ordinal), stamps.Keys.Order(StringComparer.Ordinal));
    }

    private void Write(string path, string text)
    {
        var full = Path.Combine(site, path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text);
    }
}
