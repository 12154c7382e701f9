using BriefingSite.Cache;
using BriefingSite.Ingest;
using BriefingSite.Model;
using BriefingSite.Publish;
using BriefingSite.Tests.Robustness;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace BriefingSite.Tests.Publish;

/// <summary>What a written briefing reads back as, worked out without parsing, equals what parsing the written file gives.</summary>
public class ReadBackTests
{
    [Property(Arbitrary = [typeof(ReadBackTests)], MaxTest = 2000)]
    public void A_briefing_it_is_sure_of_equals_the_file_parsed(Briefing written)
    {
        var read = BriefingFileReader.Read("input/x.md", FrontMatterWriter.Write(written), []);

        if (ReadBack.Of(written) is { } expected)
        {
            Assert.NotNull(read);
            AssertSame(read, expected);
        }
    }

    [Fact]
    public void It_is_sure_of_every_real_briefing_and_right_about_each()
    {
        foreach (var written in RealBriefings.All().Select(b => b with { Extra = new Dictionary<string, object?>() }))
        {
            var expected = ReadBack.Of(written);

            Assert.NotNull(expected);
            AssertSame(BriefingFileReader.Read("input/x.md", FrontMatterWriter.Write(written), [])!, expected);
        }
    }

    [Theory]
    [InlineData("title")]
    [InlineData("slug")]
    [InlineData("entity id")]
    [InlineData("sentence")]
    [InlineData("event date")]
    [InlineData("extra")]
    public void It_is_not_sure_of_a_briefing_the_reader_rejects_or_reads_as_yaml_likes(string broken)
    {
        var written = Break(FrontMatterWriterTests.Sample() with { Extra = new Dictionary<string, object?>() }, broken);

        Assert.Null(ReadBack.Of(written));
    }

    public static Arbitrary<Briefing> Briefings() => Arb.From(
        from briefing in BriefingGenerators.Briefing().Generator
        from broken in Gen.Elements("", "", "", "title", "slug", "entity id", "sentence", "event date", "extra")
        select Break(briefing with { Extra = new Dictionary<string, object?>() }, broken));

    private static Briefing Break(Briefing b, string what) => what switch
    {
        "title" => b with { Title = " \u00a0" },
        "slug" => b with { Slug = "Not a slug" },
        "entity id" => b with { Entities = [new EntityRef { Name = "A", Id = "A B", Type = EntityType.Person }] },
        "sentence" => b with { Quotes = [new Quote { Speaker = "A", Text = "B", Sentence = 0 }] },
        "event date" => b with { Events = [new DatedEvent { Date = "2024-13-01", Text = "x" }] },
        "extra" => b with { Extra = new Dictionary<string, object?> { ["note"] = "1." } },
        _ => b,
    };

    // Equal in every value the cache keeps (its binary form), and with no unknown fields.
    private static void AssertSame(Briefing actual, Briefing expected)
    {
        Assert.Empty(actual.Extra);
        Assert.Empty(expected.Extra);
        Assert.Equal(StoredBriefing.Of(default, "", expected).Encoded, StoredBriefing.Of(default, "", actual).Encoded);
    }
}
