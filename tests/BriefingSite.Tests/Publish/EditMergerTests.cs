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

    [Fact]
    public void A_removed_entity_stays_removed_while_a_new_one_joins()
    {
        var finer = Written.Entities[0];
        var sullivan = new EntityRef { Name = "Jake Sullivan", Id = "jake-sullivan", Type = EntityType.Person };
        var onDisk = Written with { Entities = [] };

        var result = EditMerger.Merge(Written with { Entities = [finer, sullivan] }, onDisk, FieldHashes.Of(Written), force: false);

        Assert.Equal(["jake-sullivan"], result.Briefing.Entities.Select(e => e.Id));
    }

    [Fact]
    public void A_changed_item_stays_changed_and_untouched_items_refresh()
    {
        var written = Written with { Tags = ["a", "b"], Figures = [new Figure { Value = "3", About = "x", Sentence = 1 }, new Figure { Value = "4", About = "y", Sentence = 2 }] };
        var onDisk = written with { Figures = [written.Figures[0] with { About = "mine" }, written.Figures[1]] };
        var regenerated = written with { Figures = [new Figure { Value = "3", About = "x2", Sentence = 1 }, new Figure { Value = "4", About = "y2", Sentence = 2 }] };

        var result = EditMerger.Merge(regenerated, onDisk, FieldHashes.Of(written), force: false);

        Assert.Equal(["mine", "y2"], result.Briefing.Figures.Select(f => f.About));
        Assert.Equal(["figures"], result.KeptFields);
    }

    [Fact]
    public void An_added_tag_stays_a_removed_tag_stays_removed_and_a_new_tag_joins()
    {
        var written = Written with { Tags = ["a", "b", "c"] };
        var onDisk = written with { Tags = ["a", "mine", "c"] };

        var result = EditMerger.Merge(written with { Tags = ["c", "b", "a", "d"] }, onDisk, FieldHashes.Of(written), force: false);

        Assert.Equal(["a", "mine", "c", "d"], result.Briefing.Tags);
    }

    [Fact]
    public void An_item_the_generator_no_longer_finds_goes_unless_the_user_touched_it()
    {
        var written = Written with { KeyPoints = ["one", "two"], Quotes = [new Quote { Speaker = "A", Text = "x" }, new Quote { Speaker = "B", Text = "y" }] };
        var onDisk = written with { KeyPoints = ["one", "two", "three"], Quotes = [written.Quotes[0], written.Quotes[1] with { Sentence = 4 }] };

        var result = EditMerger.Merge(written with { KeyPoints = [], Quotes = [] }, onDisk, FieldHashes.Of(written), force: false);

        Assert.Equal(["three"], result.Briefing.KeyPoints);
        Assert.Equal(["B"], result.Briefing.Quotes.Select(q => q.Speaker));
    }

    [Fact]
    public void A_record_without_item_prints_keeps_an_edited_list_whole()
    {
        var written = Written with { Tags = ["a", "b"] };
        var fieldsOnly = FieldHashes.Of(written) with { Items = new Dictionary<string, IReadOnlyList<string>>() };

        var result = EditMerger.Merge(written with { Tags = ["a", "b", "c"] }, written with { Tags = ["a"] }, fieldsOnly, force: false);

        Assert.Equal(["a"], result.Briefing.Tags);
    }
}
