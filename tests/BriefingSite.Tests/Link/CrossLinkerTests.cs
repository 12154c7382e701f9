using BriefingSite.Link;
using BriefingSite.Model;

namespace BriefingSite.Tests.Link;

public class CrossLinkerTests
{
    private static Briefing Briefing(string slug, string body, DateOnly? date, params EntityRef[] entities) =>
        new() { Title = slug, Slug = slug, Body = body, Date = date, Entities = entities };

    private static readonly EntityRef Finer = new() { Name = "Jon Finer", Id = "jon-finer", Type = EntityType.Person, Aliases = ["Finer"] };
    private static readonly EntityRef Ttp = new() { Name = "TTP", Id = "ttp", Type = EntityType.Organization };

    [Fact]
    public void Unify_relates_briefings_that_share_entities_and_not_others()
    {
        var briefings = new[]
        {
            Briefing("a", "Finer spoke.", new DateOnly(2024, 12, 20), Finer, Ttp),
            Briefing("b", "Jonathan Finer spoke.", new DateOnly(2024, 12, 21), Finer with { Name = "Jonathan Finer", Id = "jonathan-finer" }, Ttp),
            Briefing("c", "Nothing shared.", null, new EntityRef { Name = "Gwadar", Id = "gwadar", Type = EntityType.Place }),
        };

        var unified = CrossLinker.Unify(briefings, []);

        Assert.Equal(["b"], unified[0].Related);
        Assert.Equal(["a"], unified[1].Related);
        Assert.Empty(unified[2].Related);
        Assert.Equal(unified[0].Entities[0].Id, unified[1].Entities[0].Id);
    }

    [Fact]
    public void Link_gathers_mentions_quotes_and_a_dated_timeline()
    {
        var a = Briefing("a", "Finer warned Pakistan. Nobody else spoke.", new DateOnly(2025, 1, 1), Finer) with
        {
            Quotes = [new Quote { Speaker = "Finer", Text = "an emerging threat", Sentence = 1 }],
            Events = [new DatedEvent { Date = "2024-12-19", Text = "Finer speaks", Sentence = 1 }, new DatedEvent { Date = "--11-21", Text = "attack", Sentence = 2 }],
            Tags = ["missiles"],
        };
        var b = Briefing("b", "Earlier, in 2021.", new DateOnly(2024, 1, 1)) with { Events = [new DatedEvent { Date = "2021-08", Text = "withdrawal" }], Tags = ["missiles"] };

        var site = CrossLinker.Link([b, a], [], new SiteSettings());

        Assert.Equal(["a", "b"], site.Briefings.Select(x => x.Slug));
        var finer = Assert.Single(site.Entities);
        Assert.Equal([new EntityMention("a", 1, "Finer warned Pakistan.")], finer.Mentions);
        Assert.Equal("an emerging threat", Assert.Single(finer.Quotes).Quote.Text);
        Assert.Equal(["2021-08", "2024-12-19", "--11-21"], site.Timeline.Select(t => t.Event.Date));
        Assert.Equal(["a", "b"], site.Tags.Single(t => t.Key == "missiles").Value);
    }

    [Fact]
    public void An_entity_lists_its_newest_briefings_first_and_of_one_day_those_that_name_it_most()
    {
        // Given briefings of one day (or of none) that name Finer once or three times, and a newer one that names him once
        var briefings = new[]
        {
            Briefing("a-once", "Finer spoke.", null, Finer),
            Briefing("b-thrice", "Finer spoke. Finer warned. Finer left.", null, Finer),
            Briefing("c-once", "Finer spoke.", new DateOnly(2025, 1, 1), Finer),
            Briefing("d-twice", "Finer spoke. Finer left.", new DateOnly(2025, 1, 1), Finer),
            Briefing("e-newer", "Finer spoke.", new DateOnly(2025, 2, 1), Finer),
        };

        // When the site is linked
        var site = CrossLinker.Link(briefings, [], new SiteSettings());

        // Then his page lists the newest first, and among briefings of one date the ones that name him most
        Assert.Equal(["e-newer", "d-twice", "c-once", "b-thrice", "a-once"], site.Entities.Single().Briefings);
    }

