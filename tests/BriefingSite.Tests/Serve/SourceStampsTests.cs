using BriefingSite.Cli.Serve;

namespace BriefingSite.Tests.Serve;

public sealed class SourceStampsTests : IDisposable
{
    private readonly string root = Directory.CreateTempSubdirectory("source-stamps-").FullName;

    public void Dispose() => Directory.Delete(root, recursive: true);

    [Fact]
    public void A_file_counts_as_changed_when_first_seen_and_when_its_bytes_change_but_not_when_saved_as_it_was()
    {
        var stamps = new SourceStamps();
        var file = Path.Combine(root, "a.md");
        File.WriteAllText(file, "one");

        Assert.True(stamps.Update(file));
        File.WriteAllText(file, "one");
        File.SetLastWriteTimeUtc(file, DateTime.UtcNow.AddMinutes(1));
        Assert.False(stamps.Update(file));
        File.WriteAllText(file, "two");
        Assert.True(stamps.Update(file));
    }

    [Fact]
    public void A_deleted_file_counts_as_changed_once_and_an_unknown_missing_file_not_at_all()
    {
        var stamps = new SourceStamps();
        var file = Path.Combine(root, "a.md");
        File.WriteAllText(file, "one");
        stamps.Update(file);

        File.Delete(file);

        Assert.True(stamps.Update(file));
        Assert.False(stamps.Update(file));
        Assert.False(stamps.Update(Path.Combine(root, "never.md")));
    }
}
