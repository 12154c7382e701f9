using BriefingSite.Extract;
using BriefingSite.Model;

namespace BriefingSite.Tests.Extract;

public class FigureFinderTests
{
    private static List<string> Values(string text) =>
        FigureFinder.Find([new BodySentence(1, 0, text)]).Select(f => f.Value).ToList();

    [Theory]
    [InlineData("The Shaheen-3 has a range of 2,750 km, far short of India's missiles.", "2,750 km")]
    [InlineData("The corridor, estimated at 62$ billion in investments, links China to the sea.", "$62 billion")]
    [InlineData("Trade reached one billion dollars in 2024.", "one billion dollars")]
    [InlineData("Of the attacks, 82% were attributed to the TTP.", "82%")]
    [InlineData("On December 21, 14 Pakistani soldiers were killed at a checkpoint.", "14 soldiers")]
    [InlineData("Akram cited 306 attacks in Pakistan in 2023.", "306 attacks")]
    [InlineData("There were almost £68m in reported donations to parties in 2001.", "£68 million")]
    [InlineData("The film took $19.1m on Christmas Day alone.", "$19.1 million")]
    [InlineData("He was paid a salary of £250k last year.", "£250 thousand")]
    [InlineData("Net profit came in at 1.4bn euros in the quarter.", "1.4bn euros")]
    public void Finds_numbers_with_units_currencies_and_counted_things(string sentence, string expected)
    {
        Assert.Contains(expected, Values(sentence));
    }

    [Fact]
    public void A_day_of_a_month_counts_nothing()
    {
        Assert.Equal(["4 attacks"], Values("Since the 11 September attacks there have been 4 attacks on 12 January jets."));
    }

    [Fact]
    public void A_currency_amount_keeps_its_scale_but_a_following_word_is_no_scale()
    {
        Assert.Equal(["£3 million", "$5"], Values("It suggests raising state funding to £3m, and $5 more for each member."));
    }

    [Fact]
    public void Takes_an_amount_converted_in_brackets_once_in_its_own_currency()
    {
        Assert.Equal(["$45 billion"], Values("It has already pumped $45bn (£24bn) into two of its largest banks."));
        Assert.Equal(["18.3bn euros"], Values("Sales showed a rise to 18.3bn euros ($23.4bn; £12.5bn)."));
        Assert.Equal(["$5 million", "£2 million"], Values("He gave $5m (about a third of his wealth), and later £2m."));
        Assert.Equal(["£10 million", "£8 million"], Values("Profit rose to £10m (£8m a year ago)."));
        Assert.Equal(["A$6.35"], Values("Xstrata bid A$6.35 ($4.93) a share."));
    }

    [Fact]
    public void Reads_a_dollar_of_another_country_and_a_range_of_percentages()
    {
        Assert.Equal(["A$4.25"], Values("Southcorp's shares were suspended at A$4.25."));
        Assert.Equal(["3-5%"], Values("Best Buy missed its target of a 3-5% rise in sales."));
        Assert.Equal(["$10-25 million"], Values("Next generation games will cost between $10-25m to make."));
    }

    [Fact]
    public void Says_what_a_figure_in_a_long_sentence_measures_and_marks_the_cuts()
    {
        static string About(string sentence) => FigureFinder.Find([new BodySentence(1, 0, sentence)])[0].About;

        Assert.Equal(
            "The government has looked at ways of boosting voter turnout, which fell to 59% in the last general…",
            About("The government has looked at ways of boosting voter turnout, which fell to 59% in the last general election in 2001, and will report soon."));
        Assert.Equal(
            "…pointed to borrowing, which he said would be 4.5% of GDP in the year to March 2005.",
            About("The chancellor, speaking to an audience of business leaders in the City of London on Tuesday evening, pointed to borrowing, which he said would be 4.5% of GDP in the year to March 2005."));
    }

    [Fact]
    public void Says_what_a_figure_past_the_first_clauses_of_a_long_sentence_measures_with_the_figure_in_it()
    {
        var figures = FigureFinder.Find([new BodySentence(1, 0, "The regional water board said on Monday that its reservoirs had been refilled faster than expected after the spring storms washed 2,000 tonnes of silt into them.")]);

        Assert.Equal("…been refilled faster than expected after the spring storms washed 2,000 tonnes of silt into them.", figures.Single(f => f.Value == "2,000 tonnes").About);
    }

    [Fact]
    public void A_number_ends_before_a_comma_and_a_small_word_after_its_scale()
    {
        Assert.Equal(["£20"], Values("At a mere £20, the game is cheap."));
        Assert.Equal(["25 million players", "10 million"], Values("About 25 million players were sold, 10 million of which were made abroad."));
        Assert.Equal(["1.4 million"], Values("The jobless total reached 1.4 million in January."));
    }

    [Fact]
    public void Ignores_years_dates_and_citation_markers()
    {
        Assert.Empty(Values("In 2017, on March 7, relations soured further [5] as 3 days passed."));
    }

    [Fact]
    public void Says_what_a_figure_measures_from_its_clause()
    {
        var figure = FigureFinder.Find([new BodySentence(4, 0, "Pakistan’s longest-range missile, the Shaheen-3, has a range of 2,750 km.")]).Single();

        Assert.Contains("Shaheen-3", figure.About, StringComparison.Ordinal);
        Assert.Equal(4, figure.Sentence);
    }
}
