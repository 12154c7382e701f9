using BriefingSite.Ingest;
using BriefingSite.Model;

namespace BriefingSite.Tests.Ingest;

public class TitleWriterTests
{
    [Theory]
    [InlineData("Some would argue that the statements by Deputy National Security Adviser Jon Finer on December 19 were a blow.", "The statements by Deputy National Security Adviser Jon Finer")]
    [InlineData("During his visit to Islamabad two weeks ago, U.S. Secretary of State Rex Tillerson told the leadership that Pakistan must act.", "U.S. Secretary of State Rex Tillerson told the leadership")]
    [InlineData("Markets fell.", "Markets fell")]
    public void Writes_a_short_title_from_the_main_clause_of_the_first_sentence(string paragraph, string expected)
    {
        var title = TitleWriter.Write([new ArticleBlock(BlockKind.Paragraph, paragraph)]);

        Assert.Equal(expected, title);
        Assert.True(title.Length <= 70);
    }
}
