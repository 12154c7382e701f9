using BriefingSite.Cli.Serve;

namespace BriefingSite.Tests.Serve;

public sealed class ChangeWatcherTests : IDisposable
{
    private readonly string root = Directory.CreateTempSubdirectory("change-watcher-").FullName;

    public void Dispose() => Directory.Delete(root, recursive: true);

    [Theory]
    [InlineData("input/.briefing-state.json")]
    [InlineData("input/.briefing.lock")]
    [InlineData("input/.strategic-standoff.md.4242.tmp")]
    [InlineData("input/.cache/pages.bin")]
    [InlineData("input/strategic-standoff.md~")]
    [InlineData("input/.strategic-standoff.md.swp")]
    [InlineData("input/4913")]
    public void Ignores_the_tool_state_temporaries_and_editor_scratch_files(string path)
    {
        Assert.True(ChangeWatcher.Ignored("/site", Path.Combine("/site", path)));
    }

    [Theory]
    [InlineData("input/strategic-standoff.md")]
    [InlineData("input/entities/jonathan-finer.md")]
    [InlineData("theme/assets/style.css")]
    public void Reports_sources_a_person_edits(string path)
    {
        Assert.False(ChangeWatcher.Ignored("/site", Path.Combine("/site", path)));
    }

    [Fact]
    public async Task Reports_a_saved_file_but_not_the_output_folder_inside_a_watched_folder()
    {
        // Given a watched folder that also holds the output folder
        Directory.CreateDirectory(Path.Combine(root, "output"));
        var seen = new List<string>();
        using var watcher = new ChangeWatcher([root], Path.Combine(root, "output"), p => { lock (seen) { seen.Add(p); } });

        // When the site is written and then a briefing is saved
        await File.WriteAllTextAsync(Path.Combine(root, "output", "index.html"), "site");
        await File.WriteAllTextAsync(Path.Combine(root, "a.md"), "briefing");

        // Then only the briefing is reported
        Assert.True(await ServedSite.EventuallyAsync(() => { lock (seen) { return seen.Contains(Path.Combine(root, "a.md")); } }));
        lock (seen)
        {
            Assert.DoesNotContain(seen, p => p.Contains("output", StringComparison.Ordinal));
        }
    }
}
