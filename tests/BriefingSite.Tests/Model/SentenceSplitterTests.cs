using BriefingSite.Model;

namespace BriefingSite.Tests.Model;

public class SentenceSplitterTests
{
    [Fact]
    public void Splits_on_stops_followed_by_a_capital()
    {
        var sentences = SentenceSplitter.Split("Pakistan faces a test. The US is wary! Is India? Yes.");

        Assert.Equal(["Pakistan faces a test.", "The US is wary!", "Is India?", "Yes."], sentences);
    }

    [Fact]
    public void Keeps_abbreviations_and_initials_inside_a_sentence()
    {
        var sentences = SentenceSplitter.Split("U.S. Secretary Rex Tillerson met Q. Siddique in Jan. 2024. He left.");

        Assert.Equal(["U.S. Secretary Rex Tillerson met Q. Siddique in Jan. 2024.", "He left."], sentences);
    }

    [Fact]
    public void Keeps_a_closing_quote_with_its_sentence()
    {
        var sentences = SentenceSplitter.Split("Finer stated, “Pakistan will strike.” In other words, a threat.");

        Assert.Equal(["Finer stated, “Pakistan will strike.”", "In other words, a threat."], sentences);
    }

    [Fact]
    public void Numbers_body_sentences_across_blocks_skipping_headings()
    {
        var body = "## China\n\nOne. Two.\n\n> Three.\n\n## India\n\n- Four.";

        var sentences = BodySentences.Enumerate(body);

        Assert.Equal([1, 2, 3, 4], sentences.Select(s => s.Number));
        Assert.Equal(["One.", "Two.", "Three.", "Four."], sentences.Select(s => s.Text));
        Assert.Equal([1, 1, 2, 4], sentences.Select(s => s.Block));
    }
}
