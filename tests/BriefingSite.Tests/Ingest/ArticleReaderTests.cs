using System.Text;
using BriefingSite.Ingest;
using BriefingSite.Model;

namespace BriefingSite.Tests.Ingest;

public class ArticleReaderTests
{
    private static Article ReadSeed(string prefix)
    {
        var path = RepoPaths.Seed(prefix);
        return ArticleReader.Read("seeds/" + Path.GetFileName(path), File.ReadAllBytes(path));
    }

    private static string Body(Article article) => string.Join("\n", article.Blocks.Select(b => b.Text));

    [Fact]
    public void Reads_title_byline_and_date_under_menu_words_in_seed_001()
    {
        var article = ReadSeed("001");

        Assert.Equal("Strategic Standoff!", article.Title);
        Assert.Equal(["Noor ul Ain Ali"], article.Authors);
        Assert.Equal(new DateOnly(2025, 1, 1), article.Date);
        Assert.StartsWith("As tensions escalate in the region", article.Blocks[0].Text, StringComparison.Ordinal);
        Assert.EndsWith("in a rapidly changing world order.", article.Blocks[^1].Text, StringComparison.Ordinal);
        foreach (var clutter in new[] { "2024", "Exchange", "Cars", "Author", "The writer is a freelancer.", "You May Also Like" })
        {
            Assert.DoesNotContain(article.Blocks, b => b.Text == clutter);
        }
    }

    [Fact]
    public void Keeps_body_headings_and_drops_credits_and_blurbs_in_seed_000()
    {
        var article = ReadSeed("000");
        var body = Body(article);

        Assert.StartsWith("Some would argue that the statements", article.Blocks[0].Text, StringComparison.Ordinal);
        Assert.EndsWith("for a more stable world.", article.Blocks[^1].Text, StringComparison.Ordinal);
        Assert.Equal(["The Taliban Problem", "China", "India"], article.Blocks.Where(b => b.Kind == BlockKind.Heading).Select(b => b.Text));
        Assert.DoesNotContain("Photo by", body, StringComparison.Ordinal);
        Assert.DoesNotContain("views and opinions", body, StringComparison.Ordinal);
        Assert.DoesNotContain("doctoral student", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Read the full article", body, StringComparison.Ordinal);
        Assert.Contains("Islamabad’s strategic status", body, StringComparison.Ordinal);
        Assert.InRange(article.Title.Length, 10, 70);
    }

    [Fact]
    public void Repairs_spacing_and_drops_the_glued_video_link_in_seed_002()
    {
        var article = ReadSeed("002");
        var body = Body(article);

        Assert.Contains("Pakistan and the United States, once allies", body, StringComparison.Ordinal);
        Assert.Contains("Islamabad’s development", body, StringComparison.Ordinal);
        Assert.Contains("Finer’s comments", body, StringComparison.Ordinal);
        Assert.Contains("Prime Minister Narendra Modi.", body, StringComparison.Ordinal);
        Assert.Contains("several important figures chosen by the president-elect", body, StringComparison.Ordinal);
        Assert.DoesNotContain("youtu", body, StringComparison.Ordinal);
        Assert.DoesNotContain(" ,", body, StringComparison.Ordinal);
        Assert.DoesNotContain(" .", body, StringComparison.Ordinal);
        Assert.EndsWith("religious minorities difficult.", article.Blocks[^1].Text, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"[.!?]$", article.Title);
    }

    [Fact]
    public void Moves_the_bibliography_to_sources_and_drops_recent_posts_in_seed_003()
    {
        var article = ReadSeed("003");
        var body = Body(article);

        Assert.Equal("5th Province? Pak-Afghan Relations", article.Title);
        Assert.Equal(8, article.Sources.Count);
        Assert.StartsWith("Siddique, Q. (2011).", article.Sources[0], StringComparison.Ordinal);
        Assert.StartsWith("The bond between Pakistan and Afghanistan", article.Blocks[0].Text, StringComparison.Ordinal);
        Assert.StartsWith("In Conclusion,", article.Blocks[^1].Text, StringComparison.Ordinal);
        Assert.Contains(article.Blocks, b => b is { Kind: BlockKind.Heading, Text: "Impact of Taliban Rule on Bilateral Relations" });
        Assert.DoesNotContain("Bibliography", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Recent Posts", body, StringComparison.Ordinal);
        Assert.DoesNotContain("days ago", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Zubair Mumtaz", body, StringComparison.Ordinal);
        Assert.DoesNotContain(article.Blocks, b => b.Text.Trim().Length == 0);
    }

    [Fact]
    public void Finds_headings_and_cuts_related_articles_in_seed_004()
    {
        var article = ReadSeed("004");
        var body = Body(article);
        var headings = article.Blocks.Where(b => b.Kind == BlockKind.Heading).Select(b => b.Text).ToList();

        Assert.Contains("Tough Rhetoric from Washington: Can it Change Islamabad?", headings);
        Assert.Contains("What Needs to be Done", headings);
        Assert.NotEqual("US Pakistan", article.Title);
        Assert.DoesNotContain("US Pakistan", body, StringComparison.Ordinal);
        Assert.StartsWith("During his visit to Islamabad", article.Blocks[0].Text, StringComparison.Ordinal);
        Assert.EndsWith("but in continuous engagement.", article.Blocks[^1].Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Related articles", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Shahpur Kandi", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Flickr", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Share this", body, StringComparison.Ordinal);
    }

    [Fact]
    public void Records_the_file_and_the_hash_of_the_bytes()
    {
        var bytes = Encoding.UTF8.GetBytes("A Short Test Title\n\nThe first paragraph of the article says something about nothing at all.");

        var article = ArticleReader.Read("seeds/x.txt", bytes);

        Assert.Equal("seeds/x.txt", article.File);
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes)), article.Sha256);
        Assert.Equal("A Short Test Title", article.Title);
    }

