using BriefingSite.Model;

namespace BriefingSite.Link;

/// <summary>Connects briefings: one id per entity across the site, related briefings, and the site's entity, tag and timeline views.</summary>
public static class CrossLinker
{
    /// <summary>Gives every entity its site-wide id and type, and every briefing its related briefings (as extraction writes them).</summary>
    public static IReadOnlyList<Briefing> Unify(IReadOnlyList<Briefing> briefings, IReadOnlyList<EntityFile> entityFiles)
    {
        var resolver = EntityResolver.Resolve(briefings, entityFiles);
        var known = new KnownNameFinder(resolver.Entities);
        var unified = briefings.AsParallel().AsOrdered()
            .Select((b, i) => known.AddMissed(b with { Entities = Rewrite(b, i, resolver, keepHidden: true) }))
            .ToList();
        var related = RelatedFinder.Find(unified);
        return unified.Select((b, i) => b with { Related = related[i] }).ToList();
    }

    /// <summary>Builds the site from briefings as their front matter stands, with entity files applied.</summary>
    public static Site Link(IReadOnlyList<Briefing> briefings, IReadOnlyList<EntityFile> entityFiles, SiteSettings settings)
    {
        var ordered = briefings.OrderBy(b => b.Slug, StringComparer.Ordinal).ToList();
        var resolver = EntityResolver.Resolve(ordered, entityFiles);
        var slugs = ordered.Select(b => b.Slug).ToHashSet(StringComparer.Ordinal);
        var linked = ordered
            .Select((b, i) => b with
            {
                Entities = Rewrite(b, i, resolver, keepHidden: false),
                Related = b.Related.Where(r => r != b.Slug && slugs.Contains(r)).Distinct(StringComparer.Ordinal).ToList(),
            })
            .OrderBy(b => b.Date is null ? 1 : 0).ThenByDescending(b => b.Date).ThenBy(b => b.Title, StringComparer.Ordinal).ThenBy(b => b.Slug, StringComparer.Ordinal)
            .ToList();

        var related = RelatedFinder.Index(linked);
        var facts = new List<StatedFact>();
        var position = linked.Select((b, i) => (b.Slug, i)).ToDictionary(x => x.Slug, x => x.i, StringComparer.Ordinal);
        return new Site
        {
            Settings = settings,
            Briefings = linked,
            Entities = SiteEntities(linked, resolver, facts),
            Tags = linked.SelectMany(b => b.Tags.Distinct(StringComparer.Ordinal).Select(t => (Tag: t, b.Slug)))
                .GroupBy(x => x.Tag, StringComparer.Ordinal)
                .OrderBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => KeyValuePair.Create(g.Key, (IReadOnlyList<string>)g.Select(x => x.Slug).ToList()))
                .ToList(),
            Timeline = linked.SelectMany(b => b.Events.Select(e => new TimelineEntry(b.Slug, e)))
                .OrderBy(t => PartialDates.SortKey(t.Event.Date), StringComparer.Ordinal)
                .ThenBy(t => t.BriefingSlug, StringComparer.Ordinal)
                .ThenBy(t => t.Event.Sentence ?? 0)
                .ToList(),
            Relations = linked.ToDictionary(
                b => b.Slug,
                b => (IReadOnlyList<RelatedBriefing>)b.Related.Select(r => related.Explain(position[b.Slug], position[r])).ToList(),
                StringComparer.Ordinal),
            Corroborations = CorroborationFinder.Find(facts),
        };
    }

    private static List<EntityRef> Rewrite(Briefing briefing, int index, EntityResolver resolver, bool keepHidden)
    {
        var entities = new List<EntityRef>();
        foreach (var entity in briefing.Entities)
        {
            var site = resolver.Of(index, entity.Id);
            if (!keepHidden && site.File?.Hidden == true)
            {
                continue;
            }

            var same = entities.FindIndex(e => e.Id == site.Id);
            if (same >= 0)
            {
                var aliases = entities[same].Aliases.Concat(entity.Aliases).Append(entity.Name).Where(a => a != entities[same].Name);
                entities[same] = entities[same] with { Aliases = aliases.Distinct(StringComparer.Ordinal).ToList(), Role = entities[same].Role ?? entity.Role };
                continue;
            }

            entities.Add(entity with { Id = site.Id, Type = site.Type });
        }

        return entities;
    }

    private static List<SiteEntity> SiteEntities(List<Briefing> briefings, EntityResolver resolver, List<StatedFact> facts)
    {
        var mentions = new Dictionary<string, List<EntityMention>>(StringComparer.Ordinal);
        var quotes = new Dictionary<string, List<SiteQuote>>(StringComparer.Ordinal);
        var appearsIn = new Dictionary<string, List<string>>(StringComparer.Ordinal);

        // Each briefing is read on its own, in parallel; what it says is gathered in site order.
        var read = briefings.AsParallel().AsOrdered().Select(Read).ToList();
        for (var b = 0; b < briefings.Count; b++)
        {
            var (briefing, (found, stated, spoken)) = (briefings[b], read[b]);
            foreach (var (entity, sentences) in found)
            {
                Add(appearsIn, entity.Id, briefing.Slug);
                foreach (var sentence in sentences)
                {
                    Add(mentions, entity.Id, new EntityMention(briefing.Slug, sentence.Number, sentence.Text));
                }
            }

            facts.AddRange(stated);
            foreach (var (speaker, quote) in spoken)
            {
                Add(quotes, speaker.Id, new SiteQuote(briefing.Slug, quote));
            }
        }

        var placed = facts.GroupBy(f => (f.EntityId, f.Kind)).ToDictionary(g => g.Key, g => g.ToList());
        return resolver.Entities
            .Where(e => appearsIn.ContainsKey(e.Id) && e.File?.Hidden != true)
            .Select(e => new SiteEntity
            {
                Id = e.Id,
                Name = e.Name,
                Type = e.Type,
                Aliases = e.Aliases,
                Roles = e.Roles,
                Description = e.File?.Description,
                Briefings = appearsIn[e.Id].Distinct(StringComparer.Ordinal).ToList(),
                Mentions = mentions.GetValueOrDefault(e.Id) ?? [],
                Quotes = quotes.GetValueOrDefault(e.Id) ?? [],
                Figures = placed.GetValueOrDefault((e.Id, "figure")) is { } figures ? [.. figures.Select(f => new SiteFigure(f.Statement.BriefingSlug, f.Figure!))] : [],
                Events = placed.GetValueOrDefault((e.Id, "event")) is { } events
                    ? [.. events.Select(f => new TimelineEntry(f.Statement.BriefingSlug, f.Event!)).OrderBy(t => PartialDates.SortKey(t.Event.Date), StringComparer.Ordinal)]
                    : [],
            })
            .ToList();
    }

    private static (List<(EntityRef Entity, IReadOnlyList<BodySentence> Sentences)> Mentions, List<StatedFact> Facts, List<(EntityRef Speaker, Quote Quote)> Quotes) Read(Briefing briefing)
    {
        var sentences = BodySentences.Enumerate(briefing.Body);
        var mentions = briefing.Entities.Select(e => (e, MentionFinder.Find(sentences, e))).ToList();
        var named = new Dictionary<int, List<EntityRef>>();
        foreach (var (entity, found) in mentions)
        {
            foreach (var sentence in found)
            {
                Add(named, sentence.Number, entity);
            }
        }

        var quotes = briefing.Quotes.Select(q => (Speaker: SpeakerOf(q, briefing), Quote: q))
            .Where(q => q.Speaker is not null).Select(q => (q.Speaker!, q.Quote)).ToList();
        return (mentions, FactPlacer.Place(briefing, named).ToList(), quotes);
    }

    /// <summary>The entity of the briefing a quote's speaker names: by name or alias, or by surname for people.</summary>
    public static EntityRef? SpeakerOf(Quote quote, Briefing briefing)
    {
        var speaker = quote.Speaker.Trim();
        return briefing.Entities.FirstOrDefault(e => e.Aliases.Prepend(e.Name).Contains(speaker, StringComparer.OrdinalIgnoreCase))
            ?? briefing.Entities.FirstOrDefault(e => e.Type == EntityType.Person
                && NameKeys.Words(e.Name) is [.., var surname] && NameKeys.Words(speaker) is [.., var said] && surname == said);
    }

    private static void Add<TKey, T>(Dictionary<TKey, List<T>> map, TKey key, T value) where TKey : notnull =>
        (map.TryGetValue(key, out var list) ? list : map[key] = []).Add(value);
}
