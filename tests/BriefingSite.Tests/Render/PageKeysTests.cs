using BriefingSite.Model;
using BriefingSite.Render;

namespace BriefingSite.Tests.Render;

public class PageKeysTests
{
    // RecordDigests.Entity writes an entity's fields one by one: a field added to SiteEntity must be added there too,
    // or entity pages showing it would not be rebuilt when it changes. Update this list only after updating the key.
    [Fact]
    public void An_entity_page_key_covers_every_field_of_the_entity()
    {
        string[] keyed = ["Id", "Name", "Type", "Aliases", "Roles", "Description", "Briefings", "Mentions", "Quotes", "Figures", "Events", "Hidden"];

        var fields = typeof(SiteEntity).GetProperties().Where(p => p.Name != "EqualityContract").Select(p => p.Name);

        Assert.Equal(keyed.Order(), fields.Order());
    }

    // PageKeys.DigestOf writes a corroboration's fields one by one, as for entities: keep both lists in step with the key.
    [Fact]
    public void A_corroboration_digest_covers_every_field_of_the_corroboration()
    {
        Assert.Equal(["Agrees", "Entities", "Kind", "Statements"], Fields<Corroboration>());
        Assert.Equal(["BriefingSlug", "Sentence", "Text", "Value"], Fields<FactStatement>());
    }

    private static IEnumerable<string> Fields<T>() => typeof(T).GetProperties().Where(p => p.Name != "EqualityContract").Select(p => p.Name).Order();

    // A warm process reuses linked objects from one build to the next: their digests are made once per object.
    [Fact]
    public void A_briefings_content_digest_is_kept_for_the_object_and_differs_for_an_edited_copy()
    {
        var briefing = SampleSite.Standoff;

        var first = RecordDigests.Content(briefing);

        Assert.Same(first, RecordDigests.Content(briefing));
        Assert.Equal(first, RecordDigests.Content(briefing with { }));
        Assert.NotEqual(first, RecordDigests.Content(briefing with { Body = briefing.Body + " More." }));
        Assert.NotEqual(first, RecordDigests.Content(briefing with { Extra = new Dictionary<string, object?> { ["note"] = "x" } }));
    }

    [Fact]
    public void An_entitys_digest_is_kept_for_the_object_and_differs_for_an_edited_copy()
    {
        var entity = SampleSite.Build().Entities[2];

        var first = RecordDigests.Entity(entity);

        Assert.Same(first, RecordDigests.Entity(entity));
        Assert.Equal(first, RecordDigests.Entity(entity with { }));
        Assert.NotEqual(first, RecordDigests.Entity(entity with { Roles = [] }));
        Assert.NotEqual(first, RecordDigests.Entity(entity with { Mentions = [.. entity.Mentions.Skip(1)] }));
    }
}
