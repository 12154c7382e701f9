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
}
