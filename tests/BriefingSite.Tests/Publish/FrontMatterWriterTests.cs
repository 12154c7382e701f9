using BriefingSite.Ingest;
using BriefingSite.Model;
using BriefingSite.Publish;

namespace BriefingSite.Tests.Publish;

public class FrontMatterWriterTests
{
    internal static Briefing Sample() => new()
    {
        Title = "Strategic Standoff!",
        Slug = "strategic-standoff",
        Date = new DateOnly(2025, 1, 1),
        Authors = ["Noor ul Ain Ali"],
        Source = new SourceInfo { File = "seeds/001.txt", Sha256 = "abc123" },
        Summary = "Pakistan's missile system is under US sanctions: \"fifth set\" in three years.",
        KeyPoints = ["One: a point.", "2025", "yes"],
        Tags = ["sanctions", "missile-programme"],
        Entities = [new EntityRef { Name = "Jonathan Finer", Id = "jonathan-finer", Type = EntityType.Person, Role = "US Deputy National Security Advisor", Aliases = ["Finer"] }],
        Figures = [new Figure { Value = "2,750 km", About = "range of the Shaheen-3", Sentence = 12 }],
        Events = [new DatedEvent { Date = "--12-19", Text = "Finer speaks on Pakistan's missiles", Sentence = 1 }],
        Quotes = [new Quote { Speaker = "Jonathan Finer", Text = "Pakistan will have the capability: #1", Sentence = 3 }],
        Related = ["other-briefing"],
        Sources = ["Siddique, Q. (2011). Pakistan’s future policy. https://example.org/x"],
        Extra = new Dictionary<string, object?> { ["reviewed_by"] = "Ana", ["priority"] = 2L },
        Body = "## Heading\n\nFirst sentence. Second sentence.",
    };

    [Fact]
    public void Writes_the_contract_fields_in_order_then_the_body()
    {
        var text = FrontMatterWriter.Write(Sample());

        var keys = text.Split('\n').Where(l => l.Length > 0 && char.IsLetter(l[0]) && l.Contains(':')).Select(l => l[..l.IndexOf(':')]).ToList();
        Assert.Equal(["title", "slug", "date", "author", "source", "summary", "key_points", "tags", "entities", "figures", "events", "quotes", "related", "sources", "reviewed_by", "priority"], keys);
        Assert.StartsWith("---\ntitle: Strategic Standoff!\n", text);
        Assert.EndsWith("---\n\n## Heading\n\nFirst sentence. Second sentence.\n", text);
    }

    [Fact]
    public void Reading_what_was_written_gives_the_same_briefing()
    {
        var written = FrontMatterWriter.Write(Sample());

        var problems = new List<Diagnostic>();
        var read = BriefingFileReader.Read("input/x.md", written, problems);

        Assert.Empty(problems);
        Assert.NotNull(read);
        Assert.Equal(written, FrontMatterWriter.Write(read));
        Assert.Equal(["One: a point.", "2025", "yes"], read.KeyPoints);
        Assert.Equal("--12-19", read.Events[0].Date);
        Assert.Equal(2L, read.Extra["priority"]);
    }

    [Fact]
    public void Quotes_text_that_would_read_back_as_another_type()
    {
        var text = FrontMatterWriter.Write(Sample() with { Title = "2024", Tags = ["null", "true"] });

        Assert.Contains("title: \"2024\"", text);
        Assert.Contains("tags: [\"null\", \"true\"]", text);
    }
}
