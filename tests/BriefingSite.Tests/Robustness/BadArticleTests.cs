using BriefingSite.Ingest;
using BriefingSite.Model;
using Xunit.Abstractions;

namespace BriefingSite.Tests.Robustness;

/// <summary>Bad articles in seeds/: each gives one clear message or a sound briefing, and the others still go through.</summary>
public sealed class BadArticleTests(ITestOutputHelper output) : IDisposable
{
    private const string Good = "Good News\n\nThe council approved the plan on Monday. It will cost 3 million euros.\n";

    private readonly TempProject project = new();

    public void Dispose() => project.Dispose();

    public static TheoryData<string, byte[], string> Rejected() => new()
    {
        { "empty.txt", [], "seeds/empty.txt: The file is empty." },
        { "binary.txt", [.. Enumerable.Range(0, 4096).Select(i => (byte)(i * 7919 % 256))], "seeds/binary.txt: The file looks binary" },
        { "blank.md", Utf8("\n\n   \n"), "seeds/blank.md: " },
        { "clip.md", Utf8("---\ntitle: [Talks stall\"\nauthor: Jane Roe\n---\n\nThe talks stalled on Tuesday, officials said.\n"), "seeds/clip.md:2:8: front matter: invalid YAML" },
    };

    [Theory]
    [MemberData(nameof(Rejected))]
    public void An_unusable_article_gives_one_message_and_the_others_go_through(string name, byte[] bytes, string message)
    {
        project.Write("seeds/good.txt", Good);
        project.Write("seeds/" + name, bytes);

        var report = BriefingPipeline.Extract(project.Options);

        output.WriteLine(string.Join('\n', report.Problems));
        Assert.StartsWith(message, Assert.Single(report.Problems).ToString());
        Assert.Equal(1, report.BriefingsWritten);
    }

    [Fact]
    public void An_article_saved_twice_is_one_briefing_with_a_note_and_no_problem()
    {
        project.Write("seeds/good.txt", Good);
        project.Write("seeds/saved-again.txt", Good);

        var report = BriefingPipeline.Extract(project.Options);

        Assert.Empty(report.Problems);
        Assert.Equal(1, report.BriefingsWritten);
        Assert.Equal("seeds/saved-again.txt: same text as seeds/good.txt, which makes its briefing", Assert.Single(report.Notes));
    }

    [Fact]
    public void A_folder_readme_is_no_article_and_is_named_in_a_note()
    {
        project.Write("seeds/README.TXT", "Sample articles\n\nThese files were saved from the web in May. Each holds one article.\n");
        project.Write("seeds/world/License.md", "# Licence\n\nThe articles belong to their publishers.\n");
        project.Write("seeds/good.txt", Good);

        var report = BriefingPipeline.Extract(project.Options);

        Assert.Empty(report.Problems);
        Assert.Equal(1, report.Articles);
        Assert.Equal(1, report.BriefingsWritten);
        Assert.Equal(
            ["seeds/README.TXT: a note on the folder, not an article: left out", "seeds/world/License.md: a note on the folder, not an article: left out"],
            report.Notes);
    }

    [Fact]
    public void A_50_MB_article_is_refused_before_it_is_read()
    {
        using (var big = File.Create(Path.Combine(project.Root, "seeds", "big.txt")))
        {
            var paragraph = Utf8(string.Concat(Enumerable.Repeat("The minister said the deal would cost 4.5 billion dollars. ", 20)) + "\n\n");
            for (var written = 0L; written < 50L * 1024 * 1024; written += paragraph.Length)
            {
                big.Write(paragraph);
            }
        }

        var problems = new List<Diagnostic>();

        var articles = ArticleFolder.Read(Path.Combine(project.Root, "seeds"), project.Root, problems);

        Assert.Empty(articles);
        Assert.Equal("seeds/big.txt: article is 50.0 MB, over the 16.0 MB limit: skipped (is it many articles in one file? split it)",
            Assert.Single(problems).ToString());
    }

    [Fact]
    public void An_article_whose_text_is_over_the_limit_is_skipped_after_reading()
    {
        var paragraphs = Enumerable.Range(0, ArticleFolder.MaxTextCharacters / 40).Select(i => $"Paragraph {i} says the deal cost {i} dollars.\n\n");
        project.Write("seeds/long.txt", "Long\n\n" + string.Concat(paragraphs));
        var problems = new List<Diagnostic>();

        var articles = ArticleFolder.Read(Path.Combine(project.Root, "seeds"), project.Root, problems);

        Assert.Empty(articles);
        Assert.Matches(@"^seeds/long\.txt: article text is [\d,]+ characters, over the 500,000 limit", Assert.Single(problems).ToString());
    }

    [Fact]
    public void An_article_of_one_very_long_line_becomes_a_briefing()
    {
        project.Write("seeds/line.txt", "One Line\n\n" + string.Join(' ', Enumerable.Range(0, 5000).Select(i => $"word{i}")) + ".\n");

        var report = BriefingPipeline.Build(project.Options);

        Assert.Empty(report.Problems);
        Assert.Contains("word4999", File.ReadAllText(Assert.Single(Directory.GetFiles(project.Input, "*.md"))), StringComparison.Ordinal);
    }

