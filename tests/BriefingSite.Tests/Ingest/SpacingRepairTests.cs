using BriefingSite.Ingest;

namespace BriefingSite.Tests.Ingest;

public class SpacingRepairTests
{
    [Theory]
    [InlineData("the United States , once allies", "the United States, once allies")]
    [InlineData("Islamabad ‘s development", "Islamabad’s development")]
    [InlineData("Finer ‘s comments", "Finer’s comments")]
    [InlineData("Prime Minister Narendra Modi .", "Prime Minister Narendra Modi.")]
    [InlineData("a fatal blow to Islamabad’s’ strategic status", "a fatal blow to Islamabad’s strategic status")]
    [InlineData("a ‘lunatic leader’s’ rise", "a ‘lunatic leader’s’ rise")]
    [InlineData("two  spaces", "two spaces")]
    [InlineData("names that end in the .com suffix", "names that end in the .com suffix")]
    [InlineData("if this trend continues ” Pakistan will strike”.", "if this trend continues “Pakistan will strike”.")]
    public void Mends_careless_spacing_around_punctuation(string text, string expected)
    {
        Assert.Equal(expected, SpacingRepair.Repair(text));
    }

    [Fact]
    public void Leaves_ellipses_decimals_and_citations_alone()
    {
        const string text = "It fell 3.5 percent [5]. Then… nothing.";

        Assert.Equal(text, SpacingRepair.Repair(text));
    }
}
