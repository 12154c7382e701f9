using BriefingSite.Extract;
using BriefingSite.Model;

namespace BriefingSite.Tests.Extract;

public class QuoteFinderTests
{
    private static IReadOnlyList<Quote> Quotes(params string[] sentences)
    {
        var body = sentences.Select((s, i) => new BodySentence(i + 1, 0, s)).ToList();
        return QuoteFinder.Find(body, EntityFinder.Find(sentences));
    }

    [Fact]
    public void Extracts_speaker_of_a_quote_split_by_said()
    {
        var quotes = Quotes("U.S. Secretary of State Rex Tillerson visited Islamabad.", "Tillerson said that “we have made some very specific requests from Pakistan.”");

        var quote = Assert.Single(quotes);
        Assert.Equal("Rex Tillerson", quote.Speaker);
        Assert.Equal("we have made some very specific requests from Pakistan.", quote.Text);
        Assert.Equal(2, quote.Sentence);
    }

    [Fact]
    public void Reads_a_quote_opened_with_a_wrong_way_mark()
    {
        var quotes = Quotes("John Finer explained that if this trend continues ” Pakistan will have the ability to strike far outside South Asia”.");

        Assert.Equal("Pakistan will have the ability to strike far outside South Asia", Assert.Single(quotes).Text);
    }

    [Fact]
    public void Ends_an_unclosed_quote_at_its_sentence_and_names_a_role_when_no_person_speaks()
    {
        var quotes = Quotes("The spokesperson of Pakistan’s military said that “we have our own narrative on the problem.", "Yet the United States disagrees.");

        var quote = Assert.Single(quotes);
        Assert.Equal("spokesperson of Pakistan’s military", quote.Speaker);
        Assert.Equal("we have our own narrative on the problem.", quote.Text);
    }

    [Fact]
    public void Skips_scare_quotes_and_quotes_nobody_says()
    {
        var quotes = Quotes("Finer stated that this was a “double game” and an “emerging threat.”", "Institutions are “geared for some type of inevitable conflict with India.");

        Assert.Empty(quotes);
    }
}
