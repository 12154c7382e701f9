using System.Security.Cryptography;
using System.Text.Json;
using BriefingSite.Model;
using BriefingSite.Render.Graph;

namespace BriefingSite.Render;

/// <summary>
/// A key for each briefing, entity and tag page: a hash of every part of the site the page is made from, taken from
/// the linked site without building the page. A page whose key is unchanged since the last build is neither built
/// nor rendered, so an edit to one briefing costs the pages that show it, not all 27,000 of a large site.
/// </summary>
/// <remarks>
/// What each page reads, and so what its key holds:
/// <list type="bullet">
/// <item>A briefing page (and its card on tag pages): the whole linked briefing; for each of its entities, the
/// entity's id, name and type as the site knows it and how often the briefing names it; its tags' pages; the title and
/// date of each related briefing; why each relates (the shared entities and tags its line shows); and the corroborations it takes part in, with the titles of the
/// other briefings and the names of the entities in them.</item>
/// <item>An entity page: the whole site entity (quotes, figures, events, briefings, and where it is mentioned), the
/// content of each briefing it lists (which holds the text of its mentions), its corroborations, and its
/// neighbourhood graph with the neighbours' names.</item>
/// <item>A tag page: its tag, the keys of the briefings it shows as cards, and the title and date of the others.</item>
/// </list>
/// Every key also holds the theme, the site settings, the page's path, template, title and description.
/// The pages that list the whole site (home, archive, timeline, indexes, graph) are not keyed: their data is hashed (a
/// repeated render takes that hash again while the parts of the site they show are as they were, see <see cref="PageKeyMemory"/>).
/// What depends on one briefing or entity alone is digested once per object (see <see cref="RecordDigests"/>), and each
/// corroboration once per render; a key may change when its page does not (a page made again), never the reverse.
/// </remarks>
public sealed class PageKeys
{
    // Each briefing's key once made (its page and tag pages' cards ask for it), by position in the site. No lock: two
    // threads that ask at once both make it, the same.
    private readonly Dictionary<string, int> positions = new(StringComparer.Ordinal);
    private readonly string?[] briefingKeys;
    private readonly Site site;
    private readonly SiteLinks links;
    private readonly EntityGraph graph;
    private readonly KnowledgeViews.Index corroborations;

    // A corroboration shows on the page of each briefing and entity in it: its digest is made once, by position in the index.
    private readonly byte[]?[] corroborationDigests;

    /// <summary>In a repeated render, the keys kept from the last: a tag page's cards take their briefing pages' kept keys.</summary>
    internal KeptKeys? Kept { get; set; }

    /// <summary>What every key holds: a digest of the theme and the site's settings.</summary>
    public byte[] Common { get; }

    public PageKeys(Site site, SiteLinks links, EntityGraph graph, KnowledgeViews.Index corroborations, byte[] theme)
    {
        (this.site, this.links, this.graph, this.corroborations) = (site, links, graph, corroborations);
        Common = CommonOf(theme, site.Settings);
        corroborationDigests = new byte[corroborations.All.Count][];
        briefingKeys = new string?[site.Briefings.Count];
        for (var at = 0; at < site.Briefings.Count; at++)
        {
            positions.TryAdd(site.Briefings[at].Slug, at);
        }
    }

    /// <remarks>Of two briefings with one slug, the first has the page (as in <see cref="SiteLinks"/>): its key is the page's.</remarks>
    public string Briefing(Briefing briefing)
    {
        var at = positions[briefing.Slug];
        if (Volatile.Read(ref briefingKeys[at]) is not { } key)
        {
            var first = site.Briefings[at];
            string Make() => KeyOf(first);
            Volatile.Write(ref briefingKeys[at], key = Kept?.KeptOrNull(SiteLinks.BriefingUrl(first.Slug), PageSubject.Briefing(first.Slug), Make) ?? Make());
        }

        return key;
    }

    public string Entity(SiteEntity entity, string path)
    {
        using var key = Start("entity", path, entity.Name, null, Common);
        key.Bytes(RecordDigests.Entity(entity));

        // The content of each briefing it lists or takes a mention, quote, figure or event from (repeats cost a little only).
        Contents(key, entity.Briefings, static slug => slug);
        MentionContents(key, entity);
        Contents(key, entity.Quotes, static q => q.BriefingSlug);
        Contents(key, entity.Figures, static f => f.BriefingSlug);
        Contents(key, entity.Events, static e => e.BriefingSlug);
        key.Number(-1);

        Corroborations(key, corroborations.OfEntity(entity.Id));
        var (nodes, edges) = graph.Around(entity.Id, KnowledgeViews.Neighbours);
        key.Number(nodes.Count);
        foreach (var node in nodes)
        {
            key.Text(node.Id);
            key.Text(node.Name);
            key.Number((int)node.Type);
            key.Number(node.Weight);
        }

        key.Number(edges.Count);
        foreach (var edge in edges)
        {
            key.Number(edge.From);
            key.Number(edge.To);
            key.Number(edge.Weight);
        }

        return key.FinishHex();
    }

    public string Tag(string tag, string path, IReadOnlyList<string> slugs)
    {
        using var key = Start("tag", path, tag, null, Common);
        key.Text(links.TagUrl(tag));
        var shown = slugs.Where(slug => links.Briefing(slug) is not null).ToList();
        var cards = Math.Min(shown.Count, IndexViews.Cards);
        key.Number(cards);
        for (var at = 0; at < cards; at++)
        {
            key.Text(Briefing(links.Briefing(shown[at])!));
        }

        key.Number(shown.Count - cards);
        for (var at = cards; at < shown.Count; at++)
        {
            key.Shown(shown[at], links);
        }

        return key.FinishHex();
    }

