using BriefingSite.Ingest.Html;
using BriefingSite.Model;

namespace BriefingSite.Tests.Ingest;

public class HtmlArticleReaderTests
{
    private const string Page = """
        <!doctype html><html><head>
        <title>Missiles and Markets - The Daily Example</title>
        <meta property="og:title" content="Missiles and Markets">
        <meta property="article:published_time" content="2024-03-07T10:00:00Z">
        <link rel="canonical" href="https://example.com/missiles">
        <script type="application/ld+json">{"@type":"NewsArticle","headline":"Missiles and Markets","author":{"@type":"Person","name":"Ayesha Khan"}}</script>
        </head><body>
        <header><a href="/">The Daily Example</a><ul class="menu"><li><a href="/world">World</a></li><li><a href="/tax">Tax</a></li></ul></header>
        <div id="cookie-banner">We use cookies to improve your experience. <a href="#">Accept all cookies</a></div>
        <main><article class="post-content">
        <h1>Missiles and Markets</h1>
        <p>Pakistan tested a new missile on Tuesday, officials said, raising concerns in Washington, Delhi and beyond.</p>
        <div class="share-bar"><a href="#">Facebook</a><a href="#">Twitter</a></div>
        <p>Markets in Karachi fell sharply after the test, with the main index losing three percent by the close of trading.</p>
        <h2>What Comes Next</h2>
        <p>Analysts expect more sanctions, though the timing, scale and targets remain uncertain for now.</p>
        <ul class="related-posts"><li><a href="/a">Another story about missiles</a></li><li><a href="/b">Yet another story about markets</a></li></ul>
        </article></main>
        <aside><h3>Most read</h3><ol><li><a href="/c">Something popular happened today</a></li></ol></aside>
        <footer><p>© 2024 The Daily Example. All rights reserved. Contact us at the usual address for more.</p></footer>
        </body></html>
        """;

    [Fact]
    public void Keeps_only_the_article_text_of_a_page_with_nav_banner_share_bar_related_list_and_footer()
    {
        var (blocks, _) = HtmlArticleReader.Read(Page);

        Assert.Equal(
            [
                "Missiles and Markets",
                "Pakistan tested a new missile on Tuesday, officials said, raising concerns in Washington, Delhi and beyond.",
                "Markets in Karachi fell sharply after the test, with the main index losing three percent by the close of trading.",
                "What Comes Next",
                "Analysts expect more sanctions, though the timing, scale and targets remain uncertain for now.",
            ],
            blocks.Select(b => b.Text));
        Assert.Equal(BlockKind.Heading, blocks[3].Kind);
    }

    [Fact]
    public void Leaves_out_the_card_a_hovered_name_shows_and_keeps_the_name()
    {
        const string page = """
            <html><body><article>
            <p>A man pleaded guilty to threatening Rep. <span class="rollover-people"><a href="/people/ilhan-omar">Ilhan Omar</a><span class="rollover-people-block"><span class="rollover-block"><img src="omar.jpg"><a class="name" href="/people/ilhan-omar">Ilhan Omar</a><a href="/1">Progressives oppose funding bill</a> <a href="/2">Omar asks court for compassion</a></span></span></span> (D-Minn.), prosecutors said on Monday.</p>
            <p>He faces up to ten years in prison and a fine of $250,000 after pleading guilty to the charge of threatening to kill her.</p>
            </article></body></html>
            """;

        var (blocks, _) = HtmlArticleReader.Read(page);

        Assert.Equal("A man pleaded guilty to threatening Rep. Ilhan Omar (D-Minn.), prosecutors said on Monday.", blocks[0].Text);
    }

    [Fact]
    public void Reads_title_author_date_and_canonical_url_from_the_head()
    {
        var (_, metadata) = HtmlArticleReader.Read(Page);

        Assert.Equal("Missiles and Markets", metadata.Title);
        Assert.Equal(["Ayesha Khan"], metadata.Authors);
        Assert.Equal(new DateOnly(2024, 3, 7), metadata.Date);
        Assert.Equal("https://example.com/missiles", metadata.Url);
    }

    [Fact]
    public void Strips_the_site_name_from_the_title_element_when_nothing_better_exists()
    {
        var (_, metadata) = HtmlArticleReader.Read("<html><head><title>Budget Talks Stall Again | The Daily Example</title></head><body><p>Text of a story that is long enough to count, with commas, and more words.</p></body></html>");

        Assert.Equal("Budget Talks Stall Again", metadata.Title);
    }

    [Fact]
    public void Never_passes_markup_through_as_text()
    {
        var (blocks, _) = HtmlArticleReader.Read("<html><body><article><p>A paragraph with <b>bold</b> text, <script>alert(1)</script>and an &lt;escaped&gt; tag, long enough to count.</p></article></body></html>");

        Assert.Equal("A paragraph with bold text, and an <escaped> tag, long enough to count.", Assert.Single(blocks).Text);
    }
}
