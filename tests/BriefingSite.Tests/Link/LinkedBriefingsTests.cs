using BriefingSite.Link;
using BriefingSite.Model;

namespace BriefingSite.Tests.Link;

public class LinkedBriefingsTests
{
    private static readonly Briefing Parsed = new()
    {
        Title = "t",
        Slug = "t",
        Body = "Imran Khan spoke.",
        Entities = [Person("Imran Khan", "imran-khan")],
    };

    // Linked without a site begun: what linking gives is made every time, and compared with what it gave last time.
    private static Briefing Link(LinkedBriefings kept, Briefing parsed, List<EntityRef> entities, List<string> related) =>
        kept.Link(parsed, 0, () => entities, () => related);

    private static EntityRef Person(string name, string id, params string[] aliases) => new() { Name = name, Id = id, Type = EntityType.Person, Aliases = aliases };

    [Fact]
    public void The_same_briefing_linked_the_same_way_again_is_the_briefing_made_last_time_with_its_reading()
    {
        var kept = new LinkedBriefings();
        var first = Link(kept, Parsed, [Person("Imran Khan", "khan", "IK")], ["other"]);
        var reading = kept.Reading(first);

        // Equal lists, made afresh, as the next build makes them.
        var again = Link(kept, Parsed, [Person("Imran Khan", "khan", "IK")], ["other"]);

        Assert.Same(first, again);
        Assert.Same(reading, kept.Reading(again));
        Assert.Equal("khan", again.Entities[0].Id);
    }

    [Theory]
    [InlineData("id")]
    [InlineData("name")]
    [InlineData("type")]
    [InlineData("role")]
    [InlineData("alias")]
    [InlineData("related")]
    [InlineData("count")]
    public void A_change_in_what_linking_gives_makes_a_new_linked_briefing_and_reading(string change)
    {
        var kept = new LinkedBriefings();
        var first = Link(kept, Parsed, [Person("Imran Khan", "khan", "IK")], ["other"]);
        var reading = kept.Reading(first);
        var entity = Person("Imran Khan", "khan", "IK");
        List<EntityRef> entities = change switch
        {
            "id" => [entity with { Id = "imran-khan" }],
            "name" => [entity with { Name = "Khan" }],
            "type" => [entity with { Type = EntityType.Organization }],
            "role" => [entity with { Role = "leader" }],
            "alias" => [entity with { Aliases = ["Imran"] }],
            "count" => [entity, Person("Nawaz Sharif", "sharif")],
            _ => [entity],
        };

        var again = Link(kept, Parsed, entities, change == "related" ? ["another"] : ["other"]);

        Assert.NotSame(first, again);
        Assert.NotSame(reading, kept.Reading(again));
        Assert.Equal(entities, again.Entities);
    }

    [Fact]
    public void Another_briefing_object_with_the_same_content_is_linked_afresh()
    {
        var kept = new LinkedBriefings();
        var first = Link(kept, Parsed, [Person("Imran Khan", "khan")], []);

        var again = Link(kept, Parsed with { Title = "t" }, [Person("Imran Khan", "khan")], []);

        Assert.NotSame(first, again);
        Assert.Equal(first, again with { Entities = first.Entities, Related = first.Related });
    }

