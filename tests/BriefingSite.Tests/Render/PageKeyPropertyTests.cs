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
        var before = Pages(CrossLinker.Link(briefings, [], new SiteSettings()));
        var changed = 0;
        for (var step = 0; step < 6; step++)
        {
            var at = random.Next(briefings.Count);
            briefings[at] = Edit(briefings[at], briefings[random.Next(briefings.Count)], random);
            var after = Pages(CrossLinker.Link(briefings, [], new SiteSettings()));

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

            before = after;
        }

        // Else the test proves nothing.
        Assert.InRange(changed, 1, int.MaxValue);
    }

    private static Briefing Edit(Briefing briefing, Briefing other, Random random) => random.Next(9) switch
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

    // Every keyed page with its key and bytes.
    private static Dictionary<string, (string Hash, byte[] Bytes)> Pages(Site site)
    {
        var rendered = Renderer.Render(site, isCurrent: null);
        var bytes = rendered.Files.ToDictionary(f => f.Path, f => f.Content, StringComparer.Ordinal);
        return rendered.Hashes.Where(h => bytes.ContainsKey(h.Page)).ToDictionary(h => h.Page, h => (h.Hash, bytes[h.Page]), StringComparer.Ordinal);
    }
}
