using BriefingSite.Model;
using BriefingSite.Publish;

namespace BriefingSite.Tests.Publish;

public class EditMergerTests
{
    private static readonly Briefing Written = FrontMatterWriterTests.Sample();

    [Fact]
    public void Refreshes_fields_nobody_touched()
    {
        var regenerated = Written with { Summary = "A better summary." };

        var result = EditMerger.Merge(regenerated, Written, FieldHashes.Of(Written), force: false);

        Assert.Equal("A better summary.", result.Briefing.Summary);
        Assert.Empty(result.KeptFields);
    }

    [Fact]
    public void Keeps_a_field_the_user_changed_and_unknown_fields()
    {
        var onDisk = Written with { Summary = "My own words.", Entities = [], Extra = new Dictionary<string, object?> { ["note"] = "mine" } };
        var regenerated = Written with { Summary = "A better summary.", Tags = ["new-tag"] };

        var result = EditMerger.Merge(regenerated, onDisk, FieldHashes.Of(Written), force: false);

        Assert.Equal("My own words.", result.Briefing.Summary);
        Assert.Empty(result.Briefing.Entities);
        Assert.Equal(["new-tag"], result.Briefing.Tags);
        Assert.Equal("mine", result.Briefing.Extra["note"]);
        Assert.Equal(["entities", "summary"], result.KeptFields.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Keeps_an_edited_body()
    {
        var onDisk = Written with { Body = "## Heading\n\nRewritten by hand." };

        var result = EditMerger.Merge(Written with { Body = "Fresh." }, onDisk, FieldHashes.Of(Written), force: false);

        Assert.Equal("## Heading\n\nRewritten by hand.", result.Briefing.Body);
    }

    [Fact]
    public void Force_regenerates_over_edits_but_keeps_unknown_fields()
    {
        var onDisk = Written with { Summary = "My own words.", Extra = new Dictionary<string, object?> { ["note"] = "mine" } };

        var result = EditMerger.Merge(Written, onDisk, FieldHashes.Of(Written), force: true);

        Assert.Equal(Written.Summary, result.Briefing.Summary);
        Assert.Equal("mine", result.Briefing.Extra["note"]);
    }

    [Fact]
    public void Without_a_record_of_what_was_written_every_field_on_disk_is_kept()
    {
        var onDisk = Written with { Summary = "Old." };

        var result = EditMerger.Merge(Written with { Summary = "New." }, onDisk, lastWritten: null, force: false);

        Assert.Equal("Old.", result.Briefing.Summary);
    }
}
