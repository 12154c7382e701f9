using BriefingSite.Ingest;
using BriefingSite.Model;

namespace BriefingSite.Tests.Ingest;

public class BriefingFileReaderTests
{
    private static (Briefing? Briefing, List<Diagnostic> Problems) Read(string text)
    {
        var problems = new List<Diagnostic>();
        return (BriefingFileReader.Read("input/bad.md", text, problems), problems);
    }

    [Fact]
    public void Reads_a_minimal_briefing_and_keeps_unknown_fields()
    {
        var (briefing, problems) = Read("---\ntitle: A\nslug: a\nmy_note: checked\nscores: [1, 2]\n---\n\nBody text.\n");

        Assert.Empty(problems);
        Assert.Equal("Body text.", briefing!.Body);
        Assert.Equal("checked", briefing.Extra["my_note"]);
        Assert.Equal(new List<object?> { 1L, 2L }, briefing.Extra["scores"]);
    }

    [Theory]
    [InlineData("---\ntitle: A\nslug: a\n", 1, 1, "not closed")]
    [InlineData("title: A\n", 1, 1, "start with a '---'")]
    [InlineData("---\ntitle: A\n\tslug: a\n---\n", 3, 1, "invalid YAML")]
    [InlineData("---\ntitle: \"A\nslug: a\n---\n", 2, 8, "this quote is not closed")]
    [InlineData("---\ntitle: A\nslug: a\nsummary: 'It\n---\n", 4, 10, "this quote is not closed")]
    [InlineData("---\ntitle: A\ntitle: B\nslug: a\n---\n", 3, 1, "invalid YAML")]
    [InlineData("---\ntitle: A\nslug: ../../etc\n---\n", 3, 7, "slug '../../etc'")]
    [InlineData("---\ntitle: A\nslug: a\ndate: 2025-13-45\n---\n", 4, 7, "not an ISO 8601 date")]
    [InlineData("---\ntitle: A\n---\n", 2, 1, "missing required field 'slug'")]
    [InlineData("---\ntitle: A\nslug: a\nevents:\n  - date: 2024-02-30\n    text: x\n---\n", 5, 11, "event date")]
    [InlineData("---\ntitle: A\nslug: a\nevents:\n  - date: 0000-08-09\n    text: x\n---\n", 5, 11, "event date")]
    [InlineData("---\ntitle: A\nslug: a\nentities:\n  - name: X\n    type: alien\n---\n", 6, 11, "entity type 'alien'")]
    [InlineData("---\ntitle: A\nslug: a\nsource:\n :  file: x\n---\n", 5, 11, "is a key missing before ':'")]
    [InlineData("---\ntitle: [Talks stall\"\nslug: a\n---\n", 2, 8, "this '[' is not closed")]
    [InlineData("---\ntitle: A\nslug: a\ntags: [x, y\nsummary: s\n---\n", 4, 7, "this '[' is not closed")]
    [InlineData("---\ntitle: A\nslug: a\ntags: [x, y\n---\n", 4, 7, "this '[' is not closed")]
    [InlineData("---\ntitle: A\nslug: a\nsource: {file: x\nsummary: s\n---\n", 4, 9, "this '{' is not closed")]
    [InlineData("---\ntitle: A\nslug: a\nentities:\n  - name: X\n    aliases: [Y\n  - name: Z\n---\n", 6, 14, "this '[' is not closed")]
    [InlineData("---\ntitle: A\nslug: a\ntags: [x, y}\n---\n", 4, 12, "invalid YAML: While parsing a flow sequence, did not find")]
    public void Reports_a_broken_file_with_its_line_and_column(string text, int line, int column, string message)
    {
        var (briefing, problems) = Read(text);

        Assert.Null(briefing);
        var problem = Assert.Single(problems);
        Assert.Equal(("input/bad.md", line, column), (problem.Path, problem.Line, problem.Column));
        Assert.Contains(message, problem.Message);
    }
}
