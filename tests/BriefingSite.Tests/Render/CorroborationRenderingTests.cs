using System.Text;
using BriefingSite.Link;
using BriefingSite.Model;
using BriefingSite.Render;

namespace BriefingSite.Tests.Render;

public class CorroborationRenderingTests
{
    /// <summary>A briefing stating one range of one missile: two of them corroborate.</summary>
    internal static Briefing Stating(string slug, string value) => new()
    {
        Title = slug,
        Slug = slug,
        Body = $"The Shaheen-3 has a range of {value}.",
        Entities = [new EntityRef { Name = "Shaheen-3", Id = "shaheen-3", Type = EntityType.Other }],
        Figures = [new Figure { Value = value, About = "range of the Shaheen-3", Sentence = 1 }],
    };

    [Fact]
    public void A_figure_two_briefings_state_is_shown_as_corroborated_on_the_entity_page()
    {
        // Given two briefings stating one range of one missile
        var site = CrossLinker.Link([Stating("a", "2,750 km"), Stating("b", "2750 km")], [], new SiteSettings());

        // When the site is rendered
        var files = new SiteRenderer(Theme.Load(null)).Render(site);

        // Then the entity page says so, linking both sentences
        var page = Encoding.UTF8.GetString(files.Single(f => f.Path == "entities/shaheen-3.html").Content.Span);
        Assert.Contains("in 2 briefings", page);
        Assert.Contains("../briefings/a.html#s1", page);
        Assert.Contains("../briefings/b.html#s1", page);
    }
}
