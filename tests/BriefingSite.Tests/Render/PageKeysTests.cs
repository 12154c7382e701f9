using BriefingSite.Model;

namespace BriefingSite.Tests.Render;

public class PageKeysTests
{
    // PageKeys.Entity writes an entity's fields one by one: a field added to SiteEntity must be added there too,
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
}
