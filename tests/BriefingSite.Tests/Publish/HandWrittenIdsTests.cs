using BriefingSite.Model;
using BriefingSite.Publish;

namespace BriefingSite.Tests.Publish;

public sealed class HandWrittenIdsTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("hand-ids-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private static Briefing Of(string slug, string article, params string[] ids) => new()
    {
        Title = slug,
        Slug = slug,
        Source = new SourceInfo { File = article, Sha256 = "0" },
        Entities = [.. ids.Select(id => new EntityRef { Name = id, Id = id, Type = EntityType.Person })],
    };

    private static string Print(string id)
    {
        using var hasher = new TextHasher();
        return ListField.KeyHash(id, hasher) + ":0123456789";
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void An_id_is_written_by_hand_when_neither_version_the_state_holds_for_its_article_lists_it(bool readAhead)
    {
        File.WriteAllText(Path.Combine(folder, EditState.FileName), $$"""
            {
              "a.txt": { "fields": {}, "items": { "entities": ["{{Print("x")}}"] }, "previous": { "fields": {}, "items": { "entities": ["{{Print("y")}}"] } } },
              "b.txt": { "fields": {}, "items": { "tags": ["{{Print("t")}}"] } },
              "c.txt": { "title": "0123456789abcdef" }
            }
            """);
        Briefing[] briefings = [Of("a", "a.txt", "x", "y", "z"), Of("b", "b.txt", "q"), Of("c", "c.txt", "w"), Of("d", "d.txt", "v")];

        if (readAhead)
        {
            HandWrittenIds.Prefetch(folder);
        }

        var handIds = HandWrittenIds.In(folder, briefings);

        // b's generator wrote no entities at all; c's state has the older shape, without items; d has no state.
        Assert.Equal(2, handIds.Count);
        Assert.True(handIds.Contains("a", "z"));
        Assert.True(handIds.Contains("b", "q"));
    }

    [Fact]
    public void A_damaged_state_tells_no_id_written_by_hand()
    {
        File.WriteAllText(Path.Combine(folder, EditState.FileName), "{ \"a.txt\": { \"items\": ");

        Assert.Equal(0, HandWrittenIds.In(folder, [Of("a", "a.txt", "x")]).Count);
    }
}
