using BriefingSite.Extract;

namespace BriefingSite.Tests.Extract;

public class DatelineTests
{
    [Theory]
    [InlineData("Islamabad Pakistan has explained that its nuclear status serves as a deterrent.", "Pakistan has explained that its nuclear status serves as a deterrent.")]
    [InlineData("ISLAMABAD: Pakistan has explained its position.", "Pakistan has explained its position.")]
    [InlineData("LONDON - Britain’s economy grew in March.", "Britain’s economy grew in March.")]
    [InlineData("Kabul — The Taliban closed the border.", "The Taliban closed the border.")]
    public void Takes_the_city_a_report_was_filed_from_off_the_first_sentence(string sentence, string expected) =>
        Assert.Equal(expected, Dateline.Without(sentence));

    [Theory]
    [InlineData("Washington Post reporters saw the letter.")]
    [InlineData("London Mayor Sadiq Khan opened the line.")]
    [InlineData("Paris is the capital of France.")]
    [InlineData("Pakistan has explained its position.")]
    [InlineData("Jordan Henderson scored twice.")]
    public void Keeps_a_sentence_that_opens_on_a_name(string sentence) =>
        Assert.Equal(sentence, Dateline.Without(sentence));
}
