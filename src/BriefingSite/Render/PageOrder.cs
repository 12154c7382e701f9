namespace BriefingSite.Render;

/// <summary>The order pages are made in: a page that shows briefing cards comes just after the last of those briefings' own pages.</summary>
/// <remarks>
/// A briefing's view is built for its first use and let go after its last (see <see cref="BriefingViews"/>). Made in list
/// order, each view would wait from its briefing's page to the tag pages near the end, and a large site would hold them all.
/// </remarks>
internal static class PageOrder
{
    /// <param name="pages">For each page: its own briefing (on a briefing's page) and the briefings whose views it shows.</param>
    /// <returns>Every index of <paramref name="pages"/>, once.</returns>
    public static List<int> Of(IReadOnlyList<(string? Own, IReadOnlyList<string> Views)> pages)
    {
        var ownPage = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < pages.Count; i++)
        {
            if (pages[i].Own is string slug)
            {
                ownPage.TryAdd(slug, i);
            }
        }

        // A page moves only later, behind a briefing's page, which itself never moves: no page waits for a moved one.
        var moved = new bool[pages.Count];
        var after = new Dictionary<int, List<int>>();
        for (var i = 0; i < pages.Count; i++)
        {
            var (views, last) = (pages[i].Views, -1);
            for (var v = 0; v < views.Count; v++)
            {
                last = ownPage.TryGetValue(views[v], out var at) && at > last ? at : last;
            }

            if (last > i)
            {
                moved[i] = true;
                (after.TryGetValue(last, out var waiting) ? waiting : after[last] = []).Add(i);
            }
        }

        var order = new List<int>(pages.Count);
        for (var i = 0; i < pages.Count; i++)
        {
            if (!moved[i])
            {
                order.Add(i);
            }

            if (after.TryGetValue(i, out var waiting))
            {
                order.AddRange(waiting);
            }
        }

        return order;
    }
}