    [Fact]
    public void An_article_in_Latin_1_rather_than_UTF_8_is_read_with_its_accents()
    {
        project.Write("seeds/latin1.txt", [.. Utf8("Caf"), 0xE9, .. Utf8(" Society\n\nThe caf"), 0xE9, .. Utf8(" opened on Monday. It serves cr"), 0xE8, .. Utf8("me br"), 0xFB, .. Utf8("l"), 0xE9, .. Utf8("e.\n")]);

        var report = BriefingPipeline.Extract(project.Options);

        Assert.Empty(report.Problems);
        Assert.Contains("The café opened on Monday.", File.ReadAllText(Assert.Single(Directory.GetFiles(project.Input, "*.md"))), StringComparison.Ordinal);
    }

    [Fact]
    public void An_unreadable_article_gives_one_message()
    {
        var file = project.Write("seeds/locked.txt", Good);
        project.Write("seeds/good.txt", Good.Replace("Good News", "Other News", StringComparison.Ordinal));
        if (OperatingSystem.IsWindows())
        {
            output.WriteLine("skipped: chmod 000 has no effect on Windows");
            return;
        }

        File.SetUnixFileMode(file, UnixFileMode.None);
        if (CanRead(file))
        {
            // As root (as in many containers) chmod 000 does not stop reading: nothing to test here.
            output.WriteLine("skipped: this user can read a file with mode 000 (running as root?)");
            return;
        }

        var report = BriefingPipeline.Extract(project.Options);

        Assert.StartsWith("seeds/locked.txt: cannot read file: ", Assert.Single(report.Problems).ToString());
        Assert.Equal(1, report.BriefingsWritten);
    }

    [Fact]
    public void Two_articles_that_want_one_slug_get_two_slugs()
    {
        project.Write("seeds/a.txt", "Harbour Board Approves Ferry Terminal\n\nThe Harbour Board approved a terminal in Cork on Monday.\n");
        project.Write("seeds/b.txt", "Harbour Board Approves Ferry Terminal\n\nThe Harbour Board approved a second terminal in Cork on Friday.\n");

        var report = BriefingPipeline.Build(project.Options);

        Assert.Empty(report.Problems);
        var slugs = Directory.GetFiles(project.Input, "*.md").Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(2, slugs.Count);
        Assert.Equal(slugs[0] + "-2", slugs[1]);
        Assert.Equal(2, Directory.GetFiles(Path.Combine(project.Output, "briefings"), "*.html").Length);
    }

    [Theory]
    [InlineData("odd.txt", "../../etc\n\n../../etc/passwd\n")]
    [InlineData("odd.md", "# ../../etc\n\nA path for a title. It says so.\n")]
    [InlineData("odd.md", "# my   spaced    title\n\nA sentence here. Another one.\n")]
    [InlineData("odd.md", "# Новости дня\n\nСтатья на русском языке. Вторая фраза.\n")]
    public void A_title_that_would_make_a_bad_slug_makes_a_safe_one(string name, string article)
    {
        project.Write("seeds/" + name, article);

        var report = BriefingPipeline.Build(project.Options);

        output.WriteLine(string.Join('\n', report.Problems));
        var slug = Path.GetFileNameWithoutExtension(Assert.Single(Directory.GetFiles(project.Input, "*.md")));
        output.WriteLine("slug: " + slug);
        Assert.True(Slugs.IsValid(slug));
        Assert.True(File.Exists(Path.Combine(project.Output, "briefings", slug + ".html")));
        Assert.Empty(project.FilesOutside());
    }

    [Fact]
    public void An_impossible_date_in_an_article_is_not_taken_as_its_date()
    {
        project.Write("seeds/date.txt", "Dated\n\nPublished: 2025-13-45\n\nThe council met on 2025-13-45 to vote. It approved the plan.\n");

        var report = BriefingPipeline.Build(project.Options);

        Assert.Empty(report.Problems);
        var text = File.ReadAllText(Assert.Single(Directory.GetFiles(project.Input, "*.md")));
        Assert.DoesNotContain("date: 2025-13", text, StringComparison.Ordinal);
    }

    [Fact]
    public void An_article_with_no_sentences_gives_a_briefing_or_one_message_never_a_crash()
    {
        project.Write("seeds/bare.txt", "Figures\n\n12 345\n\n---\n\n***\n");
        project.Write("seeds/good.txt", Good);

        var report = BriefingPipeline.Build(project.Options);

        output.WriteLine(string.Join('\n', report.Problems));
        Assert.True(report.Problems.Count <= 1);
        Assert.Equal(2 - report.Problems.Count, Directory.GetFiles(Path.Combine(project.Output, "briefings"), "*.html").Length);
    }

    private static bool CanRead(string file)
    {
        try
        {
            using var _ = File.OpenRead(file);
            return true;
        }
        catch (UnauthorizedAccessException)
        {
            return false;
        }
    }

    private static byte[] Utf8(string text) => System.Text.Encoding.UTF8.GetBytes(text);
}
