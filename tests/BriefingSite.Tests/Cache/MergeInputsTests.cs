using BriefingSite.Cache;
using BriefingSite.Publish;

namespace BriefingSite.Tests.Cache;

public sealed class MergeInputsTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("merge-inputs-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void The_digest_follows_the_edit_state_through_quick_rewrites_and_back()
    {
        // Given a content folder whose edit state was written an hour ago
        var content = new ContentFolder(folder, folder);
        var state = Path.Combine(folder, EditState.FileName);
        File.WriteAllText(state, "{\"a\": 1}\n");
        File.SetLastWriteTimeUtc(state, DateTime.UtcNow.AddHours(-1));
        var first = Digest(content);

        // When it is rewritten, then rewritten again to what it held, each time just now
        Assert.Equal(first, Digest(content));
        File.WriteAllText(state, "{\"a\": 2}\n");
        var changed = Digest(content);
        File.WriteAllText(state, "{\"a\": 1}\n");
        var back = Digest(content);

        // Then the digest follows its bytes, not what an earlier call saw
        Assert.NotEqual(first, changed);
        Assert.Equal(first, back);
        File.Delete(state);
        Assert.NotEqual(first, Digest(content));
    }

    private static string Digest(ContentFolder content) => MergeInputs.Digest([("articles/a.txt", "00")], content, []);
}
