using BriefingSite.Extract;
using BriefingSite.Model;

namespace BriefingSite.Tests.Extract;

public class HeadlineWriterTests
{
    private const string Prose =
        "During his visit to Islamabad two weeks ago, U.S. Secretary of State Rex Tillerson told the country’s leadership that Pakistan needs to do more to eradicate militants. "
        + "Tillerson focused his visit on Pakistan’s counterterrorism strategy and its policy toward the Taliban in Afghanistan.";

    [Fact]
    public void Takes_a_first_heading_that_reads_as_a_headline()
    {
        // Given a category label, a paragraph, then a heading that reads as a headline
        ArticleBlock[] blocks =
        [
            new(BlockKind.Heading, "US Pakistan"),
            new(BlockKind.Paragraph, Prose),
            new(BlockKind.Heading, "Tough Rhetoric from Washington: Can it Change Islamabad?"),
        ];

        // When a headline is written, then it is that heading, not the label
        Assert.Equal("Tough Rhetoric from Washington: Can it Change Islamabad?", HeadlineWriter.Write(blocks));
    }

    [Fact]
    public void Builds_a_headline_from_the_main_claim_without_its_leading_clauses()
    {
        ArticleBlock[] blocks =
        [
            new(BlockKind.Paragraph, "Since the Taliban returned to power in Afghanistan in August 2021, following the American withdrawal, Pakistan has faced a sharp growing trend of militant attacks inside its borders."),
        ];

        Assert.Equal("Pakistan has faced a sharp growing trend of militant attacks", HeadlineWriter.Write(blocks));
    }

    [Fact]
    public void Reads_the_claim_out_of_a_reporting_frame()
    {
        ArticleBlock[] blocks = [new(BlockKind.Paragraph, "Pakistan has explained that its nuclear status serves as a deterrent against India and nobody else in the region.")];

        Assert.Equal("Pakistan’s nuclear status serves as a deterrent against India", HeadlineWriter.Write(blocks));
    }

    [Fact]
    public void Never_returns_a_whole_long_first_sentence()
    {
        ArticleBlock[] blocks = [new(BlockKind.Paragraph, Prose)];

        var headline = HeadlineWriter.Write(blocks);

        Assert.True(headline.Length <= 70, headline);
        Assert.False(headline.EndsWith(" the", StringComparison.Ordinal) || headline.EndsWith(" of", StringComparison.Ordinal), headline);
    }
}