    [Theory]
    [InlineData("a.txt", new byte[0], "empty")]
    [InlineData("a.txt", new byte[] { 0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0x08, 0x00 }, "binary")]
    [InlineData("a.pdf", new byte[] { 0x41 }, "Unknown article format")]
    [InlineData("a.html.gz", new byte[] { 0x41, 0x42 }, "gzip")]
    public void Rejects_empty_binary_and_unknown_files_with_a_clear_message(string file, byte[] bytes, string message)
    {
        var error = Assert.Throws<ArticleException>(() => ArticleReader.Read(file, bytes));

        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Reads_markdown_headings_emphasis_and_links_as_plain_blocks()
    {
        var markdown = "# The Real Title\n\nBy Jane Doe\n\nThe **first** paragraph of the piece, with a [link](https://example.com) and *emphasis* in it.\n\n## A Section\n\n> A quoted line that matters a great deal here.\n\n- An item of a list that is long enough.\n";

        var article = ArticleReader.Read("a.md", Encoding.UTF8.GetBytes(markdown));

        Assert.Equal("The Real Title", article.Title);
        Assert.Equal(["Jane Doe"], article.Authors);
        Assert.Equal(
            [
                new ArticleBlock(BlockKind.Paragraph, "The first paragraph of the piece, with a link and emphasis in it."),
                new ArticleBlock(BlockKind.Heading, "A Section"),
                new ArticleBlock(BlockKind.Quote, "A quoted line that matters a great deal here."),
                new ArticleBlock(BlockKind.ListItem, "An item of a list that is long enough."),
            ],
            article.Blocks);
    }

    [Fact]
    public void Takes_the_title_author_date_address_and_tags_a_markdown_articles_front_matter_gives()
    {
        // Given an article saved by a web clipper, its front matter naming it under the clipper's keys
        var markdown = "---\ntitle: \"Dam talks stall as Kabul and Islamabad trade blame\"\nauthor:\n  - \"[[Jane Roe]]\"\n"
                       + "published: 2024-03-14\ncreated: 2024-05-01\nsource: https://example.com/news/dam-talks\ntags: [water, \"#South Asia\"]\n---\n\n"
                       + "Officials in Kabul said on Tuesday that talks over the Kunar river dam had stalled.\n\n"
                       + "The foreign ministry in Islamabad said the project would harm farmers downstream.\n";

        // When it is read
        var article = ArticleReader.Read("articles/clip.md", Encoding.UTF8.GetBytes(markdown));

        // Then the briefing takes them, and the front matter is no part of the text
        Assert.Equal("Dam talks stall as Kabul and Islamabad trade blame", article.Title);
        Assert.Equal(["Jane Roe"], article.Authors);
        Assert.Equal(new DateOnly(2024, 3, 14), article.Date);
        Assert.Equal("https://example.com/news/dam-talks", article.Url);
        Assert.Equal(["water", "south-asia"], article.Tags);
        Assert.Equal(2, article.Blocks.Count);
        Assert.StartsWith("Officials in Kabul", article.Blocks[0].Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("---\ntitle: [Talks stall\"\nauthor: Jane Roe\n---\n\nThe talks over the dam stalled on Tuesday, officials said.\n", 2, 8)]
    [InlineData("---\ntitle: Talks\n\tauthor: Jane Roe\n---\n\nThe talks over the dam stalled on Tuesday, officials said.\n", 3, 1)]
    public void A_markdown_article_whose_front_matter_is_broken_is_reported_with_its_line_and_column(string markdown, int line, int column)
    {
        var problem = ArticleFolder.Parse("articles/clip.md", Encoding.UTF8.GetBytes(markdown)).Problem;

        Assert.NotNull(problem);
        Assert.Equal((line, column), (problem.Line, problem.Column));
        Assert.StartsWith("front matter: invalid YAML", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_paragraph_between_rules_at_the_top_is_no_front_matter()
    {
        // Given Markdown that opens with a rule, a line of prose, and another rule
        var markdown = "---\nA note from the editor, not YAML: read on.\n---\n\nThe talks over the dam stalled on Tuesday, officials said.\n";

        // When it is read, nothing is reported and the article is its text
        var article = ArticleReader.Read("a.md", Encoding.UTF8.GetBytes(markdown));
        Assert.Equal("The talks over the dam stalled on Tuesday, officials said.", article.Blocks[^1].Text);
    }

    [Theory]
    [InlineData("a.txt")]
    [InlineData("a.md")]
    public void Reads_character_references_in_text_and_markdown_as_the_characters_they_stand_for(string file)
    {
        // Given an article saved from a web page with its character references kept
        var text = "Caf&#233; Culture Returns\n\nThe caf&#233; &amp; the restaurant at the library open on Monday, at a cost of &#163;5m, staff said.";

        // When it is read
        var article = ArticleReader.Read(file, Encoding.UTF8.GetBytes(text));

        // Then the body holds the characters, not their references
        Assert.Equal("The café & the restaurant at the library open on Monday, at a cost of £5m, staff said.", article.Blocks[^1].Text);
    }

    [Fact]
    public void Reads_the_same_blocks_from_an_article_as_html_and_as_text()
    {
        var text = "Strategic Standoff!\n\nAs tensions escalate in the region, the missile system is once again under attack by sanctions.\n\nThe Taliban Problem\n\nSince its formation, the Taliban has had close ties with Islamabad, publicly and secretly.\n\nThe last paragraph closes the article with a thought.";
        var html = """
            <html><head><title>Strategic Standoff! | Some Site</title></head><body>
            <nav><a href="/">Home</a> <a href="/tax">Tax</a></nav>
            <article><h1>Strategic Standoff!</h1>
            <p>As tensions escalate in the region, the missile system is once again under attack by sanctions.</p>
            <h2>The Taliban Problem</h2>
            <p>Since its formation, the Taliban has had close ties with Islamabad, publicly and secretly.</p>
            <p>The last paragraph closes the article with a thought.</p></article>
            <footer>© 2025 Some Site</footer></body></html>
            """;

        var fromText = ArticleReader.Read("a.txt", Encoding.UTF8.GetBytes(text));
        var fromHtml = ArticleReader.Read("a.html", Encoding.UTF8.GetBytes(html));

        Assert.Equal(fromText.Blocks, fromHtml.Blocks);
        Assert.Equal(fromText.Title, fromHtml.Title);
    }
}
