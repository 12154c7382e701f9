using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using BriefingSite.Model;

namespace BriefingSite.Render;

/// <summary>Where each briefing, entity and tag page lives, as paths relative to the site root.</summary>
public sealed class SiteLinks
{
    private readonly Dictionary<string, Briefing> briefings = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (SiteEntity Entity, string Url)> entities = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> tagFiles = new(StringComparer.Ordinal);

    public SiteLinks(Site site)
    {
        foreach (var briefing in site.Briefings)
        {
            briefings.TryAdd(briefing.Slug, briefing);
        }

        foreach (var entity in site.Entities.Where(e => !e.Hidden))
        {
            entities.TryAdd(entity.Id, (entity, $"entities/{PathSegment.Of(entity.Id)}.html"));
        }

        // Two tags that differ only in case or punctuation would share a file name; later ones get a number.
        var taken = new HashSet<string>(StringComparer.Ordinal);
        foreach (var tag in site.Tags.Select(t => t.Key).Concat(site.Briefings.SelectMany(b => b.Tags)))
        {
            if (tagFiles.ContainsKey(tag))
            {
                continue;
            }

            var file = PathSegment.Of(tag);
            for (var n = 2; !taken.Add(file); n++)
            {
                file = $"{PathSegment.Of(tag)}-{n}";
            }

            tagFiles[tag] = file;
        }
    }

    // How many sentences of each briefing name an entity, made when first asked and kept with the entity object: a
    // repeated render (the preview server) counts again only the entities that changed.
    private static readonly ConditionalWeakTable<SiteEntity, Dictionary<string, int>> Counts = new();

    public Briefing? Briefing(string slug) => briefings.GetValueOrDefault(slug);

    /// <summary>True when both give every tag the same file.</summary>
    public bool SameTagFiles(SiteLinks other) =>
        tagFiles.Count == other.tagFiles.Count && tagFiles.All(t => other.tagFiles.TryGetValue(t.Key, out var file) && file == t.Value);

    /// <summary>The visible entity with this id, or null when it is hidden or unknown.</summary>
    public SiteEntity? Entity(string id) => entities.GetValueOrDefault(id).Entity;

    /// <summary>How many sentences of a briefing mention a (visible) entity.</summary>
    public int MentionCount(string entityId, string briefingSlug) =>
        Entity(entityId) is { } entity ? Counts.GetValue(entity, e => EntityMention.CountByBriefing(e.Mentions)).GetValueOrDefault(briefingSlug) : 0;

    public static string BriefingUrl(string slug) => $"briefings/{PathSegment.Of(slug)}.html";

    public static string SentenceUrl(string slug, int? sentence) =>
        sentence is int n ? $"briefings/{PathSegment.Of(slug)}.html#s{n}" : BriefingUrl(slug);

    public string? EntityUrl(string id) => entities.GetValueOrDefault(id).Url;

    public string TagUrl(string tag) => $"tags/{tagFiles.GetValueOrDefault(tag) ?? PathSegment.Of(tag)}.html";

    // The small maps that many pages show alike are made once per render and shared: templates only read them.
    private readonly ConcurrentDictionary<string, Dictionary<string, object?>> entityLinks = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Dictionary<string, object?>> tagLinks = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Dictionary<string, object?>> lines = new(StringComparer.Ordinal);

    /// <summary>A visible entity as a link: its name and url.</summary>
    public Dictionary<string, object?> EntityLink(SiteEntity entity) =>
        entityLinks.GetOrAdd(entity.Id, static (_, arg) => new(2) { ["name"] = arg.Entity.Name, ["url"] = arg.Links.EntityUrl(arg.Entity.Id) }, (Entity: entity, Links: this));

    /// <summary>A tag as a link: its name and url.</summary>
    public Dictionary<string, object?> TagLink(string tag) =>
        tagLinks.GetOrAdd(tag, static (tag, links) => new(2) { ["name"] = tag, ["url"] = links.TagUrl(tag) }, this);

    /// <summary>A briefing as one line of a list: its title, link and date (see <see cref="IndexViews.Line(Briefing)"/>).</summary>
    /// <remarks>For the briefing this map knows by its slug (the first of two with one slug).</remarks>
    public Dictionary<string, object?> Line(Briefing briefing) =>
        ReferenceEquals(Briefing(briefing.Slug), briefing) ? lines.GetOrAdd(briefing.Slug, static (_, briefing) => IndexViews.Line(briefing), briefing) : IndexViews.Line(briefing);
}
