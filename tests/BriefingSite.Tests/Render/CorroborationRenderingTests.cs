using System.Text;
using BriefingSite.Link;
using BriefingSite.Model;
using BriefingSite.Render;

namespace BriefingSite.Tests.Render;

public class CorroborationRenderingTests
{
    /// <summary>A briefing stating one range of one missile: two of them corroborate.</summary>
    internal static Briefing Stating(string slug, string value, string about = "range of the Shaheen-3") => new()
    {
        Title = slug,
        Slug = slug,
        Body = $"The Shaheen-3 has a range of {value}.",
        Entities = [new EntityRef { Name = "Shaheen-3", Id = "shaheen-3", Type = EntityType.Other }],
        Figures = [new Figure { Value = value, About = about, Sentence = 1 }],
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

    [Fact]
    public void A_wording_several_briefings_repeat_is_shown_once_with_a_link_to_each()
    {
        // Given three briefings stating one range, two of them in the same words
        var site = CrossLinker.Link([Stating("a", "2,750 km"), Stating("b", "2,750 km"), Stating("c", "2750 km", "range of the Shaheen-3 missile")], [], new SiteSettings());

        // When the site is rendered
        var files = new SiteRenderer(Theme.Load(null)).Render(site);

        // Then briefing a's page shows each wording once, its own marked, and links every briefing's sentence
        var page = Encoding.UTF8.GetString(files.Single(f => f.Path == "briefings/a.html").Content.Span);
        var section = page[page.IndexOf("class=\"corroborations\"", StringComparison.Ordinal)..];
        section = section[..section.IndexOf("</section>", StringComparison.Ordinal)];
        Assert.Contains("in 3 briefings", section);
        Assert.Equal(1, Count(section, "range of the Shaheen-3 <"));
        Assert.Equal(1, Count(section, "range of the Shaheen-3 missile <"));
        Assert.Contains("this briefing</a>", section);
        Assert.Contains("../briefings/b.html#s1", section);
        Assert.Contains("../briefings/c.html#s1", section);
    }

    private static int Count(string text, string part) => (text.Length - text.Replace(part, "", StringComparison.Ordinal).Length) / part.Length;
}
