using System.Runtime.CompilerServices;
using BriefingSite.Model;

namespace BriefingSite.Render;

/// <summary>What templates see on the pages that list things: home, entities, tags, a tag, the timeline.</summary>
public static class IndexViews
{
    private const int MostMentioned = 10;

    /// <summary>
    /// Lists show this many briefings as cards (newest first); the rest are one line each, and the archive lists all.
    /// With 10,000 briefings a page of cards for each would run to megabytes.
    /// </summary>
    public const int Cards = 40;

    /// <param name="cards">The newest briefings' views, as many as <see cref="Cards"/>.</param>
    public static Dictionary<string, object?> Home(Site site, IReadOnlyList<Dictionary<string, object?>> cards, int count, SiteLinks links) => new(StringComparer.Ordinal)
    {
        ["briefings"] = cards.Take(Cards).ToList(),
        ["briefing_count"] = count,
        // The site lists dated briefings newest first, then the undated by title: the first says which the cards are.
        ["dated"] = site.Briefings.Count > 0 && site.Briefings[0].Date is not null,
        ["most_mentioned"] = Visible(site)
            .OrderByDescending(e => e.Briefings.Count).ThenByDescending(e => e.Mentions.Count).ThenBy(e => e.Name, StringComparer.Ordinal)
            .Take(MostMentioned)
            .Select(e => EntityItem(e, links))
            .ToList(),
    };

    public static Dictionary<string, object?> Entities(Site site, SiteLinks links) => new(StringComparer.Ordinal)
    {
        ["entity_count"] = Visible(site).Count(),
        ["groups"] = Enum.GetValues<EntityType>()
            .Select(type => (Type: type, Members: Visible(site).Where(e => e.Type == type).OrderBy(e => e.Name, StringComparer.Ordinal).ToList()))
            .Where(g => g.Members.Count > 0)
            .Select(g => new Dictionary<string, object?>
            {
                ["type"] = FrontMatter.TypeName(g.Type),
                ["label"] = BriefingView.GroupLabel(g.Type),
                ["count"] = g.Members.Count,
                ["entities"] = g.Members.Select(e => EntityItem(e, links)).ToList(),
            })
            .ToList(),
    };

    /// <summary>How many tags a site has before its tags page opens with the most used (below that, one list shows them all).</summary>
    public const int TagsBeforePopular = 40;

    /// <remarks>
    /// Every tag A–Z; on a site of more than <see cref="TagsBeforePopular"/> tags, also the most used, as many, each on
    /// two briefings at least, most used first.
    /// </remarks>
    public static Dictionary<string, object?> Tags(Site site, SiteLinks links)
    {
        Dictionary<string, object?> View(KeyValuePair<string, IReadOnlyList<string>> tag) =>
            new() { ["name"] = tag.Key, ["url"] = links.TagUrl(tag.Key), ["count"] = tag.Value.Count };
        var popular = site.Tags.Count <= TagsBeforePopular ? [] : site.Tags
            .Where(t => t.Value.Count >= 2)
            .OrderByDescending(t => t.Value.Count).ThenBy(t => t.Key, StringComparer.Ordinal)
            .Take(TagsBeforePopular)
            .Select(View)
            .ToList();
        return new(StringComparer.Ordinal) { ["tags"] = site.Tags.Select(View).ToList(), ["tag_count"] = site.Tags.Count, ["popular"] = popular };
    }

    /// <param name="cards">The newest briefings' views, as many as <see cref="Cards"/>.</param>
    /// <param name="more">The rest, as lines (see <see cref="Line(Briefing)"/>).</param>
    public static Dictionary<string, object?> Tag(string tag, List<Dictionary<string, object?>> cards, List<Dictionary<string, object?>> more, SiteLinks links) => new(StringComparer.Ordinal)
    {
        ["name"] = tag,
        ["url"] = links.TagUrl(tag),
        ["count"] = cards.Count + more.Count,
        ["briefings"] = cards,
        ["more"] = more,
    };

