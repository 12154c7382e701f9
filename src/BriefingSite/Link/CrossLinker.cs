using BriefingSite.Model;

namespace BriefingSite.Link;

/// <summary>Connects briefings: one id per entity across the site, related briefings, and the site's entity, tag and timeline views.</summary>
public static class CrossLinker
{
    /// <summary>Gives every entity its site-wide id and type, and every briefing its related briefings (as extraction writes them).</summary>
    public static IReadOnlyList<Briefing> Unify(IReadOnlyList<Briefing> briefings, IReadOnlyList<EntityFile> entityFiles)
    {
        var resolver = EntityResolver.Resolve(briefings, entityFiles);
        PhaseClock.Mark("unify: resolve");
        var known = new KnownNameFinder(resolver.Entities);
        var unified = briefings.AsBalancedParallel().AsOrdered()
            .Select((b, i) =>
            {
                // The body is split into sentences once, for the names it misses and for how often it names each entity.
                var sentences = new SentenceText(BodySentences.Enumerate(b.Body));
                var found = known.AddMissed(b with { Entities = Rewrite(b, i, resolver, keepHidden: true) }, sentences.Sentences);
                return (Briefing: found, Mentions: (IReadOnlyList<int>)found.Entities.Select(e => MentionFinder.Find(sentences, e).Count).ToList());
            })
            .ToList();
        PhaseClock.Mark("unify: add missed, mentions");
        var related = RelatedFinder.Find(unified.Select(u => u.Briefing).ToList(), unified.Select(u => u.Mentions).ToList());
        return unified.Select((u, i) => u.Briefing with { Related = related[i] }).ToList();
    }

    /// <summary>Builds the site from briefings as their front matter stands, with entity files applied.</summary>
    /// <param name="memory">What may be taken from the last build (by default, nothing): resolution, corroborations, relations.</param>
    /// <param name="handIds">Entity ids written by hand into generated briefings (by default, none).</param>
    public static Site Link(IReadOnlyList<Briefing> briefings, IReadOnlyList<EntityFile> entityFiles, SiteSettings settings, LinkMemory? memory = null, HandIds? handIds = null)
    {
        memory ??= LinkMemory.None;
        var ordered = briefings.OrderBy(b => b.Slug, StringComparer.Ordinal).ToList();
        var resolver = memory.Resolve(ordered, entityFiles, handIds ?? HandIds.None);
        PhaseClock.Mark("link: resolve");
        var slugs = ordered.Select(b => b.Slug).ToHashSet(StringComparer.Ordinal);
        memory.Begin(resolver, ordered);
        var linked = ordered.AsBalancedParallel().AsOrdered()
            .Select((b, i) => memory.Link(b, i, () => Rewrite(b, i, resolver, keepHidden: false), () => b.Related.Where(r => r != b.Slug && slugs.Contains(r)).Distinct(StringComparer.Ordinal).ToList()))
            .AsSequential()
            .OrderBy(b => DateRank(b.Date)).ThenBy(b => b.Title, StringComparer.Ordinal).ThenBy(b => b.Slug, StringComparer.Ordinal)
            .ToList();

        PhaseClock.Mark("link: rewrite");
        var read = linked.AsBalancedParallel().AsOrdered().Select(memory.Reading).ToList();
        PhaseClock.Mark("link: reading");

        // The site's views below each read the linked briefings and none writes them: made side by side.
        // Relations and corroborations are worked out in slug order: an edit that only moves a briefing in the site's
        // order (a new title or date among briefings of one day) leaves what they read, and so their stored outcome, as it was.
        var bySlug = Enumerable.Range(0, linked.Count).OrderBy(i => linked[i].Slug, StringComparer.Ordinal).ToList();
        var (slugLinked, slugRead) = (bySlug.ConvertAll(i => linked[i]), bySlug.ConvertAll(i => read[i]));
        var slugFacts = slugRead.SelectMany(r => r.Facts).ToList();
        var relations = Task.Run(() => memory.Relations(RelationInputs(slugLinked, slugRead, memory), () => Relations(slugLinked, slugRead)));
        var entities = Task.Run(() => SiteEntities.Make(linked, read, resolver, memory.Briefings));
        var corroborations = Task.Run(() => memory.Corroborations(FactInputs(slugRead, memory), () => CorroborationFinder.Find(slugFacts)));
        var tags = Task.Run(() => Tags(linked));
        var timeline = memory.Timeline(slugLinked, () => Timeline(linked));
        return new Site
        {
            Settings = settings,
            Briefings = linked,
            Entities = entities.Result,
            Tags = tags.Result,
            Timeline = timeline,
            Relations = relations.Result,
            Corroborations = corroborations.Result,
        };
    }

