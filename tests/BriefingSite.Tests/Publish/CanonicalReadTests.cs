using System.Text;
using BriefingSite.Cache;
using BriefingSite.Ingest;
using BriefingSite.Model;
using BriefingSite.Publish;
using BriefingSite.Tests.Robustness;
using FsCheck.Xunit;

namespace BriefingSite.Tests.Publish;

/// <summary>A file read without the YAML parser gives what the parser gives, or nothing (and the parser reads it).</summary>
public class CanonicalReadTests
{
    [Property(Arbitrary = [typeof(ReadBackTests)], MaxTest = 2000)]
    public void A_written_briefing_it_reads_equals_the_file_parsed(Briefing written)
    {
        var text = FrontMatterWriter.Write(written);

        var read = CanonicalRead.Of(text);

        if (read is not null)
        {
            AssertSame(BriefingFileReader.Read("input/x.md", text, [])!, read);
        }
    }

    [Fact]
    public void It_reads_every_real_briefing_as_the_parser_does()
    {
        foreach (var written in RealBriefings.All().Select(b => b with { Extra = new Dictionary<string, object?>() }))
        {
            var text = FrontMatterWriter.Write(written);

            var read = CanonicalRead.Of(text);

            Assert.NotNull(read);
            AssertSame(BriefingFileReader.Read("input/x.md", text, [])!, read);
        }
    }

    [Theory]
    [InlineData("title: Strategic Standoff!", "title: \"Strategic Standoff!\"")]
    [InlineData("tags: [", "tags:   [")]
    [InlineData("\n---\n", "\n...\n")]
    [InlineData("summary: ", "summary: >\n  ")]
    [InlineData("title: ", "note: 1.\ntitle: ")]
    [InlineData("---\n", "---\r\n")]
    [InlineData("  id: jonathan-finer\n", "  id: jonathan-finer\n  id: finer\n")]
    [InlineData("  file: seeds/001.txt\n", "  file: seeds/001.txt\n  file: seeds/002.txt\n")]
    public void A_file_in_another_shape_is_left_to_the_parser(string written, string edited)
    {
        // Given a written briefing edited by hand into valid YAML the writer would not write
        var text = FrontMatterWriter.Write(FrontMatterWriterTests.Sample() with { Extra = new Dictionary<string, object?>() });
        var at = text.IndexOf(written, StringComparison.Ordinal);
        Assert.True(at >= 0, written);
        var changed = text[..at] + edited + text[(at + written.Length)..];

        // When it is read without the parser
        var read = CanonicalRead.Of(changed);

        // Then nothing is guessed
        Assert.Null(read);
    }

    [Theory]
    [InlineData("---\n---\n")]
    [InlineData("---\n---\n\nA sentence.\n")]
    public void A_front_matter_of_no_lines_is_left_to_the_parser(string text)
    {
        Assert.Null(CanonicalRead.Of(text));
    }

    // Equal in every value the cache keeps (its binary form), and with no unknown fields.
    private static void AssertSame(Briefing expected, Briefing actual)
    {
        Assert.Empty(actual.Extra);
        Assert.Equal(StoredBriefing.Of(default, "", expected).Encoded, StoredBriefing.Of(default, "", actual).Encoded);
    }
}
