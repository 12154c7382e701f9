using BriefingSite.Render;

namespace BriefingSite.Tests.Render;

public class PageOrderTests
{
    [Fact]
    public void A_page_of_cards_comes_just_after_the_last_of_its_briefings_pages_and_every_other_page_keeps_its_place()
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

        // Then the home page follows b's page, the tag page stays after c's, and each page comes once
        Assert.Equal([1, 2, 0, 3, 4, 5], order);
    }

    [Fact]
    public void Every_page_is_made_once_whatever_cards_it_shows()
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
            for (var i = 0; i < pages.Count; i++)
            {
                // A page never comes before the first page of a briefing it shows that it came after in the list.
                foreach (var slug in pages[i].Item2.Where(firstOwn.ContainsKey))
                {
                    Assert.True(position[i] > position[firstOwn[slug]] || (firstOwn[slug] == i));
                }
            }
        }
    }
}