    // What every page is made with: the theme (any template may be a partial of it) and the site's settings.
    private static byte[] CommonOf(byte[] theme, SiteSettings settings) =>
        SHA256.HashData([.. theme, .. JsonSerializer.SerializeToUtf8Bytes(settings, Cache.CacheJson.Default.SiteSettings)]);

    private static DigestBuilder Start(string template, string path, string title, string? description, byte[] common)
    {
        var key = new DigestBuilder();
        key.Bytes(common);
        key.Text(template);
        key.Text(path);
        key.Text(title);
        key.Text(description);
        return key;
    }

    private string KeyOf(Briefing briefing)
    {
        using var key = Start("briefing", SiteLinks.BriefingUrl(briefing.Slug), briefing.Title, briefing.Summary, Common);
        key.Bytes(RecordDigests.Content(briefing));
        key.Number(briefing.Entities.Count);
        foreach (var entity in briefing.Entities)
        {
            key.Entity(entity.Id, links);
            key.Number(links.MentionCount(entity.Id, briefing.Slug));
        }

        key.Number(briefing.Tags.Count);
        foreach (var tag in briefing.Tags)
        {
            key.Text(links.TagUrl(tag));
        }

        key.Number(briefing.Related.Count);
        foreach (var related in briefing.Related)
        {
            key.Shown(related, links);
        }

        var reasons = site.Relations.GetValueOrDefault(briefing.Slug) ?? [];
        key.Number(reasons.Count);
        foreach (var why in reasons)
        {
            // Of why they relate, a page shows the first few visible shared entities and the first tags: those are keyed.
            // Not the score, which no page shows: it moves for every pair whenever a briefing is added (each shared
            // entity weighs by its rarity across the site), and would make every briefing page again.
            key.Text(why.Slug);
            for (int at = 0, shown = 0; at < why.Entities.Count && shown < KnowledgeViews.ReasonEntities; at++)
            {
                shown += key.Entity(why.Entities[at], links) ? 1 : 0;
            }

            key.Number(-1);
            for (var at = 0; at < why.Tags.Count && at < KnowledgeViews.ReasonTags; at++)
            {
                key.Text(why.Tags[at]);
                key.Text(links.TagUrl(why.Tags[at]));
            }

            key.Number(-1);
        }

        Corroborations(key, corroborations.OfBriefing(briefing.Slug));
        return key.FinishHex();
    }

    /// <summary>The content of the briefing each item comes from; an item from the same briefing as the one before adds nothing.</summary>
    private void Contents<T>(DigestBuilder key, IReadOnlyList<T> items, Func<T, string> slugOf)
    {
        string? last = null;
        foreach (var item in items)
        {
            var slug = slugOf(item);
            if (ReferenceEquals(slug, last) || slug == last)
            {
                continue;
            }

            last = slug;
            if (links.Briefing(slug) is { } briefing)
            {
                key.Bytes(RecordDigests.Content(briefing));
            }
            else
            {
                key.Bytes([]);
                key.Text(slug);
            }
        }
    }

    /// <summary>The content of the briefings its mentions come from, but for those of its briefings, already keyed.</summary>
    /// <remarks>Mentions come in briefing order, as its briefings do: most runs of mentions meet the next of its briefings.</remarks>
    private void MentionContents(DigestBuilder key, SiteEntity entity)
    {
        var (mentions, listed) = (entity.Mentions, entity.Briefings);
        var next = 0;
        for (var start = 0; start < mentions.Count;)
        {
            var slug = mentions[start].BriefingSlug;
            var end = start + 1;
            while (end < mentions.Count && (ReferenceEquals(mentions[end].BriefingSlug, slug) || mentions[end].BriefingSlug == slug))
            {
                end++;
            }

            start = end;
            if (next < listed.Count && listed[next] == slug)
            {
                next++;
            }
            else
            {
                key.Bytes(links.Briefing(slug) is { } briefing ? RecordDigests.Content(briefing) : []);
                key.Text(slug);
            }
        }
    }

    private void Corroborations(DigestBuilder key, IReadOnlyList<int> positions)
    {
        key.Number(positions.Count);
        foreach (var at in positions)
        {
            // Two threads may make the same digest: both make the same bytes.
            key.Bytes(corroborationDigests[at] ??= DigestOf(corroborations.All[at], links));
        }
    }

    // A corroboration as pages show it: its facts with the titles of the briefings that state them, the names of its entities.
    private static byte[] DigestOf(Corroboration corroboration, SiteLinks links)
    {
        // Field by field (PageKeysTests holds the list of fields, so a new one is not forgotten here).
        using var key = new DigestBuilder();
        key.Text(corroboration.Kind);
        key.Number(corroboration.Agrees ? 1 : 0);
        key.Number(corroboration.Statements.Count);
        foreach (var statement in corroboration.Statements)
        {
            key.Text(statement.BriefingSlug);
            key.Number(statement.Sentence ?? -1);
            key.Text(statement.Value);
            key.Text(statement.Text);
            key.Shown(statement.BriefingSlug, links);
        }

        key.Number(corroboration.Entities.Count);
        foreach (var id in corroboration.Entities)
        {
            key.Entity(id, links);
        }

        return key.Finish();
    }
}
