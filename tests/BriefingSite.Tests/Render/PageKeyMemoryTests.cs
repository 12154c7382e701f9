using BriefingSite.Cache;
using BriefingSite.Link;
using BriefingSite.Model;
using BriefingSite.Render;

namespace BriefingSite.Tests.Render;

/// <summary>A repeated render takes the last page keys again only where the page would get the same key.</summary>
/// <remarks>The tests run with <see cref="PageKeyMemory.Verify"/> on, so each kept key is also made and compared.</remarks>
public sealed class PageKeyMemoryTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("key-memory-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void After_any_edit_to_a_briefing_a_repeated_render_gives_the_keys_and_bytes_of_a_fresh_one(int seed)
    {
        // As the preview server links: unchanged briefings are the same objects, linked with a memory kept in between.
        // The repeated render takes again the last one's keys, and the views of the briefings whose keys are the same.
        var random = new Random(seed);
        var briefings = CrossLinker.Unify([.. WordySite.Build(seed, 24).Briefings], []).ToList();
        var (memory, repeated, linking) = Repeating();
        var fresh = new SiteRenderer(Theme.Load(null));
        Site Linked() => CrossLinker.Link(briefings, [], new SiteSettings(), linking);
        repeated.Render(Linked(), isCurrent: null, linkInputs: "");

        var (kept, viewsTaken) = (0, 0);
        for (var step = 0; step < 8; step++)
        {
            var at = random.Next(briefings.Count);
            briefings[at] = PageKeyPropertyTests.Edit(briefings[at], briefings[random.Next(briefings.Count)], random);
            var site = Linked();

            var (again, made) = (repeated.Render(site, isCurrent: null, linkInputs: ""), fresh.Render(site, isCurrent: null));

            Assert.Equal(made.Hashes, again.Hashes);
            Assert.Equal(made.Files.Select(f => (f.Path, Convert.ToHexString(f.Content.Span))), again.Files.Select(f => (f.Path, Convert.ToHexString(f.Content.Span))));
            kept += memory.Kept;
            viewsTaken += memory.ViewsTaken;
        }

        // Else the test proves nothing.
        Assert.InRange(kept, 1, int.MaxValue);
        Assert.InRange(viewsTaken, 1, int.MaxValue);
    }

    [Fact]
    public void A_retitled_briefing_makes_again_the_key_of_a_briefing_it_corroborates_and_keeps_an_unrelated_one()
    {
        List<Briefing> briefings = [CorroborationRenderingTests.Stating("a", "2,750 km"), CorroborationRenderingTests.Stating("b", "2750 km"), Unrelated];
        var (memory, repeated, linking) = Repeating();
        Site Linked() => CrossLinker.Link(briefings, [], new SiteSettings(), linking);
        var before = repeated.Render(Linked(), isCurrent: null, linkInputs: "").Hashes.ToDictionary(h => h.Page, h => h.Hash);

        briefings[0] = briefings[0] with { Title = "A range confirmed" };
        var site = Linked();
        var after = repeated.Render(site, isCurrent: null, linkInputs: "").Hashes.ToDictionary(h => h.Page, h => h.Hash);

        Assert.Single(site.Corroborations);
        Assert.Equal(new SiteRenderer(Theme.Load(null)).Render(site, isCurrent: null).Hashes.ToDictionary(h => h.Page, h => h.Hash), after);
        Assert.NotEqual(before["briefings/b.html"], after["briefings/b.html"]);
        Assert.Equal(before["briefings/c.html"], after["briefings/c.html"]);
        Assert.InRange(memory.Kept, 1, int.MaxValue);
    }

    [Fact]
    public void Corroborations_found_or_lost_between_renders_show_as_a_fresh_render_shows_them()
    {
        // Given two briefings stating one range, rendered once and remembered
        List<Briefing> briefings = [CorroborationRenderingTests.Stating("a", "2,750 km"), CorroborationRenderingTests.Stating("b", "2750 km"), Unrelated];
        var (_, repeated, linking) = Repeating();
        Site Linked() => CrossLinker.Link(briefings, [], new SiteSettings(), linking);
        repeated.Render(Linked(), isCurrent: null, linkInputs: "");

        // When one no longer states it, then a third does, and each time the site is rendered again
        foreach (var (at, edited, count) in new[] { (1, Unrelated with { Slug = "b", Title = "b" }, 0), (2, CorroborationRenderingTests.Stating("c", "2750 km"), 1) })
        {
            briefings[at] = edited;
            var site = Linked();
            var (again, made) = (repeated.Render(site, isCurrent: null, linkInputs: ""), new SiteRenderer(Theme.Load(null)).Render(site, isCurrent: null));

            // Then each render is a fresh render's
            Assert.Equal(count, site.Corroborations.Count);
            Assert.Equal(made.Files.Select(f => (f.Path, Convert.ToHexString(f.Content.Span))), again.Files.Select(f => (f.Path, Convert.ToHexString(f.Content.Span))));
        }
    }

    [Theory]
    [InlineData("A visit retitled")]
    [InlineData("visit to Arles, retitled")]
    public void A_retitled_briefing_keeps_the_keys_of_the_briefings_that_only_share_an_entity_with_it(string title)
    {
        // Given eight briefings naming one minister, each with a town of its own
        string[] towns = ["Arles", "Bonn", "Cork", "Derry", "Ely", "Fife", "Ghent", "Hull"];
        var briefings = towns.Select((town, n) => Naming($"b{n}", $"Ana Lopez visited {town}.", (town, EntityType.Place))).ToList();
        var (memory, repeated, linking) = Repeating();
        Site Linked() => CrossLinker.Link(briefings, [], new SiteSettings(), linking);
        repeated.Render(Linked(), isCurrent: null, linkInputs: "");

        // When one is retitled, staying first in the site's order or going last (which puts its sentences last among
        // the minister's mentions)
        briefings[0] = briefings[0] with { Title = title };
        var site = Linked();
        var after = repeated.Render(site, isCurrent: null, linkInputs: "").Hashes;

        // Then the pages are those of a fresh render, and every briefing page that does not list it as related kept its key
        Assert.Equal(new SiteRenderer(Theme.Load(null)).Render(site, isCurrent: null).Hashes, after);
        var apart = site.Briefings.Count(b => b.Slug != "b0" && !b.Related.Contains("b0"));
        Assert.InRange(apart, 1, 7);
        Assert.InRange(memory.Kept, apart, int.MaxValue);
    }

    [Theory]
    [InlineData("Ana M. Lopez", EntityType.Person)]
    [InlineData("Ana Lopez", EntityType.Organization)]
    public void An_entity_shown_otherwise_makes_again_the_pages_that_show_it_though_no_briefing_changed(string name, EntityType type)
    {
        // Given a minister named alone in one briefing, and with an envoy in another, and a briefing naming neither
        List<Briefing> briefings = [Naming("a", "Ana Lopez spoke."), Naming("b", "Ana Lopez met Ben Okafor.", ("Ben Okafor", EntityType.Person)), Unrelated];
        var (memory, repeated, linking) = Repeating();
        var site = CrossLinker.Link(briefings, [], new SiteSettings(), linking);
        repeated.Render(site, isCurrent: null, linkInputs: "");

        // When the site names or types her otherwise, all else the same objects (as an entity file would, were it not
        // also what every page reads)
        var renamed = site with { Entities = [.. site.Entities.Select(e => e.Id == "ana-lopez" ? e with { Name = name, Type = type } : e)] };
        var again = repeated.Render(renamed, isCurrent: null, linkInputs: "").Hashes;

        // Then the briefing pages naming her and the envoy's page (her node in his graph) are made again, as a fresh
        // render makes them: a kept key would throw, or differ
        Assert.Equal(new SiteRenderer(Theme.Load(null)).Render(renamed, isCurrent: null).Hashes, again);
        Assert.InRange(memory.Kept, 1, int.MaxValue);
    }

    [Theory]
    [InlineData("summary", "Newest")]
    [InlineData("tags", "Tags")]
    [InlineData("title", "Newest, Lines, Timeline")]
    [InlineData("entity", "Newest, Entities")]
    public void A_page_listing_the_whole_site_is_made_again_only_when_a_part_it_shows_changed(string edit, string changed)
    {
        // Given a dated, tagged briefing with an event on the timeline, and two others
        var dated = Naming("a", "Ana Lopez spoke in May.") with
        {
            Tags = ["economy"],
            Events = [new DatedEvent { Date = "2024-05-01", Text = "Ana Lopez spoke.", Sentence = 1 }],
        };
        List<Briefing> briefings = [dated, Naming("b", "Ana Lopez met Ben Okafor.", ("Ben Okafor", EntityType.Person)) with { Tags = ["trade"] }, Unrelated];
        var (memory, repeated, linking) = Repeating();
        Site Linked() => CrossLinker.Link(briefings, [], new SiteSettings(), linking);
        var site = Linked();
        repeated.Render(site, isCurrent: null, linkInputs: "");

        // When its summary or title is edited; or the site names an entity otherwise, or lists one more briefing under a
        // tag, all else the same objects (a tag edited in a briefing also changes the relations, which every page reads)
        briefings[0] = edit switch
        {
            "summary" => dated with { Summary = "She spoke at length." },
            "title" => dated with { Title = "A speech" },
            _ => dated,
        };
        site = edit switch
        {
            "entity" => site with { Entities = [.. site.Entities.Select(e => e.Id == "ben-okafor" ? e with { Name = "Ben A. Okafor" } : e)] },
            "tags" => site with { Tags = [.. site.Tags.Select(t => t.Key == "trade" ? new(t.Key, ["a", .. t.Value]) : t)] },
            _ => Linked(),
        };
        var after = repeated.Render(site, isCurrent: null, linkInputs: "").Hashes;

        // Then only the parts it shows are found changed (the kept pages' hashes are checked against their data), and the
        // pages are those of a fresh render
        Assert.Equal(Enum.Parse<SiteParts>(changed), memory.Listed);
        Assert.Equal(new SiteRenderer(Theme.Load(null)).Render(site, isCurrent: null).Hashes, after);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(44)]
    public void A_retitled_briefing_makes_again_the_page_of_its_tag_whether_it_shows_there_as_a_card_or_a_line(int position)
    {
        // Given a tag on more briefings than its page shows as cards (newest first)
        var briefings = Enumerable.Range(0, 45).Select(n => Naming($"b{n:00}", "Ana Lopez spoke.") with
        {
            Date = new DateOnly(2025, 1, 1).AddDays(-n),
            Tags = ["economy"],
        }).ToList();
        var (memory, repeated, linking) = Repeating();
        Site Linked() => CrossLinker.Link(briefings, [], new SiteSettings(), linking);
        var before = repeated.Render(Linked(), isCurrent: null, linkInputs: "").Hashes.ToDictionary(h => h.Page, h => h.Hash);

        // When one is retitled
        briefings[position] = briefings[position] with { Title = "Retitled" };
        var site = Linked();
        var after = repeated.Render(site, isCurrent: null, linkInputs: "").Hashes.ToDictionary(h => h.Page, h => h.Hash);

        // Then the tag page has a new key, the one a fresh render gives it
        Assert.Equal(position, site.Tags.Single().Value.ToList().IndexOf($"b{position:00}"));
        Assert.NotEqual(before["tags/economy.html"], after["tags/economy.html"]);
        Assert.Equal(new SiteRenderer(Theme.Load(null)).Render(site, isCurrent: null).Hashes.ToDictionary(h => h.Page, h => h.Hash), after);
        Assert.InRange(memory.Kept, 1, int.MaxValue);
    }

    [Fact]
    public void A_repeated_render_writes_the_page_of_the_briefing_just_edited_before_it_lists_the_others_and_once()
    {
        // Given a site rendered once as the preview server renders it, each page handed on as it is made
        var briefings = CrossLinker.Unify([.. WordySite.Build(7, 24).Briefings], []).ToList();
        var events = new List<string>();
        var memory = new PageKeyMemory();
        var renderer = new SiteRenderer(Theme.Load(null))
        {
            KeyMemory = memory,
            Sink = file =>
            {
                lock (events)
                {
                    events.Add(file.Path);
                }
            },
            Progress = new Told(events),
        };
        var linking = StoredLinkViews.In(folder, keepBriefings: true);
        Site Linked() => CrossLinker.Link(briefings, [], new SiteSettings(), linking);
        renderer.Render(Linked(), isCurrent: null, linkInputs: "");

        // When one briefing's title is edited and the site rendered again
        events.Clear();
        briefings[17] = briefings[17] with { Title = "A title edited by hand" };
        var site = Linked();
        var again = renderer.Render(site, isCurrent: null, linkInputs: "");

        // Then its page is written first, before the render counts the pages it listed, and only once
        var page = SiteLinks.BriefingUrl(briefings[17].Slug);
        Assert.Equal([page, "render 0"], events.Take(2));
        Assert.Single(events, e => e == page);

        // And the render is the one a fresh render gives
        Assert.Equal(new SiteRenderer(Theme.Load(null)).Render(site, isCurrent: null).Hashes, again.Hashes);
    }

    // Progress told in the same list as the pages written, as it comes.
    private sealed class Told(List<string> events) : IProgress<StageProgress>
    {
        public void Report(StageProgress value)
        {
            lock (events)
            {
                events.Add($"{value.Stage} {value.Done}");
            }
        }
    }

    // A briefing naming the minister Ana Lopez and the entities given.
    private static Briefing Naming(string slug, string body, params (string Name, EntityType Type)[] others) => new()
    {
        Title = slug,
        Slug = slug,
        Body = body,
        Entities =
        [
            new EntityRef { Name = "Ana Lopez", Id = "ana-lopez", Type = EntityType.Person },
            .. others.Select(o => new EntityRef { Name = o.Name, Id = o.Name.ToLowerInvariant().Replace(' ', '-'), Type = o.Type }),
        ],
    };

    // As the preview server renders: linked with a memory that keeps unchanged briefings as the same objects, and
    // rendered with a memory of the last page keys.
    private (PageKeyMemory Memory, SiteRenderer Renderer, LinkMemory Linking) Repeating()
    {
        var memory = new PageKeyMemory();
        return (memory, new SiteRenderer(Theme.Load(null)) { KeyMemory = memory }, StoredLinkViews.In(folder, keepBriefings: true));
    }

    private static Briefing Unrelated => new()
    {
        Title = "c",
        Slug = "c",
        Body = "Lahore hosted a cricket match.",
        Entities = [new EntityRef { Name = "Lahore", Id = "lahore", Type = EntityType.Place }],
    };

    [Fact]
    public void Nothing_is_kept_when_what_every_page_reads_changed()
    {
        var briefings = CrossLinker.Unify([.. WordySite.Build(5, 12).Briefings], []).ToList();
        var (memory, renderer, linking) = Repeating();
        Site Linked(SiteSettings settings) => CrossLinker.Link(briefings, [], settings, linking);

        renderer.Render(Linked(new SiteSettings()), isCurrent: null, linkInputs: "");
        renderer.Render(Linked(new SiteSettings()), isCurrent: null, linkInputs: "");
        Assert.InRange(memory.Kept, 1, int.MaxValue);

        renderer.Render(Linked(new SiteSettings { Title = "Another title" }), isCurrent: null, linkInputs: "");
        Assert.Equal(0, memory.Kept);
        renderer.Render(Linked(new SiteSettings { Title = "Another title" }), isCurrent: null, linkInputs: "entity files changed");
        Assert.Equal(0, memory.Kept);
    }
}
