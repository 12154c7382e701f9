using BriefingSite.Extract;
using BriefingSite.Model;

namespace BriefingSite.Tests.Extract;

public class DateFinderTests
{
    private static List<string> Dates(string text, DateOnly? published = null) =>
        DateFinder.Find([new BodySentence(1, 0, text)], published).Select(e => e.Date).ToList();

    [Theory]
    [InlineData("Finer spoke on December 19 about missiles.", "--12-19")]
    [InlineData("It was announced Jan 01, 2025 in Islamabad.", "2025-01-01")]
    [InlineData("Akram approached the UNSC on March 7, 2024 in New York.", "2024-03-07")]
    [InlineData("Iran struck in January 2024 without permission.", "2024-01")]
    [InlineData("Islamabad joined the SCO in 2017, a security forum.", "2017")]
    [InlineData("The Taliban returned in August 2021, after the withdrawal.", "2021-08")]
    [InlineData("The team reported in the last week of January 2024 that camps exist.", "2024-01")]
    public void Normalises_common_date_forms_to_iso(string sentence, string expected)
    {
        Assert.Equal([expected], Dates(sentence));
    }

    [Fact]
    public void Resolves_year_less_and_relative_dates_against_the_publication_date()
    {
        // Given an article published on January 1st, 2025
        var published = new DateOnly(2025, 1, 1);

        // Then "December 19" is last December and "two weeks ago" counts back from publication
        Assert.Equal(["2024-12-19"], Dates("Finer spoke on December 19 about missiles.", published));
        Assert.Equal(["2024-12-18"], Dates("Tillerson visited Islamabad two weeks ago with demands.", published));
        Assert.Equal(["2024-04", "2024-09"], Dates("We saw sanctions earlier this year in April and September, and more since.", published));
    }

    [Fact]
    public void Skips_relative_dates_without_a_publication_date_and_numbers_that_are_not_years()
    {
        Assert.Empty(Dates("Tillerson visited Islamabad two weeks ago with demands."));
        Assert.Empty(Dates("The missile has a range of 2,750 km and 1500 launchers."));
    }

    [Theory]
    [InlineData("Shoppers were expected by its closing time of 1900 GMT.")]
    [InlineData("Listen to the full interview from 2000 BST on Sport on Five.")]
    [InlineData("The polls close at 2200 local time, and results come after 2300 hours.")]
    public void Reads_a_time_of_day_as_no_year(string sentence) => Assert.Empty(Dates(sentence));

    [Theory]
    [InlineData("Ireland are going for their first Grand Slam since 1948 after two wins.")]
    [InlineData("Optimism is at its highest since 1997, say researchers.")]
    [InlineData("Retail sales picked up faster than at any time since 1997.")]
    [InlineData("It left the Tories with 163 MPs, their worst showing since 1906.")]
    public void A_year_a_record_or_a_first_is_counted_from_is_no_event(string sentence) => Assert.Empty(Dates(sentence));

    [Theory]
    [InlineData("Mr Sayeed has been MP for Mid-Bedfordshire since 1997.", new[] { "1997" })]
    [InlineData("The highest court ruled in 2004, since 1997 rules applied.", new[] { "2004", "1997" })]
    public void A_year_something_has_lasted_since_is_an_event(string sentence, string[] dates) => Assert.Equal(dates, Dates(sentence));

    [Fact]
    public void A_count_of_years_ago_beyond_a_century_is_no_event_and_no_error()
    {
        // Given an article published in 2025 that looks far back
        var published = new DateOnly(2025, 1, 1);

        // When its sentences are read, then only the recent look-back becomes a dated event
        Assert.Empty(Dates("The city was founded 2500 years ago on the river.", published));
        Assert.Empty(Dates("Rocks here formed 300000000 years ago.", published));
        Assert.Equal(["2015"], Dates("The bridge opened 10 years ago.", published));
    }

    private static string Told(string sentence) => Assert.Single(DateFinder.Find([new BodySentence(1, 0, sentence)], null)).Text;

    [Fact]
    public void A_long_sentence_tells_what_happened_after_a_date_in_parentheses_and_marks_its_cut()
    {
        // The date sits between the subject and the verb: the clauses around it alone tell nothing
        var text = Told("Significantly, the U.N. Analytical Support and Sanctions Monitoring Team, in the last week of January 2024, " +
            "disclosed that the Al-Qaeda camp in the Afghan border province of Kunar is actively “conducting suicide bomber training” " +
            "to aid the operations of TTP [4].");

        Assert.StartsWith("The U.N. Analytical Support and Sanctions Monitoring Team, in the last week of January 2024, disclosed that", text);
        Assert.EndsWith("…", text);
        Assert.True(text.Length <= 160, text);
    }

    [Fact]
    public void A_date_opening_a_long_sentence_keeps_the_clause_after_it()
    {
        var text = Told("At the Australian Open in January, Mirza became the first Indian woman to reach the third round of a " +
            "Grand Slam before losing to eventual champion Serena Williams, and she has since climbed the rankings.");

        Assert.StartsWith("At the Australian Open in January, Mirza became the first Indian woman", text);
        Assert.EndsWith("…", text);
    }

    [Fact]
    public void A_clause_opening_with_a_small_word_is_told_from_the_sentences_opening_or_marked_as_cut()
    {
        var opening = Told("Nelly has sold more than 30 million singles and albums worldwide, and in September 2004 simultaneously " +
            "occupied the number one and two positions in the US albums chart for the first time.");
        var inside = Told("The winger has spent most of the last year out with an injury to his knee, and he missed the whole of the " +
            "autumn internationals, before making his comeback for Newcastle in the Zurich Premiership in August.");

        Assert.StartsWith("Nelly has sold more than 30 million singles", opening);
        Assert.StartsWith("…and he missed the whole of the autumn internationals, before making his comeback", inside);
    }

    [Fact]
    public void A_date_beyond_the_clauses_that_fit_is_told_with_the_words_around_it()
    {
        var text = Told("Conservative shadow international development secretary Alan Duncan accused Mr Brown of missing his " +
            "target on providing anti-retroviral drug treatment to three million Africans by 2005.");

        Assert.StartsWith("…", text);
        Assert.EndsWith("to three million Africans by 2005.", text);
    }

    [Fact]
    public void A_short_sentence_is_told_whole()
    {
        Assert.Equal("Significantly, the team reported in January 2024 that camps exist.",
            Told("Significantly, the team reported in January 2024 that camps exist."));
    }
}
