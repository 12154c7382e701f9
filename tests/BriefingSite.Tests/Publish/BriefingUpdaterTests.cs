using BriefingSite.Model;
using BriefingSite.Publish;

namespace BriefingSite.Tests.Publish;

public sealed class BriefingUpdaterTests : IDisposable
{
    private readonly string root = Directory.CreateTempSubdirectory("updater-").FullName;

    public void Dispose() => Directory.Delete(root, recursive: true);

    [Fact]
    public void A_field_added_by_hand_to_an_otherwise_untouched_file_survives_an_update()
    {
        var generated = FrontMatterWriterTests.Sample() with { Extra = new Dictionary<string, object?>() };
        BriefingUpdater.Update(new ContentFolder("input", root), [generated], force: false, [], out _);
        var file = new ContentFolder("input", root).FileFor(generated.Slug);
        File.WriteAllText(file, File.ReadAllText(file).Replace("\n---\n", "\nreviewer: Ana\n---\n", StringComparison.Ordinal));

        BriefingUpdater.Update(new ContentFolder("input", root), [generated], force: false, [], out var handEdits);

        Assert.Contains("\nreviewer: Ana\n---\n", File.ReadAllText(file), StringComparison.Ordinal);
        Assert.Empty(handEdits);
    }

    [Fact]
    public void A_file_written_again_unchanged_is_left_alone()
    {
        var generated = FrontMatterWriterTests.Sample() with { Extra = new Dictionary<string, object?>() };
        var written = new List<(string File, byte[] Bytes)>();
        BriefingUpdater.Update(new ContentFolder("input", root), [generated], force: false, [], out _, (file, bytes) => written.Add((file, bytes)));

        var changed = BriefingUpdater.Update(new ContentFolder("input", root), [generated], force: false, [], out _, (file, bytes) => written.Add((file, bytes)));

        // The first run told the bytes it wrote; the second wrote nothing
        var (file, bytes) = Assert.Single(written);
        Assert.Equal(File.ReadAllBytes(file), bytes);
        Assert.Equal(0, changed);
    }
}
