using BriefingSite.Model;

namespace BriefingSite.Link;

/// <summary>
/// What linking may take from the last build rather than make again: each step hands over a digest of what it reads,
/// and gets back the stored outcome when that digest is the one stored (see Cache/StoredView). By default, nothing is kept.
/// </summary>
public sealed class LinkMemory
{
    public static LinkMemory None { get; } = new();

    public Func<IReadOnlyList<Briefing>, IReadOnlyList<EntityFile>, HandIds, EntityResolver> Resolve { get; init; } = EntityResolver.Resolve;

    public Func<byte[], Func<IReadOnlyList<Corroboration>>, IReadOnlyList<Corroboration>> Corroborations { get; init; } = (_, make) => make();

    public Func<byte[], Func<IReadOnlyDictionary<string, IReadOnlyList<RelatedBriefing>>>, IReadOnlyDictionary<string, IReadOnlyList<RelatedBriefing>>> Relations { get; init; } = (_, make) => make();

    /// <summary>Linked briefings and readings kept in memory from the last build of this process; by default none.</summary>
    public LinkedBriefings? Briefings { get; init; }

    internal void Begin(EntityResolver resolver, IReadOnlyList<Briefing> ordered) => Briefings?.Begin(resolver, ordered);

    internal Briefing Link(Briefing parsed, int at, Func<List<EntityRef>> entities, Func<List<string>> related) =>
        Briefings?.Link(parsed, at, entities, related) ?? parsed with { Entities = entities(), Related = related() };

    internal List<TimelineEntry> Timeline(IReadOnlyList<Briefing> bySlug, Func<List<TimelineEntry>> make) => Briefings?.Timeline(bySlug, make) ?? make();

    internal BodyReading Reading(Briefing linked) => Briefings?.Reading(linked) ?? BodyReading.Of(linked);

    internal byte[] RelationInput(Briefing linked, Func<Briefing, byte[]> make) => Briefings?.RelationInput(linked, make) ?? make(linked);

    internal byte[] FactInput(BodyReading read, Func<BodyReading, byte[]> make) => Briefings?.FactInput(read, make) ?? make(read);
}
