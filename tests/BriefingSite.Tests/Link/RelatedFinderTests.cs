using BriefingSite.Link;
using BriefingSite.Model;

namespace BriefingSite.Tests.Link;

public class RelatedFinderTests
{
    private static EntityRef E(string id) => new() { Name = char.ToUpperInvariant(id[0]) + id[1..], Id = id, Type = EntityType.Organization };

    private static Briefing B(string slug, string body, params string[] ids) =>
        new() { Title = slug, Slug = slug, Body = body, Date = new DateOnly(2024, 1, 1), Entities = ids.Select(E).ToList() };

    [Fact]
    public void An_entity_central_to_both_briefings_outweighs_one_named_in_passing()
    {
        var briefings = new[]
        {
            B("about-ttp", "Ttp struck. Ttp fled. Ttp returned. Beta watched.", "ttp", "beta"),
            B("ttp-again", "Ttp struck again. Ttp hid. Ttp spoke.", "ttp"),
            B("beta-in-passing", "Beta was there.", "beta"),
            B("other", "Nothing.", "gamma"),
            B("other-2", "Nothing.", "delta"),
        };

        var ranked = RelatedFinder.Index(briefings).Rank(0);

        Assert.Equal(["ttp-again", "beta-in-passing"], ranked.Select(r => r.Slug));
        Assert.True(ranked[0].Score > ranked[1].Score);
        Assert.Equal(["ttp"], ranked[0].Entities);
    }

    [Fact]
    public void Lists_one_briefing_of_each_title()
    {
        var briefings = new[]
        {
            B("about-ttp", "Ttp struck. Ttp fled. Beta watched.", "ttp", "beta"),
            B("ttp-again", "Ttp struck again. Ttp hid.", "ttp") with { Title = "TTP again" },
            B("ttp-again-2", "Ttp struck again. Ttp hid.", "ttp") with { Title = "TTP again" },
            B("beta-in-passing", "Beta was there.", "beta"),
            B("other", "Nothing.", "gamma"),
        };

        Assert.Equal(["ttp-again", "beta-in-passing"], RelatedFinder.Find(briefings)[0]);
        Assert.Equal(["ttp-again", "beta-in-passing"], RelatedFinder.Index(briefings).Rank(0).Select(r => r.Slug));
    }

    [Fact]
    public void Ranks_a_briefing_the_same_from_mention_counts_given_as_from_its_body()
    {
        var briefings = new[]
        {
            B("about-ttp", "Ttp struck. Ttp fled. Ttp returned. Beta watched.", "ttp", "beta"),
            B("ttp-again", "Ttp struck again. Ttp hid. Ttp spoke.", "ttp"),
            B("beta-in-passing", "Beta was there.", "beta"),
            B("other", "Nothing.", "gamma"),
            B("other-2", "Nothing.", "delta"),
        };
        var counts = briefings.Select(b => BodyReading.Of(b).MentionCounts).ToList();

        var given = RelatedFinder.Find(briefings, counts);

        Assert.Equal([3, 1], counts[0]);
        Assert.Equal(RelatedFinder.Find(briefings).Select(r => string.Join(' ', r)), given.Select(r => string.Join(' ', r)));
        Assert.Equal(["ttp-again", "beta-in-passing"], given[0]);
    }

    [Fact]
    public void Explains_a_relation_by_shared_entities_and_tags()
    {
        var briefings = new[]
        {
            B("a", "Ttp and Imf.", "ttp", "imf") with { Tags = ["security", "economy"] },
            B("b", "Imf and Ttp.", "ttp", "imf", "gwadar") with { Tags = ["security"] },
        };

        var why = RelatedFinder.Index(briefings).Explain(0, 1);

        Assert.Equal("b", why.Slug);
        Assert.Equal(["imf", "ttp"], why.Entities.Order(StringComparer.Ordinal));
        Assert.Equal(["security"], why.Tags);
    }
}
