using BriefingSite.Extract;
using BriefingSite.Model;

namespace BriefingSite.Tests.Extract;

public class BodyWriterTests
{
    [Fact]
    public void Writes_headings_paragraphs_quotes_and_list_items_separated_by_blank_lines()
    {
        // Given one block of each kind
        ArticleBlock[] blocks =
        [
            new(BlockKind.Heading, "China"), new(BlockKind.Paragraph, "One. Two."),
            new(BlockKind.Quote, "Three."), new(BlockKind.ListItem, "Four."),
        ];

        // When the body is written
        var body = BodyWriter.Write(blocks);

        // Then each block has its Markdown marker, and no line end follows the last (as a briefing file's reader gives it back)
        Assert.Equal("## China\n\nOne. Two.\n\n> Three.\n\n- Four.", body);
    }

    [Theory]
    [InlineData("# not a heading", "\\# not a heading")]
    [InlineData("- not a list", "\\- not a list")]
    [InlineData("> not a quote", "\\> not a quote")]
    [InlineData("1. not a list", "1\\. not a list")]
    [InlineData("a *bold* claim", "a \\*bold\\* claim")]
    [InlineData("snake_case stays, _emphasis_ does not", "snake_case stays, \\_emphasis\\_ does not")]
    [InlineData("see [5] and [a link](x)", "see [5] and \\[a link](x)")]
    [InlineData("x < y & z", "x < y & z")]
    public void Escapes_text_only_where_Markdown_would_misread_it(string text, string expected)
    {
        var body = BodyWriter.Write([new ArticleBlock(BlockKind.Paragraph, text)]);

        Assert.Equal(expected, body);
        Assert.Equal(text, BodyWriter.Unescape(body));
    }
}
