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
    [InlineData("• Jan 01, 2025", true)]
    [InlineData("Published: March 7, 2024", true)]
    [InlineData("On March 7, 2024, Pakistan urged the council to act.", false)]
    public void Tells_a_date_line_from_a_sentence_holding_a_date(string line, bool expected)
    {
        Assert.Equal(expected, DateParser.IsDateLine(line));
    }
}
