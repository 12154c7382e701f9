using BriefingSite.Ingest;

namespace BriefingSite.Tests.Ingest;

public class DateParserTests
{
    [Theory]
    [InlineData("Jan 01, 2025", 2025, 1, 1)]
    [InlineData("March 7, 2024", 2024, 3, 7)]
    [InlineData("7 March 2024", 2024, 3, 7)]
    [InlineData("2024-12-19T08:57:00+02:00", 2024, 12, 19)]
    [InlineData("Sept. 3rd, 2023", 2023, 9, 3)]
    public void Reads_common_publication_date_forms(string text, int year, int month, int day)
    {
        Assert.Equal(new DateOnly(year, month, day), DateParser.Find(text));
    }

    [Theory]
    [InlineData("0001-01-01T00:00:00Z")]
    [InlineData("Jan 1, 0001")]
    public void Takes_a_zero_date_for_no_date(string text) => Assert.Null(DateParser.Find(text));

    [Fact]
    public void Passes_over_a_zero_date_to_the_date_after_it() =>
        Assert.Equal(new DateOnly(2019, 11, 19), DateParser.Find("0001-01-01T00:00:00Z, updated November 19, 2019"));

    [Theory]
    [InlineData("• Jan 01, 2025", true)]
    [InlineData("Published: March 7, 2024", true)]
    [InlineData("On March 7, 2024, Pakistan urged the council to act.", false)]
    public void Tells_a_date_line_from_a_sentence_holding_a_date(string line, bool expected)
    {
        Assert.Equal(expected, DateParser.IsDateLine(line));
    }
}
