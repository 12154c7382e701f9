using BriefingSite.Model;

namespace BriefingSite.Tests.Robustness;

/// <summary>Broken files in input/: each gives one located message, is never overwritten, and the rest still builds.</summary>
public sealed class BadBriefingFileTests : IDisposable
{
    private const string Good = "---\ntitle: Good\nslug: good\n---\n\nA sentence.\n";

    private readonly TempProject project = new();

    public void Dispose() => project.Dispose();

    public static TheoryData<string, string, byte[], string> BadFiles() => new()
    {
        { "tab indent", "tab.md", Utf8("---\ntitle: A\n\tslug: a\n---\n"), "tab.md:3:1: invalid YAML: a tab indents this line" },
        { "unclosed quote", "quote.md", Utf8("---\ntitle: \"A\nslug: a\n---\n"), "quote.md:2:8: invalid YAML" },
        { "duplicate key", "dup.md", Utf8("---\ntitle: A\nslug: a\ntitle: B\n---\n"), "dup.md:4:1: invalid YAML: Duplicate key" },
        { "no closing ---", "open.md", Utf8("---\ntitle: A\nslug: a\n\nBody.\n"), "open.md:1:1: front matter is not closed" },
        { "empty file", "empty.md", [], "empty.md:1:1: the file is empty" },
        { "binary file", "binary.md", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00], "binary.md:3:1: the file looks binary" },
        { "invalid UTF-8", "latin1.md", [.. Utf8("---\ntitle: Caf"), 0xE9, .. Utf8("\nslug: a\n---\n")], "latin1.md:2:11: not valid UTF-8 (byte 0xE9 here)" },
        { "bad date", "date.md", Utf8("---\ntitle: A\nslug: a\ndate: 2025-13-45\n---\n"), "date.md:4:7: date '2025-13-45' is not an ISO 8601 date" },
        { "path slug", "path.md", Utf8("---\ntitle: A\nslug: ../../etc\n---\n"), "path.md:3:7: slug '../../etc' must be lower-case" },
        { "slug with spaces", "spaces.md", Utf8("---\ntitle: A\nslug: my briefing\n---\n"), "spaces.md:3:7: slug 'my briefing' must be lower-case" },
        { "non-Latin slug", "cyrillic.md", Utf8("---\ntitle: A\nslug: новости\n---\n"), "cyrillic.md:3:7: slug 'новости' must be lower-case" },
        { "not a mapping", "list.md", Utf8("---\n- a\n- b\n---\n"), "list.md:2:1: front matter must be a mapping" },
        { "line given twice", "twice.md", Utf8("---\ntitle: A\nslug: a\nsource:\n  file: x.txt\n  file: x.txt\n---\n\nA sentence.\n"), "twice.md:6:3: invalid YAML: Duplicate key" },
        { "front matter of no lines", "bare.md", Utf8("---\n---\n\nA sentence.\n"), "bare.md:2:1: front matter must be a mapping" },
        { "bracket left open", "bracket.md", Utf8("---\ntitle: [Talks stall\"\nslug: a\n---\n"), "bracket.md:2:8: invalid YAML: this '[' is not closed" },
    };

    [Theory]
    [MemberData(nameof(BadFiles))]
    public void A_broken_briefing_gives_one_located_message_and_is_left_untouched(string kind, string name, byte[] bytes, string message)
    {
        // Given a good briefing and a broken one (the kind named by the first argument) in input/
        Assert.NotEmpty(kind);
        project.Write("input/good.md", Good);
        var broken = project.Write("input/" + name, bytes);

        // When the site is extracted (nothing to extract) and rendered
        var report = BriefingPipeline.Build(project.Options);

        // Then one message names the file, line and column; the file is unchanged; the good briefing is rendered
        var problem = Assert.Single(report.Problems, p => p.Path != "seeds");
        Assert.Single(report.Problems);
        Assert.StartsWith("input/" + message, problem.ToString());
        Assert.Equal(bytes, File.ReadAllBytes(broken));
        Assert.True(File.Exists(Path.Combine(project.Output, "briefings", "good.html")));
    }

    [Fact]
    public void Two_briefings_with_one_slug_give_one_message_and_the_first_is_rendered()
    {
        project.Write("input/a.md", Good);
        project.Write("input/b.md", Good.Replace("title: Good", "title: Other", StringComparison.Ordinal));

        var report = BriefingPipeline.Render(project.Options);

        var problem = Assert.Single(report.Problems);
        Assert.Equal("input/b.md: slug 'good' is already used by input/a.md; this briefing is skipped", problem.ToString());
        Assert.Contains("Good", File.ReadAllText(Path.Combine(project.Output, "briefings", "good.html")), StringComparison.Ordinal);
    }

    [Fact]
    public void A_briefing_with_a_very_long_line_reads_and_renders()
    {
        var summary = string.Join(' ', Enumerable.Repeat("word", 200_000));
        project.Write("input/long.md", $"---\ntitle: Long\nslug: long\nsummary: {summary}\n---\n\n{summary}.\n");

        var report = BriefingPipeline.Render(project.Options);

        Assert.Empty(report.Problems);
        Assert.True(new FileInfo(Path.Combine(project.Output, "briefings", "long.html")).Length > summary.Length);
    }

    private static byte[] Utf8(string text) => System.Text.Encoding.UTF8.GetBytes(text);
}
