using BriefingSite.Render;

namespace BriefingSite.Tests.Render;

public class PageOrderTests
{
    [Fact]
    public void A_briefing_page_comes_just_before_the_first_page_of_cards_that_shows_it_and_other_pages_come_first()
    {
        // Given a home page and a tag page showing cards, three briefing pages and an entity page
        (string?, IReadOnlyList<string>)[] pages =
        [
            (null, ["b", "a"]),     // 0: home, cards of b and a
            ("a", ["a"]),           // 1
            ("b", ["b"]),           // 2
            (null, []),             // 3: an entity page
            ("c", ["c"]),           // 4
            (null, ["c", "gone"]),  // 5: a tag page, one card without a briefing page
        ];

        // When the order they are made in is chosen
        var order = PageOrder.Of(pages);

        // Then the entity page comes first, each briefing's page just before the page of cards that builds its view
        Assert.Equal([3, 2, 1, 0, 4, 5], order);
    }

    [Fact]
    public void Tag_pages_whose_cards_span_the_site_keep_few_views_alive()
    {
        // Given 100 briefings in the site's order and, after them, 50 tag pages each showing a new and an old briefing
        var pages = new List<(string?, IReadOnlyList<string>)>();
        pages.AddRange(Enumerable.Range(0, 100).Select(n => ((string?)$"b{n}", (IReadOnlyList<string>)[$"b{n}"])));
        pages.AddRange(Enumerable.Range(0, 50).Select(n => ((string?)null, (IReadOnlyList<string>)[$"b{n}", $"b{n + 50}"])));

        // When the order is chosen
        var order = PageOrder.Of(pages);

        // Then no more than one tag page's two views are alive at once (in list order, all 100 are)
        Assert.Equal(2, MostAlive(pages, order));
    }

    [Fact]
    public void Every_page_is_made_once_after_the_pages_of_the_briefings_it_shows()
    {
        var random = new Random(7);
        for (var round = 0; round < 50; round++)
        {
            var slugs = Enumerable.Range(0, 20).Select(n => $"s{n}").ToList();
            var pages = new List<(string?, IReadOnlyList<string>)>();
            for (var i = 0; i < 60; i++)
            {
                var own = slugs[random.Next(slugs.Count)];
                pages.Add(random.Next(3) == 0 ? (own, [own]) : (null, slugs.Where(_ => random.Next(4) == 0).ToList()));
            }

            var order = PageOrder.Of(pages);

            Assert.Equal(Enumerable.Range(0, pages.Count), order.Order());
            var position = order.Select((page, at) => (page, at)).ToDictionary(x => x.page, x => x.at);
            var firstOwn = pages.Select((p, i) => (p.Item1, i)).Where(p => p.Item1 is not null).GroupBy(p => p.Item1!).ToDictionary(g => g.Key, g => g.First().i);
            foreach (var i in Enumerable.Range(0, pages.Count).Where(i => pages[i].Item1 is null))
            {
                foreach (var slug in pages[i].Item2.Where(firstOwn.ContainsKey))
                {
                    Assert.True(position[i] > position[firstOwn[slug]]);
                }
            }
        }
    }

    [Fact]
    public void A_site_of_several_subjects_holds_far_fewer_views_than_in_list_order()
    {
        // Given 400 briefings on 8 subjects, mixed in the site's order of dates, each with two tags of its subject's
        // twelve (some tags far more used than others); a tag page shows its first 40
        var random = new Random(11);
        var tags = new SortedDictionary<int, List<string>>();
        for (var b = 0; b < 400; b++)
        {
            foreach (var tag in Enumerable.Range(0, 2).Select(_ => (b % 8 * 12) + (int)(12 * Math.Pow(random.NextDouble(), 2))).Distinct())
            {
                (tags.TryGetValue(tag, out var list) ? list : tags[tag] = []).Add($"b{b}");
            }
        }

        var pages = new List<(string?, IReadOnlyList<string>)>();
        pages.AddRange(Enumerable.Range(0, 400).Select(n => ((string?)$"b{n}", (IReadOnlyList<string>)[$"b{n}"])));
        pages.AddRange(tags.Values.Select(slugs => ((string?)null, (IReadOnlyList<string>)[.. slugs.Take(40)])));

        // When the order is chosen
        var order = PageOrder.Of(pages);

        // Then it holds under half the views that list order does
        var (chosen, listed) = (MostAlive(pages, order), MostAlive(pages, [.. Enumerable.Range(0, pages.Count)]));
        Assert.True(chosen * 2 < listed, $"{chosen} views at once against {listed} in list order");
    }

    // The most views alive at once when pages are made in this order: a view is built for its first use and let go
    // after its last, as BriefingViews does.
    private static int MostAlive(List<(string?, IReadOnlyList<string>)> pages, List<int> order)
    {
        var left = pages.SelectMany(p => p.Item2).CountBy(slug => slug).ToDictionary(c => c.Key, c => c.Value);
        var alive = new HashSet<string>();
        var most = 0;
        foreach (var page in order)
        {
            alive.UnionWith(pages[page].Item2);
            most = Math.Max(most, alive.Count);
            foreach (var slug in pages[page].Item2)
            {
                if (--left[slug] == 0)
                {
                    alive.Remove(slug);
                }
            }
        }

        return most;
    }
}