    [Fact]
    public void A_tag_lists_its_newest_briefings_first_and_of_one_day_those_it_is_most_central_to()
    {
        // Given undated briefings that give "missiles" last or first among their tags, and a dated one
        var briefings = new[]
        {
            Briefing("a-last", "One.", null) with { Tags = ["sanctions", "missiles"] },
            Briefing("b-first", "Two.", null) with { Tags = ["missiles", "sanctions"] },
            Briefing("c-dated", "Three.", new DateOnly(2025, 1, 1)) with { Tags = ["sanctions", "missiles"] },
        };

        // When the site is linked
        var site = CrossLinker.Link(briefings, [], new SiteSettings());

        // Then the tag lists the dated first, then the undated whose first tag it is
        Assert.Equal(["c-dated", "b-first", "a-last"], site.Tags.Single(t => t.Key == "missiles").Value);
        Assert.Equal(["c-dated", "a-last", "b-first"], site.Tags.Single(t => t.Key == "sanctions").Value);
    }

    [Fact]
    public void An_event_told_word_for_word_by_two_briefings_is_on_the_timeline_once()
    {
        DatedEvent Launch() => new() { Date = "2005-01-11", Text = "Apple launched the Mac mini.", Sentence = 1 };
        var briefings = new[]
        {
            Briefing("mac-mini-2", "Apple launched the Mac mini.", null) with { Events = [Launch()] },
            Briefing("mac-mini", "Apple launched the Mac mini.", null) with { Events = [Launch(), Launch() with { Date = "2005-01" }] },
        };

        var site = CrossLinker.Link(briefings, [], new SiteSettings());

        Assert.Equal([("mac-mini", "2005-01"), ("mac-mini", "2005-01-11")], site.Timeline.Select(t => (t.BriefingSlug, t.Event.Date)));
    }

    [Fact]
    public void A_hidden_entity_gets_no_page_and_leaves_the_briefings()
    {
        var site = CrossLinker.Link([Briefing("a", "Finer.", null, Finer, Ttp)], [new EntityFile { Id = "ttp", Hidden = true }], new SiteSettings());

        Assert.Equal(["jon-finer"], site.Entities.Select(e => e.Id));
        Assert.Equal(["jon-finer"], site.Briefings[0].Entities.Select(e => e.Id));
    }

    [Fact]
    public void Link_gathers_figures_and_events_on_the_entities_their_sentences_name_and_explains_related_briefings()
    {
        var a = Briefing("a", "Finer spoke. The TTP killed 14 soldiers in 2024-12.", new DateOnly(2025, 1, 1), Finer, Ttp) with
        {
            Figures = [new Figure { Value = "14 soldiers", About = "killed by the TTP", Sentence = 2 }],
            Events = [new DatedEvent { Date = "2024-12", Text = "TTP attack", Sentence = 2 }],
            Related = ["b"],
        };
        var b = Briefing("b", "The TTP killed 14 soldiers.", new DateOnly(2025, 1, 2), Ttp) with
        {
            Figures = [new Figure { Value = "14 soldiers", About = "the TTP attack that killed 14 soldiers", Sentence = 1 }],
        };

        var site = CrossLinker.Link([a, b], [], new SiteSettings());

        var ttp = site.Entities.Single(e => e.Id == "ttp");
        Assert.Equal(["a", "b"], ttp.Figures.Select(f => f.BriefingSlug).Order(StringComparer.Ordinal));
        Assert.Equal("2024-12", Assert.Single(ttp.Events).Event.Date);
        Assert.Empty(site.Entities.Single(e => e.Id == "jon-finer").Figures);
        var corroborated = Assert.Single(site.Corroborations);
        Assert.True(corroborated.Agrees);
        Assert.Equal(["ttp"], Assert.Single(site.Relations["a"]).Entities);
    }
}
