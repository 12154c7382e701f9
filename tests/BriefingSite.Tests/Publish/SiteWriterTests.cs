using System.Text;
using BriefingSite.Model;
using BriefingSite.Publish;

namespace BriefingSite.Tests.Publish;

public sealed class SiteWriterTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("site-writer-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void Writes_files_and_removes_those_no_longer_made()
    {
        SiteWriter.Write(folder, [File("index.html", "a"), File("old/page.html", "b")]);

        var written = SiteWriter.Write(folder, [File("index.html", "a"), File("new.html", "c")]);

        Assert.Equal(1, written);
        Assert.True(System.IO.File.Exists(Path.Combine(folder, "new.html")));
        Assert.False(Directory.Exists(Path.Combine(folder, "old")));
    }

    [Fact]
    public void Given_the_listing_a_build_took_it_removes_what_was_listed_and_not_made_and_leaves_a_file_come_since()
    {
        // Given a site with a page kept from the last build, a page no longer made two folders down, and a stray file
        SiteWriter.Write(folder, [File("index.html", "a"), File("kept.html", "k"), File("old/deeper/page.html", "b"), File("stray.txt", "s")]);
        var listing = Task.FromResult(BriefingSite.Cache.FolderStamps.Of(folder));

        // When a build that listed the folder then writes the home page, while another program adds a file
        var output = new SiteOutput(folder, listing);
        output.Write(File("index.html", "a2"));
        System.IO.File.WriteAllText(Path.Combine(folder, "since.txt"), "later");
        output.Finish(["kept.html"]);

        // Then what was listed and neither written nor kept is gone with the folders it leaves empty; the rest stays
        Assert.Equal(["old/deeper/page.html", "stray.txt"], output.Deleted.Order(StringComparer.Ordinal));
        Assert.False(Directory.Exists(Path.Combine(folder, "old")));
        Assert.Equal(["index.html", "kept.html", "since.txt"], Directory.GetFiles(folder).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Large_files_are_rewritten_through_spares_outside_the_site_one_per_path()
    {
        // Given a site whose files count as large, written once and then again, with a folder for spares beside it
        var site = Path.Combine(folder, "site");
        var spares = Path.Combine(folder, "spares");
        Write(site, spares, File("briefings.json", "[1]"), File("tags/a.html", "a1"), File("tags%2Fa.html", "b1"));
        Write(site, spares, File("briefings.json", "[1, 2]"), File("tags/a.html", "a2"), File("tags%2Fa.html", "b2"));

        // When they are written a third time
        Write(site, spares, File("briefings.json", "[3]"), File("tags/a.html", "a3"), File("tags%2Fa.html", "b3"));

        // Then the site holds the new bytes and nothing else, and each spare the version before (where it can be swapped)
        Assert.Equal(["[3]", "a3", "b3"], Texts(site, "briefings.json", "tags/a.html", "tags%2Fa.html"));
        Assert.Equal(3, Directory.GetFiles(site, "*", SearchOption.AllDirectories).Length);
        if (OperatingSystem.IsLinux())
        {
            Assert.Equal(["[1, 2]", "a2", "b2"], Texts(spares, "briefings.json", "tags%2Fa.html", "tags%252Fa.html"));
        }
    }

    private static IEnumerable<string> Texts(string folder, params string[] paths) => paths.Select(p => System.IO.File.ReadAllText(Path.Combine(folder, p)));

    private static void Write(string site, string spares, params OutputFile[] files)
    {
        var output = new SiteOutput(site, spares: spares) { SpareFrom = 0 };
        foreach (var file in files)
        {
            output.Write(file);
        }

        output.Finish([]);
    }

    [Theory]
    [InlineData("../escape.html")]
    [InlineData("a/../../escape.html")]
    [InlineData("/etc/passwd")]
    public void Refuses_a_path_outside_the_output_folder(string path)
    {
        Assert.Throws<InvalidOperationException>(() => SiteWriter.Write(folder, [File(path, "x")]));
        Assert.False(System.IO.File.Exists(Path.Combine(Path.GetDirectoryName(folder)!, "escape.html")));
    }

    [Fact]
    public void Atomic_write_leaves_no_temporary_file_and_skips_unchanged_content()
    {
        var path = Path.Combine(folder, "x.md");

        Assert.True(AtomicFile.Write(path, "one"));
        Assert.False(AtomicFile.Write(path, "one"));

        Assert.Equal(["x.md"], Directory.GetFiles(folder).Select(Path.GetFileName));
    }

    [Fact]
    public void A_file_made_anew_is_written_in_place_and_one_found_there_replaced_whole()
    {
        var path = Path.Combine(folder, "sub", "page.html");

        Assert.True(AtomicFile.Create(path, Encoding.UTF8.GetBytes("first")));
        Assert.False(AtomicFile.Create(path, Encoding.UTF8.GetBytes("first")));
        Assert.True(AtomicFile.Create(path, Encoding.UTF8.GetBytes("second, longer")));
        Assert.True(AtomicFile.Create(path, Encoding.UTF8.GetBytes("third")));

        Assert.Equal("third", System.IO.File.ReadAllText(path));
        Assert.Equal(["page.html"], Directory.GetFiles(Path.Combine(folder, "sub")).Select(Path.GetFileName));
    }

    private static OutputFile File(string path, string text) => new(path, Encoding.UTF8.GetBytes(text));
}
