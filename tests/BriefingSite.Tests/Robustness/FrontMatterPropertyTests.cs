using BriefingSite.Ingest;
using BriefingSite.Model;
using BriefingSite.Publish;
using FsCheck;
using FsCheck.Xunit;

namespace BriefingSite.Tests.Robustness;

/// <summary>Properties of front matter over random briefings: what is written parses, and reads back to the same bytes.</summary>
public class FrontMatterPropertyTests
{
    [Property(Arbitrary = [typeof(BriefingGenerators)], MaxTest = 500)]
    public void Written_front_matter_always_parses_without_a_problem(Briefing briefing)
    {
        var problems = new List<Diagnostic>();

        var read = BriefingFileReader.Read("input/x.md", FrontMatterWriter.Write(briefing), problems);

        Assert.Empty(problems);
        Assert.NotNull(read);
    }

    [Property(Arbitrary = [typeof(BriefingGenerators)], MaxTest = 500)]
    public void Write_read_write_gives_the_same_bytes_and_the_same_values(Briefing briefing)
    {
        var written = FrontMatterWriter.Write(briefing);

        var read = BriefingFileReader.Read("input/x.md", written, [])!;

        Assert.Equal(written, FrontMatterWriter.Write(read));
        Assert.Equal((briefing.Title, briefing.Summary), (read.Title, read.Summary));
        Assert.Equal(briefing.Tags, read.Tags);
        Assert.Equal(briefing.Entities.Select(e => (e.Name, e.Role)), read.Entities.Select(e => (e.Name, e.Role)));
        Assert.Equal(briefing.Quotes, read.Quotes);
        Assert.Equal(briefing.Extra["my_note"], read.Extra["my_note"]);
    }

    [Property(Arbitrary = [typeof(BriefingGenerators)], MaxTest = 500)]
    public void A_hand_edit_survives_a_rerun_that_generates_something_else(Briefing written, Briefing regenerated, BriefingEdit edit)
    {
        // Given a briefing as the generator wrote it, and the file after one hand edit
        var onDisk = RoundTrip(edit.ApplyTo(RoundTrip(written)));
        var fresh = regenerated with { Slug = written.Slug, Source = written.Source };

        // When the generator runs again and finds other facts
        var merged = RoundTrip(EditMerger.Merge(fresh, onDisk, FieldHashes.Of(written), force: false).Briefing);

        // Then the edit is in the file it writes
        edit.AssertKept(written, onDisk, merged);
    }

    private static Briefing RoundTrip(Briefing briefing)
    {
        var problems = new List<Diagnostic>();
        var read = BriefingFileReader.Read("input/x.md", FrontMatterWriter.Write(briefing), problems);
        Assert.Empty(problems);
        return read!;
    }
}
