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
                var positions = namedIn.TryGetValue(entity.Id, out var list) ? list : namedIn[entity.Id] = [];
                if (positions.Count == 0 || positions[^1] != b)
                {
                    positions.Add(b);
                }
            }
        }

        var made = new List<SiteEntity>();
        foreach (var entity in resolver.Entities)
        {
            if (entity.File?.Hidden != true && namedIn.TryGetValue(entity.Id, out var positions))
            {
                made.Add(kept?.Entity(entity, [.. positions.Select(b => read[b])], () => Make(entity, positions, briefings, read)) ?? Make(entity, positions, briefings, read));
            }
        }

        kept?.KeepOnlyEntities(made);
        return made;
    }

    private static SiteEntity Make(ResolvedEntity entity, List<int> positions, List<Briefing> briefings, List<BodyReading> read)
    {
        var mentions = new List<EntityMention>();
        var quotes = new List<SiteQuote>();
        var figures = new List<SiteFigure>();
        var events = new List<TimelineEntry>();
        foreach (var b in positions)
        {
            var slug = briefings[b].Slug;
            foreach (var (named, sentences) in read[b].Mentions)
            {
                if (named.Id == entity.Id)
                {
                    mentions.AddRange(sentences.Select(s => new EntityMention(slug, s.Number, s.Text)));
                }
            }

            quotes.AddRange(read[b].Quotes.Where(q => q.Speaker.Id == entity.Id).Select(q => new SiteQuote(slug, q.Quote)));
            foreach (var fact in read[b].Facts.Where(f => f.EntityId == entity.Id))
            {
                if (fact.Kind == "figure")
                {
                    figures.Add(new SiteFigure(fact.Statement.BriefingSlug, fact.Figure!));
                }
                else if (fact.Kind == "event")
                {
                    events.Add(new TimelineEntry(fact.Statement.BriefingSlug, fact.Event!));
                }
            }
        }

        return new SiteEntity
        {
            Id = entity.Id,
            Name = entity.Name,
            Type = entity.Type,
            Aliases = entity.Aliases,
            Roles = entity.Roles,
            Description = entity.File?.Description,
            Briefings = [.. positions.Select(b => briefings[b].Slug)],
            Mentions = mentions,
            Quotes = quotes,
            Figures = figures,
            Events = [.. events.OrderBy(t => PartialDates.SortKey(t.Event.Date), StringComparer.Ordinal)],
        };
    }
}
