using BriefingSite.Ingest;
using BriefingSite.Model;

namespace BriefingSite.Tests.Ingest;

public class ClutterFilterTests
{
    private static ArticleBlock P(string text) => new(BlockKind.Paragraph, text);

    private const string Prose = "This is a paragraph of running text that is long enough to count as prose in the article.";

    [Theory]
    [InlineData("Image 1: Flickr")]
    [InlineData("[Photo by HO/ISPR/AFP]")]
    [InlineData("Share this:")]
    [InlineData("3 days ago")]
    [InlineData("2 weeks ago")]
    [InlineData("Read the full article here")]
    [InlineData("The views and opinions expressed in this article are those of the author.")]
    public void Drops_clutter_lines_anywhere(string clutter)
    {
        var (blocks, _) = ClutterFilter.Filter([P(Prose), P(clutter), P(Prose + " Again.")]);

        Assert.DoesNotContain(blocks, b => b.Text == clutter);
        Assert.Equal(2, blocks.Count);
    }

    [Theory]
    [InlineData("Related articles")]
    [InlineData("Recent Posts")]
    [InlineData("You May Also Like")]
    public void Cuts_everything_after_a_list_of_other_articles(string marker)
    {
        var (blocks, _) = ClutterFilter.Filter([P(Prose), P(marker), P("Another Story Title"), P(Prose + " Teaser…")]);

        Assert.Equal([P(Prose)], blocks);
    }

    [Fact]
    public void Takes_the_author_from_an_author_block_and_drops_the_blurb()
    {
        var (blocks, authors) = ClutterFilter.Filter([P(Prose), P("Author"), P("Noor ul Ain Ali"), P("The writer is a freelancer.")]);

        Assert.Equal([P(Prose)], blocks);
        Assert.Equal(["Noor ul Ain Ali"], authors);
    }

    [Fact]
    public void Strips_a_video_link_glued_to_the_last_sentence()
    {
        var (blocks, _) = ClutterFilter.Filter([P(Prose), P("They make coexistence difficult .https://youtu.be/i5fQguf_MDk?si=kJ")]);

        Assert.Equal("They make coexistence difficult.", blocks[^1].Text);
    }

    [Fact]
    public void Keeps_a_short_menu_word_before_the_article_for_the_front_matter_finder()
    {
        var (blocks, _) = ClutterFilter.Filter([P("Related articles"), P(Prose)]);

        Assert.Equal(2, blocks.Count);
    }
}
