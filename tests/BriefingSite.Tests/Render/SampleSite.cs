using BriefingSite.Model;

namespace BriefingSite.Tests.Render;

/// <summary>A small linked site built by hand: three briefings, their entities, tags and timeline.</summary>
internal static class SampleSite
{
    public const string StandoffBody = """
        ## The announcement

        Jonathan Finer spoke on Thursday. The US imposed sanctions on 19 December 2024. Pakistan's Shaheen-3 has a range of 2,750 km. Finer stated, “Pakistan will strike.”

        > Finer said the US is wary of Pakistan.

        ## Reactions

        - Pakistan rejected the claim.

        - Jon Finer repeated it.

        Analysts in the United States disagreed.
        """;

    public static Briefing Standoff => new()
    {
        Title = "Strategic Standoff",
        Slug = "strategic-standoff",
        Date = new DateOnly(2025, 1, 1),
        Authors = ["Noor ul Ain Ali"],
        Source = new SourceInfo { File = "seeds/001.txt", Url = "https://example.org/standoff", Sha256 = "abc123" },
        Summary = "The US sanctions Pakistan's missile programme.",
        KeyPoints = ["Sanctions announced", "Range of 2,750 km"],
        Tags = ["sanctions", "missile-programme"],
        Entities =
        [
            new EntityRef { Name = "Jonathan Finer", Id = "jonathan-finer", Type = EntityType.Person, Role = "US Deputy National Security Advisor", Aliases = ["Finer", "Jon Finer"] },
            new EntityRef { Name = "Pakistan", Id = "pakistan", Type = EntityType.Place },
            new EntityRef { Name = "United States", Id = "united-states", Type = EntityType.Place, Aliases = ["US"] },
            new EntityRef { Name = "Secret Org", Id = "secret-org", Type = EntityType.Organization },
        ],
        Figures = [new Figure { Value = "2,750 km", About = "range of the Shaheen-3", Sentence = 3 }],
        Events = [new DatedEvent { Date = "2024-12-19", Text = "The US imposed sanctions", Sentence = 2 }],
        Quotes = [new Quote { Speaker = "Jonathan Finer", Text = "Pakistan will strike.", Sentence = 4 }],
        Related = ["china-india"],
        Sources = ["Finer, J. (2024). Remarks. https://example.org/remarks.", "A printed book"],
        Body = StandoffBody,
    };

    public static Briefing ChinaIndia => new()
    {
        Title = "China and India",
        Slug = "china-india",
        Date = new DateOnly(2024, 11, 5),
        Summary = "Two neighbours watch the United States.",
        Tags = ["sanctions"],
        Entities =
        [
            new EntityRef { Name = "China", Id = "china", Type = EntityType.Place },
            new EntityRef { Name = "India", Id = "india", Type = EntityType.Place },
            new EntityRef { Name = "United States", Id = "united-states", Type = EntityType.Place },
        ],
        Events = [new DatedEvent { Date = "2024-11", Text = "Talks resumed", Sentence = 1 }],
        Related = ["strategic-standoff"],
        Body = "China and India resumed talks. The United States watched.",
    };

    public static Briefing Notes => new()
    {
        Title = "Undated notes",
        Slug = "notes",
        Summary = "Notes without a date.",
        Events = [new DatedEvent { Date = "--03-04", Text = "A meeting", Sentence = 1 }],
        Body = "A meeting took place.",
    };

    public static Site Build(Briefing? first = null, string? baseUrl = null)
    {
        var standoff = first ?? Standoff;
        var briefings = new[] { standoff, ChinaIndia, Notes };
        return new Site
        {
            Settings = new SiteSettings { Title = "Test Briefings", BaseUrl = baseUrl },
            Briefings = briefings,
            Entities =
            [
                Entity("china", "China", EntityType.Place, [ChinaIndia.Slug], [new EntityMention("china-india", 1, "China and India resumed talks.")]),
                Entity("india", "India", EntityType.Place, [ChinaIndia.Slug], [new EntityMention("china-india", 1, "China and India resumed talks.")]),
                Entity("jonathan-finer", "Jonathan Finer", EntityType.Person, [standoff.Slug], [new EntityMention(standoff.Slug, 1, "Jonathan Finer spoke on Thursday."), new EntityMention(standoff.Slug, 4, "Finer stated, “Pakistan will strike.”")]) with
                {
                    Aliases = ["Finer", "Jon Finer"],
                    Roles = ["US Deputy National Security Advisor"],
                    Description = "A *former* official.",
                    Quotes = [new SiteQuote(standoff.Slug, standoff.Quotes.Count > 0 ? standoff.Quotes[0] : new Quote { Speaker = "x", Text = "y" })],
                },
                Entity("pakistan", "Pakistan", EntityType.Place, [standoff.Slug], [new EntityMention(standoff.Slug, 3, "Pakistan's Shaheen-3 has a range of 2,750 km.")]),
                Entity("secret-org", "Secret Org", EntityType.Organization, [standoff.Slug], []) with { Hidden = true },
                Entity("united-states", "United States", EntityType.Place, [standoff.Slug, ChinaIndia.Slug], [new EntityMention(standoff.Slug, 2, "The US imposed sanctions on 19 December 2024."), new EntityMention("china-india", 2, "The United States watched.")]) with { Aliases = ["US"] },
            ],
            Tags =
            [
                new("missile-programme", [standoff.Slug]),
                new("sanctions", [standoff.Slug, ChinaIndia.Slug]),
            ],
            Timeline =
            [
                new TimelineEntry(ChinaIndia.Slug, ChinaIndia.Events[0]),
                new TimelineEntry(standoff.Slug, new DatedEvent { Date = "2024-12-19", Text = "The US imposed sanctions", Sentence = 2 }),
                new TimelineEntry(Notes.Slug, Notes.Events[0]),
            ],
        };
    }

    private static SiteEntity Entity(string id, string name, EntityType type, IReadOnlyList<string> briefings, IReadOnlyList<EntityMention> mentions) =>
        new() { Id = id, Name = name, Type = type, Briefings = briefings, Mentions = mentions };
}
