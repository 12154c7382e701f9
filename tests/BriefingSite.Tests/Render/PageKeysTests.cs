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
}
