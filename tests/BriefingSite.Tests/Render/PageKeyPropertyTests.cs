using BriefingSite.Link;
using BriefingSite.Model;
using BriefingSite.Render;

namespace BriefingSite.Tests.Render;

/// <summary>Page keys against page bytes: after any edit to a briefing, a page whose key did not change renders the same bytes.</summary>
public class PageKeyPropertyTests
{
    private static readonly SiteRenderer Renderer = new(Theme.Load(null));

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void A_page_whose_key_is_unchanged_after_an_edit_renders_the_same_bytes(int seed)
    {
        var random = new Random(seed);
        var briefings = WordySite.Build(seed, 24).Briefings.ToList();
        var before = Pages(Linked(briefings));
        var changed = 0;
        for (var step = 0; step < 6; step++)
        {
            var at = random.Next(briefings.Count);
            briefings[at] = Edit(briefings[at], briefings[random.Next(briefings.Count)], random);
            var after = Pages(Linked(briefings));
            changed += AssertSameBytesUnderSameKeys(before, after, step);
            before = after;
        }

        // Else the test proves nothing.
        Assert.InRange(changed, 1, int.MaxValue);
    }

    // The site's entities changed without their briefings: names, visibility, mentions, as links between briefings see them.
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void A_page_whose_key_is_unchanged_after_a_site_entity_changes_renders_the_same_bytes(int seed)
    {
        var random = new Random(seed);
        var site = Linked([.. WordySite.Build(seed, 24).Briefings]);
        var before = Pages(site);
        var changed = 0;
        for (var step = 0; step < 8; step++)
        {
            var entities = site.Entities.ToList();
            var at = random.Next(entities.Count);
            entities[at] = random.Next(5) switch
            {
                0 => entities[at] with { Name = entities[at].Name + " Senior" },
                1 => entities[at] with { Hidden = !entities[at].Hidden },
                2 => entities[at] with { Mentions = [.. entities[at].Mentions.Skip(1)] },
                3 => entities[at] with { Description = "Written by hand." },
                _ => entities[at] with { Type = entities[at].Type == EntityType.Person ? EntityType.Place : EntityType.Person },
            };
            site = site with { Entities = entities };
            var after = Pages(site);
            changed += AssertSameBytesUnderSameKeys(before, after, step);
            before = after;
        }

        Assert.InRange(changed, 1, int.MaxValue);
    }

    // Adding a briefing moves the weight of every entity it names (by its rarity across the site), and so the score of
    // every related pair; the score shows on no page, so a briefing page whose bytes stay the same keeps its key.
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void Adding_a_briefing_keeps_the_key_of_every_briefing_page_it_leaves_as_it_was(int seed)
    {
        var briefings = WordySite.Build(seed, 24).Briefings.ToList();
        var before = Pages(Linked(briefings));
        var added = WordySite.Build(seed + 100, 1).Briefings[0] with { Slug = "briefing-added", Related = [] };

        var after = Pages(Linked([.. briefings, added]));

        var same = 0;
        foreach (var (path, page) in before.Where(p => p.Key.StartsWith("briefings/", StringComparison.Ordinal)))
        {
            if (after[path].Bytes.AsSpan().SequenceEqual(page.Bytes))
            {
                Assert.Equal(page.Hash, after[path].Hash);
                same++;
            }
        }

        // Else the test proves nothing: pages with related briefings are among those left as they were.
        Assert.Contains(before, p => p.Key.StartsWith("briefings/", StringComparison.Ordinal) && after[p.Key].Hash == p.Value.Hash
            && Linked(briefings).Relations.Any(r => p.Key == $"briefings/{r.Key}.html" && r.Value.Count > 0));
        Assert.InRange(same, 1, int.MaxValue);
    }

    // A related briefing's line shows the first three visible entities the two share (here from another briefing's own),
    // so a rename of one of those must change the key; the hidden one and the fourth are not shown.
    [Theory]
    [InlineData("jonathan-finer", true)]
    [InlineData("pakistan", true)]
    [InlineData("secret-org", false)]
    [InlineData("india", false)]
    public void Renaming_an_entity_two_related_briefings_share_changes_the_key_when_it_changes_the_page(string id, bool shown)
    {
        var site = SampleSite.Build() with
        {
            Relations = new Dictionary<string, IReadOnlyList<RelatedBriefing>>
            {
                ["china-india"] = [new RelatedBriefing { Slug = "strategic-standoff", Entities = ["secret-org", "jonathan-finer", "pakistan", "united-states", "india"] }],
            },
        };
        var renamed = site with { Entities = [.. site.Entities.Select(e => e.Id == id ? e with { Name = e.Name + " Senior" } : e)] };
        const string page = "briefings/china-india.html";

        var (before, after) = (Pages(site)[page], Pages(renamed)[page]);

        Assert.Equal(shown, !before.Bytes.AsSpan().SequenceEqual(after.Bytes));
        if (before.Hash == after.Hash)
        {
            Assert.True(before.Bytes.AsSpan().SequenceEqual(after.Bytes));
        }
    }

    internal static Briefing Edit(Briefing briefing, Briefing other, Random random) => random.Next(9) switch
    {
        0 => briefing with { Title = briefing.Title + " retitled" },
        1 => briefing with { Summary = "A summary written by hand." },
        2 => briefing with { Date = briefing.Date?.AddDays(1) ?? new DateOnly(2025, 5, 5) },
        3 => briefing with { Entities = [.. briefing.Entities.Select(e => e with { Name = e.Name + " Junior" })] },
        4 => briefing with { Entities = [.. briefing.Entities.Skip(1)] },
        5 => briefing with { Tags = [.. briefing.Tags.Skip(1), "tag-new"] },
        6 => briefing with { Body = briefing.Body + " " + string.Join(" and ", other.Entities.Select(e => e.Name)) + " met." },
        7 => briefing with { Entities = [.. briefing.Entities, .. other.Entities.Where(e => briefing.Entities.All(b => b.Id != e.Id))] },
        _ => briefing with { Figures = [.. briefing.Figures, new Figure { Value = "12 km", About = "a new road", Sentence = 1 }] },
    };

    // Related briefings found (with why they relate), then linked, as a build does.
    private static Site Linked(List<Briefing> briefings) => CrossLinker.Link(CrossLinker.Unify(briefings, []), [], new SiteSettings());

    // Every keyed page with its key and bytes.
    /// <returns>How many pages have a new key (or are new).</returns>
    private static int AssertSameBytesUnderSameKeys(Dictionary<string, (string Hash, byte[] Bytes)> before, Dictionary<string, (string Hash, byte[] Bytes)> after, int step)
    {
        var changed = 0;
        foreach (var (path, (hash, bytes)) in after)
        {
            if (before.TryGetValue(path, out var old) && old.Hash == hash)
            {
                Assert.True(old.Bytes.AsSpan().SequenceEqual(bytes), $"{path} changed under an unchanged key (step {step + 1})");
            }
            else
            {
                changed++;
            }
        }

        return changed;
    }

    private static Dictionary<string, (string Hash, byte[] Bytes)> Pages(Site site)
    {
        var rendered = Renderer.Render(site, isCurrent: null);
        var bytes = rendered.Files.ToDictionary(f => f.Path, f => f.Content.ToArray(), StringComparer.Ordinal);
        return rendered.Hashes.Where(h => bytes.ContainsKey(h.Page)).ToDictionary(h => h.Page, h => (h.Hash, bytes[h.Page]), StringComparer.Ordinal);
    }
}