    /// <summary>Every briefing as one line, by year of its date (undated last).</summary>
    /// <summary>What search engines and link previews show of a tag page: "12 briefings tagged “sanctions”."</summary>
    public static string TagDescription(string tag, int briefings) =>
        SummaryStart.Of($"{briefings} {(briefings == 1 ? "briefing" : "briefings")} tagged “{tag}”.", SummaryStart.DescriptionLength);

    public static Dictionary<string, object?> Archive(Site site) => new(StringComparer.Ordinal)
    {
        ["count"] = site.Briefings.Count,
        ["years"] = site.Briefings
            .GroupBy(b => b.Date is { } date ? date.Year.ToString(System.Globalization.CultureInfo.InvariantCulture) : "Undated")
            .Select(g => new Dictionary<string, object?>
            {
                ["year"] = g.Key,
                ["id"] = "y-" + PathSegment.Of(g.Key),
                ["briefings"] = g.Select(b => Line(b)).ToList(),
            })
            .ToList(),
    };

    /// <summary>A briefing as one line of a list: its title, link and date.</summary>
    public static Dictionary<string, object?> Line(Briefing briefing) => new(StringComparer.Ordinal)
    {
        ["title"] = briefing.Title,
        ["url"] = SiteLinks.BriefingUrl(briefing.Slug),
        ["date_display"] = BriefingView.DateDisplay(briefing.Date),
    };

    /// <param name="rows">In a process that renders again and again: each entry's row as the last render made it.</param>
    public static Dictionary<string, object?> Timeline(Site site, SiteLinks links, TimelineRows? rows = null) => new(StringComparer.Ordinal)
    {
        ["years"] = site.Timeline
            .Select(t => (Entry: t, Title: links.Briefing(t.BriefingSlug)?.Title))
            .Where(t => t.Title is not null)
            .GroupBy(t => Year(t.Entry.Event.Date))
            .Select(g => new Dictionary<string, object?>
            {
                ["year"] = g.Key,
                ["id"] = "y-" + PathSegment.Of(g.Key),
                ["events"] = g.Select(t => rows?.Of(t.Entry, t.Title!) ?? TimelineRows.Row(t.Entry, t.Title!)).ToList(),
            })
            .ToList(),
    };

    private static IEnumerable<SiteEntity> Visible(Site site) => site.Entities.Where(e => !e.Hidden);

    private static Dictionary<string, object?> EntityItem(SiteEntity entity, SiteLinks links) => new(StringComparer.Ordinal)
    {
        ["name"] = entity.Name,
        ["id"] = entity.Id,
        ["type"] = FrontMatter.TypeName(entity.Type),
        ["url"] = links.EntityUrl(entity.Id),
        ["briefing_count"] = entity.Briefings.Count,
        ["mention_count"] = entity.Mentions.Count,
    };

    // "2024-12-19" → "2024"; "--12-19" (year unknown) → its own group, which the timeline keeps last.
    private static string Year(string date) =>
        date.Length >= 4 && date[..4].All(char.IsAsciiDigit) ? date[..4] : "Year unknown";

    /// <summary>The timeline page's row of each entry, kept with the entry (the same object from one render to the next
    /// while the site's events are the same) as long as its briefing's title is the same: a retitled briefing makes
    /// the timeline page again, and its 50,000 rows on a large site.</summary>
    public sealed class TimelineRows
    {
        private readonly ConditionalWeakTable<TimelineEntry, Kept> rows = new();

        public Dictionary<string, object?> Of(TimelineEntry entry, string title)
        {
            if (rows.TryGetValue(entry, out var kept) && kept.Title == title)
            {
                return kept.Row;
            }

            var row = Row(entry, title);
            rows.AddOrUpdate(entry, new Kept(title, row));
            return row;
        }

        public static Dictionary<string, object?> Row(TimelineEntry entry, string title) => new()
        {
            ["date"] = entry.Event.Date,
            ["date_display"] = BriefingView.EventDateDisplay(entry.Event.Date),
            ["text"] = entry.Event.Text,
            ["url"] = SiteLinks.SentenceUrl(entry.BriefingSlug, entry.Event.Sentence),
            ["briefing_title"] = title,
        };

        private sealed record Kept(string Title, Dictionary<string, object?> Row);
    }
}
