using System.Text.RegularExpressions;
using BriefingSite.Extract;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace BriefingSite.Tests.Extract;

public class WordWindowTests
{
    private static Arbitrary<string> Sentences(params string[] words) => Arb.From(
        Gen.Elements([.. words, " ", "  ", " ", ", ", "(", "x", "The", "\u00a0"]).ListOf().Select(string.Concat));

    [Property(MaxTest = 3000)]
    public Property Finds_the_dates_from_the_window_that_it_finds_from_the_start() =>
        Prop.ForAll(
            Sentences("in", "a", "few", "days", "weeks", "ago", "earlier", "this", "last", "year", "month", "week", "yesterday",
                "19", "20", "2021", "1999", "th", "of", "May", "Sept", ".", "December", "3", "12th", "between", "km", "s",
                "a few  days ago", "earlier this\tyear", "19th of May", "since 2019", "in  December", "two weeks ago"),
            text => Assert.Equal(
                Spans(DateFinder.DatePattern().Matches(text)),
                Spans(WordWindow.Matches(DateFinder.DatePattern(), text, DateFinder.NextDateWord, 3))));

    [Property(MaxTest = 3000)]
    public Property Finds_the_figures_from_the_window_that_it_finds_from_the_start() =>
        Prop.ForAll(
            Sentences("hundreds", "tens", "of", "million", "US", "dollars", "rupees", "two", "a", "$", "US$", "Rs.", "USD", "5", "1,200",
                "3.5", "%", "percent", "km", "people", "bn", "-", "hundreds of million US dollars", "tens of  billion euros", "Rs. 5", "US$ 3 bn"),
            text => Assert.Equal(
                Spans(FigureFinder.FigurePattern().Matches(text)),
                Spans(WordWindow.Matches(FigureFinder.FigurePattern(), text, FigureFinder.NextFigureMark, 4))));

    [Fact]
    public void Starts_the_given_number_of_words_before_the_word_found()
    {
        Assert.Equal(4, WordWindow.Start("One a  few days ago", 16, 3));
        Assert.Equal(0, WordWindow.Start("a few days ago", 11, 5));
    }

    private static List<(int, int, string)> Spans(IEnumerable<Match> matches) =>
        [.. matches.Select(m => (m.Index, m.Length, string.Join("|", m.Groups.Values.Select(g => g.Success ? g.Value : "-"))))];
}
