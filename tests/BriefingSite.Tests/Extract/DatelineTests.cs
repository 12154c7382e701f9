using BriefingSite.Extract;

namespace BriefingSite.Tests.Extract;

public class DatelineTests
{
    [Theory]
    [InlineData("Islamabad Pakistan has explained that its nuclear status serves as a deterrent.", "Pakistan has explained that its nuclear status serves as a deterrent.")]
    [InlineData("ISLAMABAD: Pakistan has explained its position.", "Pakistan has explained its position.")]
    [InlineData("LONDON - Britain’s economy grew in March.", "Britain’s economy grew in March.")]
    [InlineData("Kabul — The Taliban closed the border.", "The Taliban closed the border.")]
    [InlineData("WASHINGTON (AP) — The Senate voted on Tuesday.", "The Senate voted on Tuesday.")]
    [InlineData("NEW YORK (Reuters) - Stocks fell on Monday.", "Stocks fell on Monday.")]
    [InlineData("HANOI, Vietnam (AP) — Floods closed the roads.", "Floods closed the roads.")]
    [InlineData("NEW YORK — Stocks fell on Monday.", "Stocks fell on Monday.")]
    [InlineData("ST. JOSEPH, Mich. (AP) — Health authorities reported a death.", "Health authorities reported a death.")]
    [InlineData("(Reuters) — The attorney general is investigating.", "The attorney general is investigating.")]
    [InlineData("CLEVELAND, Ohio – The band will play.", "The band will play.")]
    [InlineData("SIOUX FALLS, S.D. – People are talking.", "People are talking.")]
    [InlineData("DUBAI, United Arab Emirates — Dubai's carrier signed.", "Dubai's carrier signed.")]
    [InlineData("BERLIN -- The agency says so.", "The agency says so.")]
    [InlineData("Los Angeles: Fires spread overnight.", "Fires spread overnight.")]
    public void Takes_the_city_a_report_was_filed_from_off_the_first_sentence(string sentence, string expected) =>
        Assert.Equal(expected, Dateline.Without(sentence));

    [Theory]
    [InlineData("Washington Post reporters saw the letter.")]
    [InlineData("London Mayor Sadiq Khan opened the line.")]
    [InlineData("Paris is the capital of France.")]
    [InlineData("Pakistan has explained its position.")]
    [InlineData("Jordan Henderson scored twice.")]
    [InlineData("The World Health Organization (WHO) - a UN agency - warned on Monday.")]
    [InlineData("New Year celebrations: crowds gathered in the square.")]
    [InlineData("NEW YORK STOCK EXCHANGE - Trading resumed.")]
    [InlineData("The Associated Press (AP) - a news agency - said so.")]
    [InlineData("DEAR ABBY: My husband bought tickets.")]
    [InlineData("NASA-funded teams - Three rovers landed.")]
    public void Keeps_a_sentence_that_opens_on_a_name(string sentence) =>
        Assert.Equal(sentence, Dateline.Without(sentence));
}
