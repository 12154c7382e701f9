using System.Text;
using BriefingSite.Publish;

namespace BriefingSite.Tests.Publish;

public sealed class AtomicFileTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("atomic-file-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void A_temporary_file_a_stopped_run_left_is_replaced_and_gone_after_the_write()
    {
        // Given a briefing and the temporary file a run of this process id left beside it, longer than the new text
        var path = Path.Combine(folder, "briefing.md");
        File.WriteAllText(path, "old");
        var leftover = Path.Combine(folder, $".briefing.md.{Environment.ProcessId}.tmp");
        File.WriteAllText(leftover, new string('x', 1000));

        // When the briefing is written
        var changed = AtomicFile.Write(path, Encoding.UTF8.GetBytes("new"));

        // Then it holds exactly the new bytes, and no temporary file is left
        Assert.True(changed);
        Assert.Equal("new", File.ReadAllText(path));
        Assert.Equal(["briefing.md"], Directory.GetFiles(folder).Select(Path.GetFileName));
    }

    [Fact]
    public void A_file_that_already_holds_the_bytes_is_left_alone()
    {
        var path = Path.Combine(folder, "page.html");
        AtomicFile.Write(path, Encoding.UTF8.GetBytes("same"));
        var stamp = File.GetLastWriteTimeUtc(path);

        Assert.False(AtomicFile.Write(path, Encoding.UTF8.GetBytes("same")));
        Assert.Equal(stamp, File.GetLastWriteTimeUtc(path));
    }

    [Fact]
    public void A_file_rewritten_through_its_spare_holds_the_new_bytes_and_the_spare_the_version_before()
    {
        // Given a file written once, then rewritten through a spare (which does not exist yet)
        var path = Path.Combine(folder, "briefings.json");
        var spare = Path.Combine(folder, "spares", "briefings.json");
        AtomicFile.Write(path, Encoding.UTF8.GetBytes("first version"));
        Assert.True(AtomicFile.Write(path, Pieces("second, ", "a longer one"), spare));

        // When it is rewritten again, shorter than the spare it goes through
        var changed = AtomicFile.Write(path, Pieces("3rd"), spare);

        // Then the file holds exactly the new bytes, the spare the version it replaced, and nothing else is left
        Assert.True(changed);
        Assert.Equal("3rd", File.ReadAllText(path));
        Assert.Equal(["briefings.json"], Directory.GetFiles(folder).Select(Path.GetFileName));
        if (OperatingSystem.IsLinux())
        {
            Assert.Equal("second, a longer one", File.ReadAllText(spare));
        }
    }

    [Fact]
    public void A_spare_that_cannot_be_swapped_in_leaves_the_file_written_as_usual()
    {
        // Given a file whose spare would sit on a path that is a folder, which no swap can take
        var path = Path.Combine(folder, "search-index.js");
        File.WriteAllText(path, "old");
        var spare = Path.Combine(folder, "spares", "search-index.js");
        Directory.CreateDirectory(spare);

        // When it is rewritten through that spare
        var changed = AtomicFile.Write(path, Pieces("new"), spare);

        // Then it is written as usual, with no temporary file left beside it
        Assert.True(changed);
        Assert.Equal("new", File.ReadAllText(path));
        Assert.Equal(["search-index.js"], Directory.GetFiles(folder).Select(Path.GetFileName));
    }

    [Fact]
    public void A_new_file_is_made_whole_as_an_unnamed_file_given_its_name_on_linux()
    {
        // Given a folder with one file written the ordinary way
        var usual = Path.Combine(folder, "usual.md");
        File.WriteAllText(usual, "usual");
        var path = Path.Combine(folder, "briefing.md");

        // When a new file is made there as an unnamed file
        var made = UnnamedFile.TryCreate(path, Pieces("front ", "matter"));

        // Then on Linux it holds the pieces one after another, with the ordinary file's permissions, and nothing else is left
        Assert.Equal(OperatingSystem.IsLinux(), made);
        if (OperatingSystem.IsLinux())
        {
            Assert.Equal("front matter", File.ReadAllText(path));
            Assert.Equal(File.GetUnixFileMode(usual), File.GetUnixFileMode(path));
            Assert.Equal(["briefing.md", "usual.md"], Directory.GetFiles(folder).Select(Path.GetFileName).Order());
        }
    }

    [Fact]
    public void An_unnamed_file_never_takes_a_name_already_taken_nor_makes_a_missing_folder()
    {
        var taken = Path.Combine(folder, "taken.md");
        File.WriteAllText(taken, "hand edit");
        var elsewhere = Path.Combine(folder, "missing", "new.md");

        Assert.False(UnnamedFile.TryCreate(taken, Pieces("generated")));
        Assert.False(UnnamedFile.TryCreate(elsewhere, Pieces("generated")));

        // The file taken is as it was, and writing as usual still works in both places (the refusals disabled nothing)
        Assert.Equal("hand edit", File.ReadAllText(taken));
        Assert.Equal(["taken.md"], Directory.GetFiles(folder).Select(Path.GetFileName));
        Assert.True(AtomicFile.Write(elsewhere, Pieces("generated")));
        Assert.Equal(OperatingSystem.IsLinux(), UnnamedFile.TryCreate(Path.Combine(folder, "missing", "next.md"), Pieces("next")));
    }

    private static ReadOnlyMemory<byte>[] Pieces(params string[] texts) => [.. texts.Select(t => (ReadOnlyMemory<byte>)Encoding.UTF8.GetBytes(t))];
}