    [Fact]
    public void A_site_entity_made_from_the_same_readings_and_resolution_is_taken_again_and_not_after_any_change()
    {
        var kept = new LinkedBriefings();
        var (first, second) = (kept.Reading(Link(kept, Parsed, [Person("Imran Khan", "khan")], [])), BodyReading.Of(Parsed with { Slug = "u" }));
        var third = BodyReading.Of(Parsed with { Slug = "v" });
        var resolved = new ResolvedEntity { Id = "khan", Name = "Imran Khan", Type = EntityType.Person, Aliases = ["IK"], Roles = [] };
        var entity = new SiteEntity { Id = "khan", Name = "Imran Khan", Type = EntityType.Person };

        // The site's readings, by position; the entity is named by the first two (an equal third is another object).
        List<BodyReading> read = [first, second, BodyReading.Of(Parsed with { Slug = "u" })];
        Assert.Null(kept.Entity(resolved, [0, 1], read));
        kept.Keep(resolved, [first, second], entity);

        Assert.Same(entity, kept.Entity(resolved with { Aliases = ["IK"] }, [0, 1], read));
        Assert.Same(entity, kept.Entity(resolved, [1, 2], [third, first, second]));
        Assert.Null(kept.Entity(resolved, [1, 0], read));
        Assert.Null(kept.Entity(resolved, [0], read));
        Assert.Null(kept.Entity(resolved, [0, 2], read));
        Assert.Null(kept.Entity(resolved with { Name = "Khan" }, [0, 1], read));
        Assert.Null(kept.Entity(resolved with { Type = EntityType.Organization }, [0, 1], read));
        Assert.Null(kept.Entity(resolved with { Aliases = ["Imran"] }, [0, 1], read));
        Assert.Null(kept.Entity(resolved with { Roles = ["leader"] }, [0, 1], read));
        Assert.Null(kept.Entity(resolved with { File = new EntityFile { Id = "khan", Description = "Written by hand." } }, [0, 1], read));
        kept.KeepOnlyEntities([]);
        Assert.Null(kept.Entity(resolved, [0, 1], read));
    }

    [Fact]
    public void A_briefing_linked_at_its_place_with_the_same_resolution_among_the_same_slugs_is_taken_again_unmade()
    {
        // Given a site of two briefings linked once
        var kept = new LinkedBriefings();
        List<Briefing> site = [Parsed, Parsed with { Slug = "u" }];
        var resolution = EntityResolver.Resolve(site, []);
        kept.Begin(resolution, site);
        var first = kept.Link(Parsed, 0, () => [Person("Imran Khan", "khan")], () => []);
        static List<T> Unmade<T>() => throw new InvalidOperationException("made again");

        // When it is linked again with the same resolution among the same slugs (read afresh), then nothing is made
        kept.Begin(resolution, [.. site.Select(b => b with { })]);
        Assert.Same(first, kept.Link(Parsed, 0, Unmade<EntityRef>, Unmade<string>));

        // And when the resolution, the slugs or its place differ, what linking gives is made again
        var made = 0;
        List<EntityRef> Entities()
        {
            made++;
            return [Person("Imran Khan", "khan")];
        }

        // (each differs from the one before in one of them only)
        var (other, renamed) = (EntityResolver.Resolve(site, []), new List<Briefing> { Parsed, Parsed with { Slug = "v" } });
        foreach (var (resolver, slugs, at) in new[] { (other, site, 0), (other, renamed, 0), (other, renamed, 1) })
        {
            kept.Begin(resolver, slugs);
            Assert.Same(first, kept.Link(Parsed, at, Entities, () => []));
        }

        Assert.Equal(3, made);
    }

    [Fact]
    public void The_last_timeline_is_taken_again_while_every_briefing_has_equal_events_and_made_again_after_a_change()
    {
        // Given a site of two briefings whose timeline was made once
        var kept = new LinkedBriefings();
        static DatedEvent Dated(string date, string text) => new() { Date = date, Text = text, Sentence = 1 };
        List<Briefing> site = [Parsed with { Events = [Dated("2024-01-02", "A vote.")] }, Parsed with { Slug = "u" }];
        var made = 0;
        List<TimelineEntry> Make()
        {
            made++;
            return [];
        }

        List<TimelineEntry> Timeline(List<Briefing> briefings)
        {
            kept.Begin(EntityResolver.Resolve(briefings, []), briefings);
            return kept.Timeline(briefings, Make);
        }

        var first = Timeline(site);

        // When a briefing is read afresh and retitled, with equal events in another list, then the timeline is the last
        Assert.Same(first, Timeline([site[0] with { Title = "Retitled", Events = [Dated("2024-01-02", "A vote.")] }, site[1]]));
        Assert.Equal(1, made);

        // And when an event changes, one is added, or a slug changes, it is made again (each differs from the one before)
        Timeline([site[0] with { Events = [Dated("2024-01-03", "A vote.")] }, site[1]]);
        Timeline([site[0], site[1] with { Events = [Dated("2024", "A count.")] }]);
        Timeline([site[0], site[1] with { Slug = "v", Events = [Dated("2024", "A count.")] }]);
        Assert.Equal(4, made);
    }
}
