using BriefingSite.Model;
using BriefingSite.Publish;

namespace BriefingSite.Tests.Publish;

public class FieldHashesTests
{
    private static readonly Briefing Sample = FrontMatterWriterTests.Sample();

    [Fact]
    public void Hashes_taken_from_a_like_briefing_equal_hashes_made_afresh()
    {
        var edited = Sample with { Summary = "My own words.", Tags = ["mine"], Body = "Rewritten." };

        var reused = FieldHashes.FieldsOf(edited, Sample, FieldHashes.FieldsOf(Sample));

        Assert.Equal(FieldHashes.FieldsOf(edited), reused);
    }

    [Fact]
    public void Item_prints_of_lists_unchanged_since_an_earlier_fingerprint_equal_prints_made_afresh()
    {
        var earlier = FieldHashes.Of(Sample);
        var changed = Sample with { Figures = [new Figure { Value = "3 km", About = "a new range", Sentence = 2 }] };

        var print = FieldHashes.Of(changed, earlier);

        Assert.Equal(FieldHashes.Of(changed).Items, print.Items);
        Assert.Same(earlier.Items["entities"], print.Items["entities"]);
    }
}
