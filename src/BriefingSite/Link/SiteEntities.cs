using BriefingSite.Model;

namespace BriefingSite.Link;

/// <summary>
/// The site's entities, each with what the briefings naming it say of it: its briefings, the sentences naming it,
/// its quotes, and the figures and events placed on it.
/// </summary>
/// <remarks>
/// An entity is made from the readings of the briefings naming it (its facts and quotes are always of those
/// briefings' own entities) and from its resolution: when <see cref="LinkedBriefings"/> holds the entity made from
/// the same readings and resolution, that entity is taken again.
/// </remarks>
internal static class SiteEntities
{
    public static List<SiteEntity> Make(List<Briefing> briefings, List<BodyReading> read, EntityResolver resolver, LinkedBriefings? kept)
    {
        // Which briefings, by position in the site's order, name each entity.
        var namedIn = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var b = 0; b < briefings.Count; b++)
        {
            foreach (var (entity, _) in read[b].Mentions)
            {
                var positions = Of(namedIn, entity.Id);
                if (positions.Count == 0 || positions[^1] != b)
                {
                    positions.Add(b);
                }
            }
        }

        var shown = resolver.Entities.Where(e => e.File?.Hidden != true && namedIn.ContainsKey(e.Id)).ToList();
        var again = new Dictionary<string, SiteEntity>(StringComparer.Ordinal);
        foreach (var entity in kept is null ? [] : shown)
        {
            if (kept!.Entity(entity, namedIn[entity.Id], read) is { } same)
            {
                again[entity.Id] = same;
            }
        }

        // What the briefings say of every entity not taken again, in one pass in the site's order over the briefings
        // naming one (in a repeated build, the few around an edit).
        var mentions = new Dictionary<string, List<EntityMention>>(StringComparer.Ordinal);
        var quotes = new Dictionary<string, List<SiteQuote>>(StringComparer.Ordinal);
        var figures = new Dictionary<string, List<SiteFigure>>(StringComparer.Ordinal);
        var events = new Dictionary<string, List<TimelineEntry>>(StringComparer.Ordinal);
        foreach (var b in again.Count == 0 ? Enumerable.Range(0, briefings.Count) : Naming(shown.Where(e => !again.ContainsKey(e.Id)), namedIn))
        {
            var slug = briefings[b].Slug;
            foreach (var (entity, sentences) in read[b].Mentions)
            {
                if (!again.ContainsKey(entity.Id))
                {
                    var list = Of(mentions, entity.Id);
                    foreach (var sentence in sentences)
                    {
                        list.Add(new EntityMention(slug, sentence.Number, sentence.Text));
                    }
                }
            }

            foreach (var (speaker, quote) in read[b].Quotes)
            {
                if (!again.ContainsKey(speaker.Id))
                {
                    Of(quotes, speaker.Id).Add(new SiteQuote(slug, quote));
                }
            }

            foreach (var fact in read[b].Facts)
            {
                if (!again.ContainsKey(fact.EntityId) && fact.Kind == "figure")
                {
                    Of(figures, fact.EntityId).Add(new SiteFigure(fact.Statement.BriefingSlug, fact.Figure!));
                }
                else if (!again.ContainsKey(fact.EntityId) && fact.Kind == "event")
                {
                    Of(events, fact.EntityId).Add(new TimelineEntry(fact.Statement.BriefingSlug, fact.Event!));
                }
            }
        }

        var made = new List<SiteEntity>(shown.Count);
        foreach (var e in shown)
        {
            if (again.TryGetValue(e.Id, out var same))
            {
                made.Add(same);
                continue;
            }

            var entity = new SiteEntity
            {
                Id = e.Id,
                Name = e.Name,
                Type = e.Type,
                Aliases = e.Aliases,
                Roles = e.Roles,
                Description = e.File?.Description,
                Briefings = [.. ByDateThenMentions(namedIn[e.Id], e.Id, briefings, mentions).Select(b => briefings[b].Slug)],
                Mentions = mentions.GetValueOrDefault(e.Id) ?? [],
                Quotes = quotes.GetValueOrDefault(e.Id) ?? [],
                Figures = figures.GetValueOrDefault(e.Id) ?? [],
                Events = events.GetValueOrDefault(e.Id) is { } dated ? [.. dated.OrderBy(t => PartialDates.SortKey(t.Event.Date), StringComparer.Ordinal)] : [],
            };
            kept?.Keep(e, [.. namedIn[e.Id].Select(b => read[b])], entity);
            made.Add(entity);
        }

        kept?.KeepOnlyEntities(made);
        return made;
    }

    // The briefings naming an entity, the newest first as the site lists them; of one date (or of none, as an archive
    // without dates has), those that name it in the most sentences first, so its page opens with what is most about it.
    private static IEnumerable<int> ByDateThenMentions(List<int> positions, string id, List<Briefing> briefings, Dictionary<string, List<EntityMention>> mentions)
    {
        var counts = EntityMention.CountByBriefing(mentions.GetValueOrDefault(id) ?? []);
        return positions.OrderBy(b => CrossLinker.DateRank(briefings[b].Date))
            .ThenByDescending(b => counts.GetValueOrDefault(briefings[b].Slug))
            .ThenBy(b => b);
    }

    // The positions of the briefings naming any of these entities, in order.
    private static SortedSet<int> Naming(IEnumerable<ResolvedEntity> entities, Dictionary<string, List<int>> namedIn)
    {
        var positions = new SortedSet<int>();
        foreach (var entity in entities)
        {
            positions.UnionWith(namedIn[entity.Id]);
        }

        return positions;
    }

    private static List<T> Of<T>(Dictionary<string, List<T>> map, string key) => map.TryGetValue(key, out var list) ? list : map[key] = [];
}
