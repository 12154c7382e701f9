using System.Globalization;
using System.Text.RegularExpressions;
using BriefingSite.Model;

namespace BriefingSite.Render;

/// <summary>What templates see of a briefing: its front matter under the contract names plus computed fields.</summary>
/// <remarks>
/// Computed: url, date_display, author_text, source_url, body_html, entity_groups, top_entities, tag_links,
/// related_briefings, source_list, event_groups; entities get url, figures/events/quotes get anchor ("s12"), events get
/// date_display, quotes get speaker_url.
/// Every url is relative to the site root; templates prefix it with the page's root.
/// </remarks>
public static partial class BriefingView
{
    private const int TopEntities = 5;

    // The fields added here, by KnowledgeViews and by the renderer (json_ld).
    private const int ViewFields = 13;

    public static Dictionary<string, object?> Of(Briefing briefing, SiteLinks links, string bodyHtml)
    {
        var view = FrontMatter.WithRoom(briefing, ViewFields);
        view["url"] = SiteLinks.BriefingUrl(briefing.Slug);
        view["date_display"] = DateDisplay(briefing.Date);
        view["author_text"] = string.Join(", ", briefing.Authors);
        view["source_url"] = SafeUrl.IsWeb(briefing.Source?.Url) ? briefing.Source!.Url : null;
        view["body_html"] = bodyHtml;

        var entities = Items(view["entities"]);
        foreach (var entity in entities)
        {
            entity["url"] = links.EntityUrl((string)entity["id"]!);
        }

        view["entity_groups"] = EntityGroups(entities);
        view["top_entities"] = entities
            .Where(e => e["url"] is not null)
            .Select((e, order) => (Entity: e, Order: order, Mentions: links.MentionCount((string)e["id"]!, briefing.Slug)))
            .OrderByDescending(e => e.Mentions).ThenBy(e => e.Order)
            .Take(TopEntities).Select(e => e.Entity).ToList();

        var (events, quotes) = (Items(view["events"]), Items(view["quotes"]));
        foreach (var fact in Items(view["figures"]).Concat(events).Concat(quotes))
        {
            fact["anchor"] = fact.TryGetValue("sentence", out var n) && n is int number ? $"s{number}" : null;
        }

        foreach (var dated in events)
        {
            dated["date_display"] = EventDateDisplay(dated.GetValueOrDefault("date") as string);
        }

        view["event_groups"] = EventGroups(events);

        foreach (var quote in quotes)
        {
            quote["speaker_url"] = SpeakerUrl(briefing, (string)quote["speaker"]!, links);
        }

        view["tag_links"] = briefing.Tags.Select(links.TagLink).ToList();

        // Copies of the related briefings' lines, to which KnowledgeViews adds why each relates.
        view["related_briefings"] = briefing.Related
            .Select(links.Briefing).OfType<Briefing>()
            .Select(links.Line)
            .Select(line => new Dictionary<string, object?>(5) { ["title"] = line["title"], ["url"] = line["url"], ["date_display"] = line["date_display"] })
            .ToList();
        view["source_list"] = briefing.Sources.Select(s => new Dictionary<string, object?>(2) { ["text"] = s, ["url"] = FirstWebUrl(s) }).ToList();
        return view;
    }

    public static string? DateDisplay(DateOnly? date) =>
        date?.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);

    /// <summary>An event's ISO date as readers write it (see <see cref="PartialDates.Display"/>).</summary>
    public static string? EventDateDisplay(string? date) => date is null ? null : PartialDates.Display(date);

    public static string GroupLabel(EntityType type) => type switch
    {
        EntityType.Person => "People",
        EntityType.Organization => "Organisations",
        EntityType.Place => "Places",
        _ => "Other",
    };

    private static List<Dictionary<string, object?>> Items(object? list) =>
        (list as List<object?> ?? []).OfType<Dictionary<string, object?>>().ToList();

    // By type in the enum's order, each group's members in the briefing's order; types with no member left out.
    private static List<Dictionary<string, object?>> EntityGroups(List<Dictionary<string, object?>> entities)
    {
        var groups = new List<Dictionary<string, object?>>(4);
        foreach (var type in Enum.GetValues<EntityType>())
        {
            var name = FrontMatter.TypeName(type);
            var members = entities.FindAll(e => (string?)e["type"] == name);
            if (members.Count > 0)
            {
                groups.Add(new(3) { ["type"] = name, ["label"] = GroupLabel(type), ["entities"] = members });
            }
        }

        return groups;
    }

    // One sentence that dates its event several ways ("growth in 2005 and 2006") is one line with its dates, in the
    // order the events are listed.
    private static List<Dictionary<string, object?>> EventGroups(List<Dictionary<string, object?>> events) =>
        events.GroupBy(e => ((string?)e.GetValueOrDefault("text"), (string?)e.GetValueOrDefault("anchor")))
            .Select(line => new Dictionary<string, object?>(3) { ["text"] = line.Key.Item1, ["anchor"] = line.Key.Item2, ["dates"] = line.ToList() })
            .ToList();

    private static string? SpeakerUrl(Briefing briefing, string speaker, SiteLinks links)
    {
        var entity = briefing.Entities.FirstOrDefault(e => e.Name == speaker)
            ?? briefing.Entities.FirstOrDefault(e => e.Aliases.Contains(speaker, StringComparer.Ordinal));
        return entity is null ? null : links.EntityUrl(entity.Id);
    }

    private static string? FirstWebUrl(string text)
    {
        var match = WebUrl().Match(text);
        var url = match.Success ? match.Value.TrimEnd('.', ',', ';', ':', ')', ']', '\'', '"') : null;
        return SafeUrl.IsWeb(url) ? url : null;
    }

    [GeneratedRegex(@"https?://[^\s<>""]+", RegexOptions.IgnoreCase)]
    private static partial Regex WebUrl();
}