    // All that the relations read: each briefing's slug, date and tags, its entities with how often it names each, and
    // its related briefings; digested per briefing (once per linked briefing in a process that keeps them).
    private static byte[] RelationInputs(List<Briefing> linked, List<BodyReading> read, LinkMemory memory)
    {
        using var digest = new DigestBuilder();
        digest.Number(linked.Count);
        for (var b = 0; b < linked.Count; b++)
        {
            var reading = read[b];
            digest.Bytes(memory.RelationInput(linked[b], briefing => RelationInput(briefing, reading)));
        }

        return digest.Finish();
    }

    // All that the corroborations read: the facts of each briefing, digested per reading (once per reading in a process
    // that keeps them).
    private static byte[] FactInputs(List<BodyReading> read, LinkMemory memory)
    {
        using var digest = new DigestBuilder();
        digest.Number(read.Count);
        foreach (var reading in read)
        {
            digest.Bytes(memory.FactInput(reading, r => CorroborationFinder.InputDigest(r.Facts)));
        }

        return digest.Finish();
    }

    private static byte[] RelationInput(Briefing linked, BodyReading read)
    {
        using var digest = new DigestBuilder();
        digest.Text(linked.Slug);
        digest.Number(linked.Date?.DayNumber ?? -1);
        digest.Texts(linked.Tags);
        digest.Texts(linked.Related);
        digest.Number(read.Mentions.Count);
        foreach (var (entity, sentences) in read.Mentions)
        {
            digest.Text(entity.Id);
            digest.Number(sentences.Count);
        }

        return digest.Finish();
    }

    private static Dictionary<string, IReadOnlyList<RelatedBriefing>> Relations(List<Briefing> linked, List<BodyReading> read)
    {
        var related = RelatedFinder.Index(linked, read.Select(r => r.MentionCounts).ToList());
        var position = linked.Select((b, i) => (b.Slug, i)).ToDictionary(x => x.Slug, x => x.i, StringComparer.Ordinal);
        return linked.AsBalancedParallel().AsOrdered()
            .Select(b => (b.Slug, Why: (IReadOnlyList<RelatedBriefing>)b.Related.Select(r => related.Explain(position[b.Slug], position[r])).ToList()))
            .ToList()
            .ToDictionary(x => x.Slug, x => x.Why, StringComparer.Ordinal);
    }

    /// <summary>Where a briefing of this date stands in the site's order: the newest first, the undated last.</summary>
    internal static int DateRank(DateOnly? date) => date is { } day ? -day.DayNumber : int.MaxValue;

    // Each tag's briefings, the newest first as the site lists them; of one date (or of none), those that give the tag
    // earlier among their own tags (the more central to them) first.
    private static List<KeyValuePair<string, IReadOnlyList<string>>> Tags(List<Briefing> linked) =>
        linked.SelectMany((b, at) => b.Tags.Distinct(StringComparer.Ordinal).Select((t, rank) => (Tag: t, b.Slug, b.Date, Rank: rank, At: at)))
            .GroupBy(x => x.Tag, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => KeyValuePair.Create(g.Key, (IReadOnlyList<string>)g
                .OrderBy(x => DateRank(x.Date)).ThenBy(x => x.Rank).ThenBy(x => x.At)
                .Select(x => x.Slug).ToList()))
            .ToList();

    // An event told word for word on one date by several briefings (an article saved twice, a syndicated report) is
    // listed once, from the first briefing in slug order.
    private static List<TimelineEntry> Timeline(List<Briefing> linked) =>
        linked.SelectMany(b => b.Events.Select(e => new TimelineEntry(b.Slug, e)))
            .OrderBy(t => PartialDates.SortKey(t.Event.Date), StringComparer.Ordinal)
            .ThenBy(t => t.BriefingSlug, StringComparer.Ordinal)
            .ThenBy(t => t.Event.Sentence ?? 0)
            .DistinctBy(t => (t.Event.Date, t.Event.Text))
            .ToList();

    private static List<EntityRef> Rewrite(Briefing briefing, int index, EntityResolver resolver, bool keepHidden)
    {
        var entities = new List<EntityRef>();
        for (var position = 0; position < briefing.Entities.Count; position++)
        {
            var entity = briefing.Entities[position];
            var site = resolver.Of(index, position);
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

    /// <summary>The entity of the briefing a quote's speaker names: by name or alias, or by surname for people.</summary>
    public static EntityRef? SpeakerOf(Quote quote, Briefing briefing)
    {
        var speaker = quote.Speaker.Trim();
        return briefing.Entities.FirstOrDefault(e => e.Aliases.Prepend(e.Name).Contains(speaker, StringComparer.OrdinalIgnoreCase))
            ?? briefing.Entities.FirstOrDefault(e => e.Type == EntityType.Person
                && NameKeys.Words(e.Name) is [.., var surname] && NameKeys.Words(speaker) is [.., var said] && surname == said);
    }
}
