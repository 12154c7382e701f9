using AngleSharp.Html.Parser;
using BriefingSite.Model;
using BriefingSite.Render;
using Xunit.Abstractions;

namespace BriefingSite.Tests.Render;

public class BodyRendererTests(ITestOutputHelper output)
{
    private static readonly BodyRenderer Renderer = new(new SafeMarkdown());

    private static readonly EntityLinker Finer = new(
    [
        new("Jonathan Finer", "../entities/jonathan-finer.html"),
        new("Finer", "../entities/jonathan-finer.html"),
        new("US", "../entities/united-states.html"),
        new("United States", "../entities/united-states.html"),
    ]);

    private static AngleSharp.Html.Dom.IHtmlDocument Parse(string html) => new HtmlParser().ParseDocument($"<body>{html}</body>");

    public static TheoryData<string> Bodies => new()
    {
        SampleSite.StandoffBody,
        "## China\n\nOne. Two.\n\n> Three.\n\n## India\n\n- Four.",
        "1. Numbered line. Then more.\n\n* starred item. Second.\n\n---\n\n    indented code? No. A sentence.",
        "U.S. Secretary Rex Tillerson met Q. Siddique in Jan. 2024. He left.\n\n**Bold start.** Plain end.",
        "#NoSpace heading-like\n\nA [link](https://example.org/a. b) and `code.` Here.",
    };

    [Theory]
    [MemberData(nameof(Bodies))]
    public void Numbers_sentence_spans_as_BodySentences_does(string body)
    {
        // Given a body and the numbering extraction used
        var expected = BodySentences.Enumerate(body);

        // When it is rendered
        var spans = Parse(Renderer.Render(body, new EntityLinker([]))).QuerySelectorAll("span.sentence");

        // Then span n has id "s{n}" in the same order, one per sentence
        Assert.Equal(expected.Select(s => $"s{s.Number}"), spans.Select(s => s.Id));
    }

    [Fact]
    public void Sentence_text_survives_rendering()
    {
        var html = Renderer.Render(SampleSite.StandoffBody, new EntityLinker([]));

        var spans = Parse(html).QuerySelectorAll("span.sentence");

        Assert.Equal(BodySentences.Enumerate(SampleSite.StandoffBody).Select(s => s.Text), spans.Select(s => s.TextContent));
    }

    [Fact]
    public void Links_the_first_mention_of_each_entity_per_section()
    {
        // Given a body with two sections, each naming Finer and the US twice
        var body = "## One\n\nJonathan Finer met the US envoy. Finer said the US would act.\n\n## Two\n\nFiner left. The US stayed.";

        // When it is rendered
        var links = Parse(Renderer.Render(body, Finer)).QuerySelectorAll("a.entity");

        // Then each entity is linked once per section, at its first mention, by whichever name comes first
        Assert.Equal(
            ["Jonathan Finer", "US", "Finer", "US"],
            links.Select(a => a.TextContent));
        Assert.Equal("s1", links[0].ParentElement!.Id);
        Assert.Equal("s3", links[2].ParentElement!.Id);
    }

    [Fact]
    public void Prefers_the_longest_name_and_matches_whole_words_case_sensitively()
    {
        var body = "USAID and the us team saw the United States act. Fineries aside.";

        var links = Parse(Renderer.Render(body, Finer)).QuerySelectorAll("a.entity");

        Assert.Equal(["United States"], links.Select(a => a.TextContent));
        Assert.Equal("../entities/united-states.html", links[0].GetAttribute("href"));
    }

    [Fact]
    public void Does_not_link_an_entity_inside_an_existing_link()
    {
        var body = "See [the Finer remarks](https://example.org/r). Then Finer spoke.";

        var document = Parse(Renderer.Render(body, Finer));

        Assert.Equal("https://example.org/r", document.QuerySelector("a")!.GetAttribute("href"));
        var entity = Assert.Single(document.QuerySelectorAll("a.entity"));
        Assert.Equal("s2", entity.ParentElement!.Id);
    }

