using System.Runtime.CompilerServices;
using BriefingSite.Model;

namespace BriefingSite.Link;

/// <summary>
/// Linked briefings and their body readings, kept from one build to the next in a process that builds again and
/// again (the preview server). A briefing read from an unchanged file is the same object as last time: when it links
/// to the same entities and related briefings, the linked briefing made last time, and its reading, are taken again;
/// so is a site entity made from the same readings.
/// </summary>
/// <remarks>Keyed by object identity and dropped with the briefing; briefings are never changed once made.</remarks>
public sealed class LinkedBriefings
{
    private readonly ConditionalWeakTable<Briefing, Made> linked = new();
    private readonly ConditionalWeakTable<Briefing, BodyReading> readings = new();
    private readonly Dictionary<string, (ResolvedEntity Resolved, BodyReading[] NamedIn, SiteEntity Entity)> entities = new(StringComparer.Ordinal);

    // Digests of what the relations read of each linked briefing, and the corroborations of each reading (see CrossLinker).
    private readonly ConditionalWeakTable<Briefing, byte[]> relationInputs = new();
    private readonly ConditionalWeakTable<BodyReading, byte[]> factInputs = new();

    // What this site is linked with: its resolution, and its slugs in order, the same array while they are the same.
    private EntityResolver? resolver;
    private string[] slugs = [];

    // The last timeline, with the slugs and each briefing's events (in slug order) it was made from.
    private (string[] Slugs, IReadOnlyList<DatedEvent>[] Events, List<TimelineEntry> Entries)? timeline;

    /// <summary>Starts linking a site of these briefings (in slug order) with this resolution.</summary>
    public void Begin(EntityResolver resolution, IReadOnlyList<Briefing> ordered)
    {
        resolver = resolution;
        if (ordered.Count != slugs.Length || !ordered.Select(b => b.Slug).SequenceEqual(slugs, StringComparer.Ordinal))
        {
            slugs = [.. ordered.Select(b => b.Slug)];
        }
    }

    /// <summary>The briefing at this position, with the entities and related briefings these make: the one made last
    /// time when they are the same. Neither is made when the briefing was linked at this position with the same
    /// resolution among the same slugs, which are all they read.</summary>
    public Briefing Link(Briefing parsed, int at, Func<List<EntityRef>> entities, Func<List<string>> related)
    {
        var last = linked.TryGetValue(parsed, out var made) ? made : null;
        if (last is not null && resolver is not null && last.At == at && ReferenceEquals(last.Resolver, resolver) && ReferenceEquals(last.Slugs, slugs))
        {
            return last.Briefing;
        }

        var (now, among) = (entities(), related());
        var briefing = last is not null && SameEntities(last.Briefing.Entities, now) && last.Briefing.Related.SequenceEqual(among, StringComparer.Ordinal)
            ? last.Briefing
            : parsed with { Entities = now, Related = among };
        linked.AddOrUpdate(parsed, new Made(briefing, at, resolver, slugs));
        return briefing;
    }

    /// <summary>The site's timeline: the last one while each briefing has the events it had, else a new one.</summary>
    /// <param name="bySlug">The linked briefings in slug order, as <see cref="Begin"/> was given them.</param>
    /// <remarks>A timeline reads the briefings' slugs and events only; a retitled briefing has events equal to its last.</remarks>
    public List<TimelineEntry> Timeline(IReadOnlyList<Briefing> bySlug, Func<List<TimelineEntry>> make)
    {
        var events = bySlug.Select(b => b.Events).ToArray();
        if (timeline is not { } last || !ReferenceEquals(last.Slugs, slugs) || !SameEvents(last.Events, events))
        {
            timeline = (slugs, events, make());
        }

        return timeline.Value.Entries;
    }

    private static bool SameEvents(IReadOnlyList<DatedEvent>[] was, IReadOnlyList<DatedEvent>[] now)
    {
        if (was.Length != now.Length)
        {
            return false;
        }

        for (var at = 0; at < now.Length; at++)
        {
            if (!ReferenceEquals(was[at], now[at]) && !was[at].SequenceEqual(now[at]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The reading of a linked briefing, made once for each linked briefing.</summary>
    public BodyReading Reading(Briefing briefing) => readings.GetValue(briefing, BodyReading.Of);

    /// <summary>A digest of what the relations read of a linked briefing, made once for each.</summary>
    public byte[] RelationInput(Briefing linked, Func<Briefing, byte[]> make) => relationInputs.GetValue(linked, b => make(b));

    /// <summary>A digest of a reading's facts, made once for each reading.</summary>
    public byte[] FactInput(BodyReading read, Func<BodyReading, byte[]> make) => factInputs.GetValue(read, r => make(r));

    /// <summary>The site entity made last time from the same resolution and the same readings (the same objects, in order).</summary>
    /// <param name="namedIn">The positions in <paramref name="read"/> of the readings of the briefings naming it.</param>
    public SiteEntity? Entity(ResolvedEntity resolved, List<int> namedIn, List<BodyReading> read)
    {
        if (!entities.TryGetValue(resolved.Id, out var last) || last.NamedIn.Length != namedIn.Count || !SameResolution(last.Resolved, resolved))
        {
            return null;
        }

        for (var at = 0; at < namedIn.Count; at++)
        {
            if (!ReferenceEquals(last.NamedIn[at], read[namedIn[at]]))
            {
                return null;
            }
        }

        return last.Entity;
    }

    /// <summary>Keeps a site entity with what it was made from, for the next build.</summary>
    public void Keep(ResolvedEntity resolved, BodyReading[] namedIn, SiteEntity entity) => entities[resolved.Id] = (resolved, namedIn, entity);

    /// <summary>Forgets the entities the site no longer has.</summary>
    public void KeepOnlyEntities(IReadOnlyList<SiteEntity> site)
    {
        var ids = site.Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var id in entities.Keys.Where(id => !ids.Contains(id)).ToList())
        {
            entities.Remove(id);
        }
    }

    private static bool SameResolution(ResolvedEntity a, ResolvedEntity b) =>
        a.Name == b.Name && a.Type == b.Type && a.File?.Description == b.File?.Description
        && a.Aliases.SequenceEqual(b.Aliases, StringComparer.Ordinal) && a.Roles.SequenceEqual(b.Roles, StringComparer.Ordinal);

    private static bool SameEntities(IReadOnlyList<EntityRef> a, List<EntityRef> b)
    {
        if (a.Count != b.Count)
        {
            return false;
        }

        for (var i = 0; i < a.Count; i++)
        {
            var (x, y) = (a[i], b[i]);
            if (x.Id != y.Id || x.Name != y.Name || x.Type != y.Type || x.Role != y.Role || !x.Aliases.SequenceEqual(y.Aliases, StringComparer.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    private sealed record Made(Briefing Briefing, int At, EntityResolver? Resolver, string[] Slugs);
}
