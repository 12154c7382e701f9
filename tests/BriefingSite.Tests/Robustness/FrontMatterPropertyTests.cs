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

    [Property(MaxTest = 3000)]
    public void A_file_edited_by_hand_into_any_shape_gives_a_briefing_or_problems_never_an_exception(NonNegativeInt where, NonNegativeInt what, NonNegativeInt count)
    {
        // Given a written briefing with up to three lines edited: indented, joined, cut, commented, or given one or two of YAML's signs
        var lines = Written.Value.Split('\n').ToList();
        for (var edit = 0; edit <= count.Get % 3; edit++)
        {
            var at = 1 + ((where.Get + (edit * 7)) % (lines.Count - 1));
            var line = lines[at];
            var column = line.Length == 0 ? 0 : (where.Get / 3) % line.Length;
            lines[at] = ((what.Get + edit) % 9) switch
            {
                0 => " " + line,
                1 => line.TrimStart().Length < line.Length ? line[1..] : line,
                2 => line.Insert(column, Signs[(what.Get / 8) % Signs.Length]),
                3 => line.Remove(column, Math.Min(1, line.Length - column)),
                4 => line + " # checked",
                5 => line.Replace(": ", ":"),
                6 => line.Replace("- ", "-  "),
                7 => line.Insert(column, Signs[(what.Get / 8) % Signs.Length]) + Signs[(what.Get / 3) % Signs.Length],
                _ => line + "\n  " + line.TrimStart(),
            };
        }

        // When it is read, by the quick reader of files as the tool writes them and by the full one
        var text = string.Join('\n', lines);
        CanonicalRead.Of(text);
        var problems = new List<Diagnostic>();
        var read = BriefingFileReader.Read("input/x.md", text, problems);

        // Then it is a briefing, or it is not and each problem names a line of the file
        Assert.True(read is not null || (problems.Count > 0 && problems.All(p => p.Line >= 1 && p.Line <= lines.Count + 2)));
    }

    private static readonly Lazy<string> Written = new(() => FrontMatterWriter.Write(Publish.RealBriefings.All()[0]));

    private static readonly string[] Signs = [": ", " :", "'", "\"", " #", "\t", "[", "]", "{", "}", "- ", "? ", "&a ", "*a", "!x ", "|", ">", "\\", "%", "---"];

    private static Briefing RoundTrip(Briefing briefing)
    {
        var problems = new List<Diagnostic>();
        var read = BriefingFileReader.Read("input/x.md", FrontMatterWriter.Write(briefing), problems);
        Assert.Empty(problems);
        return read!;
    }
}
