using BriefingSite.Ingest;
using BriefingSite.Model;

namespace BriefingSite.Tests.Ingest;

public class TitleWriterTests
{
    [Fact]
    public void Writes_a_short_headline_for_an_article_without_a_title()
    {
        // Given an article body with no heading
        ArticleBlock[] body =
        [
            new(BlockKind.Paragraph, "Some would argue that the statements by Deputy National Security Adviser Jon Finer on December 19 were a blow. Since the Taliban returned to power in Afghanistan in August 2021, Pakistan has faced a sharp growing trend of militant attacks inside its borders inspired by the regime in Afghanistan."),
        ];

        // When a title is written
        var title = TitleWriter.Write(body);

        // Then it is a short headline, never the whole first sentence
        Assert.True(title.Length <= 70, title);
        Assert.DoesNotContain("Some would argue", title, StringComparison.Ordinal);
    }

    [Fact]
    public void Gives_an_empty_article_a_plain_title()
    {
        Assert.Equal("Untitled article", TitleWriter.Write([]));
    }
}