    [Fact]
    public void Groups_list_items_and_keeps_headings_below_h1()
    {
        var body = "# Top\n\n- One.\n\n- Two.\n\nAfter.\n\n### Deep";

        var document = Parse(Renderer.Render(body, new EntityLinker([])));

        Assert.Empty(document.QuerySelectorAll("h1"));
        Assert.Equal("Top", document.QuerySelector("h2")!.TextContent);
        Assert.Equal("Deep", document.QuerySelector("h3")!.TextContent);
        Assert.Equal(2, Assert.Single(document.QuerySelectorAll("ul")).Children.Length);
    }

    [Fact]
    public void Never_writes_raw_html_scripts_images_or_javascript_links()
    {
        var body = "<script>alert(1)</script> One. <img src=x onerror=alert(2)> Two [x](javascript:alert(3)) and [y](JaVa\tScRiPt:alert(4)).\n\n"
            + "![pic](https://evil.example/p.png) <javascript:alert(5)> <mailto:a@b.c> [ok](https://example.org/ok).";

        var document = Parse(Renderer.Render(body, new EntityLinker([])));

        Assert.Empty(document.QuerySelectorAll("script, img"));
        Assert.Contains("<script>alert(1)</script>", document.Body!.TextContent, StringComparison.Ordinal);
        Assert.Equal(
            ["https://evil.example/p.png", "https://example.org/ok"],
            document.QuerySelectorAll("a").Select(a => a.GetAttribute("href")));
    }

    public static TheoryData<string> PlainSentences => new()
    {
        "Jonathan Finer met the US envoy.",
        "He said \"the US will act\" > before, as Finer's aides put it.",
        "Zoë Ball and Finer2 met; FinerX and _Finer stayed, but Finer did not.",
        "Ünited States officials saw the United States envoy at 10:30 (local).",
        "Tab\tand  double  spaces around Finer stay as written.",
    };

    [Theory]
    [MemberData(nameof(PlainSentences))]
    public void Writes_a_sentence_without_Markdown_as_Markdig_would(string sentence)
    {
        // Given a sentence with no Markdown and what Markdig makes of it with the same links
        var markdown = new SafeMarkdown();
        var document = markdown.ParseInline(sentence);
        Finer.Link(document, new HashSet<string>(StringComparer.Ordinal));
        var expected = markdown.ToHtml(document, implicitParagraph: true);

        // When the body renderer writes it
        var html = Renderer.Render(sentence, Finer);

        // Then the bytes are the same
        Assert.Equal($"<p><span class=\"sentence\" id=\"s1\">{expected}</span></p>\n", html);
    }

    /// <remarks>Reads the BBC corpus from ../shared (evaluation data, never copied); returns early with a message when it is absent.</remarks>
    [Fact]
    public void Numbers_every_sentence_of_a_real_news_corpus_as_BodySentences_does()
    {
        // Given the BBC News articles as briefing bodies
        var corpus = SharedData.Folder("corpora/bbc");
        if (corpus is null)
        {
            output.WriteLine("Skipped: ../shared/corpora/bbc is not present.");
            return;
        }

        var articles = 0;
        var sentences = 0;
        var textDiffers = 0;
        var misnumbered = new List<string>();
        foreach (var file in Directory.EnumerateFiles(corpus, "*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var lines = File.ReadAllLines(file);
            if (lines.Length < 3)
            {
                continue;
            }

            var body = string.Join("\n\n", lines.Skip(1).Where(l => l.Trim().Length > 0));
            var expected = BodySentences.Enumerate(body);

            // When each is rendered
            var spans = Parse(Renderer.Render(body, new EntityLinker([]))).QuerySelectorAll("span.sentence");

            // Then the anchors follow the same numbering
            articles++;
            sentences += expected.Count;
            if (!expected.Select(s => $"s{s.Number}").SequenceEqual(spans.Select(s => s.Id)))
            {
                misnumbered.Add(file);
            }

            // Differences are expected where the source holds Markdown syntax, such as "&#233;" shown as "é".
            textDiffers += expected.Zip(spans).Count(p => p.First.Text != p.Second.TextContent);
        }

        output.WriteLine($"{articles} articles, {sentences} sentences, {misnumbered.Count} misnumbered, {textDiffers} sentences whose visible text differs from the Markdown source");
        Assert.Empty(misnumbered);
    }
}
