namespace BriefingSite.Render;

/// <summary>The order pages are made in: one that keeps few briefing views alive at once.</summary>
/// <remarks>
/// A briefing's view is built for its first use and let go after its last (see <see cref="BriefingViews"/>). Its uses
/// are its own page and the pages that show it as a card (the home page, tag pages), far apart in the site's list:
/// made in list order, with the tag pages after every briefing's page, a site of 10,000 briefings held 9,470 views at
/// once, as its small tags show briefings from its whole span of dates. So the pages of cards are taken one at a time,
/// each time the one that builds the fewest views not yet alive less the views it lets go, and a briefing's page comes
/// just before the page of cards that first builds its view (2,450 views at once on that site). The pages that neither
/// show cards nor are shown as one come first, in list order.
/// </remarks>
internal static class PageOrder
{
    /// <param name="pages">For each page: its own briefing (on a briefing's page) and the briefings whose views it shows.</param>
    /// <returns>Every index of <paramref name="pages"/>, once.</returns>
    public static List<int> Of(IReadOnlyList<(string? Own, IReadOnlyList<string> Views)> pages)
    {
        // The pages of cards: those that show a view other than their own. Each view they show gets a number, and each
        // number the pages of cards that show it and the first page that is its briefing's own.
        var numbers = new Dictionary<string, int>(StringComparer.Ordinal);
        var shown = new int[pages.Count][];
        var showing = new List<List<int>>();
        for (var i = 0; i < pages.Count; i++)
        {
            var (own, views) = pages[i];
            if (views.All(view => view == own))
            {
                continue;
            }

            var list = new List<int>(views.Count);
            foreach (var view in views)
            {
                if (!numbers.TryGetValue(view, out var number))
                {
                    numbers[view] = number = showing.Count;
                    showing.Add([]);
                }

                if (!list.Contains(number))
                {
                    list.Add(number);
                    showing[number].Add(i);
                }
            }

            shown[i] = [.. list];
        }

        var ownPage = new int[showing.Count];
        Array.Fill(ownPage, -1);
        var order = new List<int>(pages.Count);
        var placed = new bool[pages.Count];
        void Place(int page)
        {
            order.Add(page);
            placed[page] = true;
        }

        for (var i = 0; i < pages.Count; i++)
        {
            if (pages[i].Own is string own && numbers.TryGetValue(own, out var number) && ownPage[number] < 0)
            {
                ownPage[number] = i;
            }
            else if (shown[i] is null)
            {
                Place(i);
            }
        }

        var uses = showing.Select(list => list.Count).ToArray();
        var alive = new bool[showing.Count];
        int Cost(int page)
        {
            var cost = 0;
            foreach (var view in shown[page])
            {
                cost += (alive[view] ? 0 : 1) - (uses[view] == 1 ? 1 : 0);
            }

            return cost;
        }

        // Every change to a page's cost queues it again at its new cost; an entry whose cost is no longer the page's is stale.
        var queue = new PriorityQueue<int, (int Cost, int Page)>();
        for (var i = 0; i < pages.Count; i++)
        {
            if (shown[i] is not null)
            {
                queue.Enqueue(i, (Cost(i), i));
            }
        }

        var touched = new List<int>();
        var touchedBy = new int[pages.Count];
        while (queue.TryDequeue(out var page, out var queued))
        {
            if (placed[page] || Cost(page) != queued.Cost)
            {
                continue;
            }

            foreach (var view in shown[page])
            {
                if (!alive[view] && ownPage[view] is var own and >= 0 && !placed[own])
                {
                    Place(own);
                }

                alive[view] = true;
            }

            Place(page);
            touched.Clear();
            foreach (var view in shown[page])
            {
                alive[view] = --uses[view] > 0;
                foreach (var other in showing[view])
                {
                    if (!placed[other] && touchedBy[other] != page + 1)
                    {
                        touchedBy[other] = page + 1;
                        touched.Add(other);
                    }
                }
            }

            foreach (var other in touched)
            {
                queue.Enqueue(other, (Cost(other), other));
            }
        }

        return order;
    }
}
