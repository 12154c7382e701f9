using System.Collections.Concurrent;
using BriefingSite.Model;
using BriefingSite.Render.Graph;

namespace BriefingSite.Render;

/// <summary>
/// The page keys of the last render in this process and what they were made from, so that a repeated build (the
/// preview server) takes again the key of every page none of whose inputs changed instead of making all 27,000.
/// </summary>
/// <remarks>
/// <para>A repeated build takes again each linked briefing and site entity that did not change, as the same object
/// (see <c>LinkedBriefings</c>): a briefing or entity that is not the object it was is one that changed. From those,
/// the pages reading any of them are found, following what <see cref="PageKeys"/> puts in each key; every other page
/// keeps its key. What many pages read (the theme, the settings, the entity files, the tag files, the relations and the
/// corroborations) must be as it was, else every key is made.</para>
/// <para>The pages listing the whole site have no key but the hash of their data: the last hash is taken again while
/// the parts of the site a page shows (<see cref="SiteParts"/>) are as they were, so a summary edited costs neither
/// the timeline nor the archive, and an edit that leaves every entity as the graph draws it costs neither the entity
/// index nor the graph page.</para>
/// <para>With <see cref="Verify"/>, each kept key is made too, and one that differs throws: the tests build so.</para>
/// </remarks>
public sealed class PageKeyMemory
{
    private Last? last;
    private KeptKeys? plan;

    // The briefing views the last repeated render made or took again, by slug, under the key of the briefing's page
    // (which holds all the view shows); and those of this render, for the next.
    private Dictionary<string, (string Key, Dictionary<string, object?> View)> lastViews = new(StringComparer.Ordinal);
    private ConcurrentDictionary<string, (string Key, Dictionary<string, object?> View)> views = new(StringComparer.Ordinal);

    /// <summary>How many briefing views a repeated render keeps for the next at most: each holds its body's HTML.</summary>
    internal const int ViewsKept = 1000;

    private int viewsTaken;

    /// <summary>The last render's entity graph, which the next takes again while it draws the same (see <see cref="EntityGraph.Of"/>).</summary>
    internal EntityGraph? LastGraph => last?.Graph;

    /// <summary>The last render's index of corroborations, which the next takes again while they are the same (see <see cref="KnowledgeViews.Index"/>).</summary>
    internal KnowledgeViews.Index? LastCorroborations => last?.Corroborations;

    /// <summary>The timeline page's rows, kept with their entries from one render to the next.</summary>
    internal IndexViews.TimelineRows TimelineRows { get; } = new();

    /// <summary>How many briefing views the last render took again (see <see cref="View"/>).</summary>
    internal int ViewsTaken => viewsTaken;

    /// <summary>How many keys the last render took again.</summary>
    internal int Kept => plan?.Taken ?? 0;

    /// <summary>What the last render found changed of the parts of the site its listing pages show; null when it made every key.</summary>
    internal SiteParts? Listed => plan?.Listed;

    /// <summary>Makes every kept key as well and throws when it differs from the one kept (set by the tests, for every build).</summary>
    internal static bool Verify { get; set; }

    /// <summary>
    /// The briefings that changed since the last render (linked anew rather than taken again as the same object), when
    /// <paramref name="most"/> at most changed, gone ones counted: the ones a person just edited. None without a last render.
    /// </summary>
    internal IReadOnlyList<Briefing> Edited(Site site, SiteLinks links, int most)
    {
        if (last is not { } was)
        {
            return [];
        }

        var changed = ChangedBriefings(site, links, was);
        return changed.Count > most ? [] : [.. site.Briefings.Where(b => changed.Contains(b.Slug))];
    }

    /// <summary>What the last render kept: the pages whose keys this render takes again, or null when it makes them all.</summary>
    /// <param name="inputs">A digest of what the site was linked with beyond its briefings (the entity files).</param>
    internal KeptKeys? Plan(Site site, SiteLinks links, EntityGraph graph, KnowledgeViews.Index corroborations, byte[] common, string? inputs)
    {
        (plan, viewsTaken) = (null, 0);
        if (inputs is null || last is not { } was || !was.Common.AsSpan().SequenceEqual(common) || was.Inputs != inputs
            || !ReferenceEquals(was.Site.Relations, site.Relations) || !ReferenceEquals(was.Site.Corroborations, site.Corroborations)
            || !links.SameTagFiles(was.Links))
        {
            return null;
        }

        var changedBriefings = ChangedBriefings(site, links, was);
        var changedEntities = Changed(site.Entities.Select(e => e.Id), was.Site.Entities.Select(e => e.Id), id => links.Entity(id), id => was.Links.Entity(id));
        var briefings = new HashSet<string>(changedBriefings, StringComparer.Ordinal);
        var entities = new HashSet<string>(changedEntities, StringComparer.Ordinal);

        // A changed briefing shows on the pages of its entities (their content), before and after.
        foreach (var slug in changedBriefings)
        {
            foreach (var entity in (was.Links.Briefing(slug)?.Entities ?? []).Concat(links.Briefing(slug)?.Entities ?? []))
            {
                entities.Add(entity.Id);
            }
        }

        // A changed entity shows on the pages of the briefings naming it (its name, type and mentions, and the reasons
        // naming it) and in its neighbours' graphs, before and after; one that is alike there (it changed because a
        // briefing naming it did) shows differently on its own page only.
        var shownChanged = changedEntities.Where(id => !ShownAlike(id, was.Links, links)).ToHashSet(StringComparer.Ordinal);
        foreach (var id in shownChanged)
        {
            briefings.UnionWith((was.Links.Entity(id)?.Briefings ?? []).Concat(links.Entity(id)?.Briefings ?? []));
            entities.UnionWith(was.Graph.NeighbourIds(id).Concat(graph.NeighbourIds(id)));
        }

        // A related briefing shows with its title and date. (Lambdas rather than method groups here and below: the ahead-of-time
        // compiled tool makes a delegate to a method of a generic type slowly, and these run for every briefing and tag.)
        foreach (var briefing in site.Briefings)
        {
            for (var at = 0; at < briefing.Related.Count; at++)
            {
                if (changedBriefings.Contains(briefing.Related[at]))
                {
                    briefings.Add(briefing.Slug);
                    break;
                }
            }
        }

        // A corroboration shows with the titles of its briefings and the names of its entities, on the page of each.
        // (The index holds the same list as the last render's, see above: the changed briefings' and entities' positions
        // in it are those of every corroboration they take part in.)
        var touched = new HashSet<int>(changedBriefings.SelectMany(slug => corroborations.OfBriefing(slug)).Concat(shownChanged.SelectMany(id => corroborations.OfEntity(id))));
        foreach (var at in touched)
        {
            var corroboration = corroborations.All[at];
            briefings.UnionWith(corroboration.Statements.Select(s => s.BriefingSlug));
            entities.UnionWith(corroboration.Entities);
        }

        // A tag page shows its briefings in their order: the keys of the first (as cards), the titles and dates of the
        // rest. (Every slug a tag lists is a briefing's of this site, so the first are the cards.)
        var tags = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (tag, slugs) in site.Tags)
        {
            if (!was.Tags.TryGetValue(tag, out var before) || !before.SequenceEqual(slugs, StringComparer.Ordinal)
                || slugs.Take(IndexViews.Cards).Any(slug => briefings.Contains(slug)) || slugs.Any(slug => changedBriefings.Contains(slug)))
            {
                tags.Add(tag);
            }
        }

        return plan = new KeptKeys(was.Keys, briefings, entities, tags, Verify)
        {
            Listed = ListedChanged(site, links, graph, was, changedBriefings, briefings),
            ChangedBriefings = changedBriefings,
        };
    }

    // What changed of the parts of the site that the pages listing all of it show (see SiteParts).
    private static SiteParts ListedChanged(Site site, SiteLinks links, EntityGraph graph, Last was, HashSet<string> changedBriefings, HashSet<string> briefings)
    {
        var changed = SiteParts.None;

        // The graph is the last one only while every visible entity shows as it did, in the same order.
        if (!ReferenceEquals(graph, was.Graph))
        {
            changed |= SiteParts.Entities;
        }

        if (!site.Tags.Select(t => (t.Key, t.Value.Count)).SequenceEqual(was.Site.Tags.Select(t => (t.Key, t.Value.Count))))
        {
            changed |= SiteParts.Tags;
        }

        if (!site.Briefings.Select(b => (b.Slug, b.Title, b.Date)).SequenceEqual(was.Site.Briefings.Select(b => (b.Slug, b.Title, b.Date))))
        {
            changed |= SiteParts.Lines;
        }

        // An entry shows its event and the title of its briefing.
        if (!site.Timeline.SequenceEqual(was.Site.Timeline)
            || site.Timeline.Any(t => changedBriefings.Contains(t.BriefingSlug) && links.Briefing(t.BriefingSlug)?.Title != was.Links.Briefing(t.BriefingSlug)?.Title))
        {
            changed |= SiteParts.Timeline;
        }

        var newest = site.Briefings.Take(IndexViews.Cards).Select(b => b.Slug).ToList();
        if (site.Briefings.Count != was.Site.Briefings.Count || !newest.SequenceEqual(was.Site.Briefings.Take(IndexViews.Cards).Select(b => b.Slug))
            || newest.Any(slug => briefings.Contains(slug)))
        {
            changed |= SiteParts.Newest;
        }

        return changed;
    }

    /// <summary>
    /// In a repeated render, the view of a briefing whose page has this key: the one the last render made or took again
    /// under the same key, else a new one. A page key holds all a briefing's view shows, so the view is the same; this
    /// spares the views of the briefings shown as cards on the pages an edit makes again (40 on each of its tags' pages),
    /// when the next edit makes those pages again.
    /// </summary>
    internal Dictionary<string, object?> View(string slug, string key, Func<Dictionary<string, object?>> make)
    {
        if (plan is null)
        {
            return make();
        }

        Dictionary<string, object?> view;
        if (lastViews.TryGetValue(slug, out var was) && was.Key == key)
        {
            view = was.View;
            Interlocked.Increment(ref viewsTaken);
        }
        else
        {
            view = make();
        }

        if (views.Count < ViewsKept)
        {
            views[slug] = (key, view);
        }

        return view;
    }

    /// <summary>Keeps this render's keys and what they were made from, for the next render.</summary>
    internal void Remember(Site site, SiteLinks links, EntityGraph graph, KnowledgeViews.Index corroborations, byte[] common, string? inputs, Dictionary<string, (PageSubject Subject, string Key)> keys)
    {
        last = inputs is null ? null : new Last(site, links, graph, corroborations, common, inputs, keys, site.Tags.ToDictionary(t => t.Key, t => t.Value, StringComparer.Ordinal));
        lastViews = last is null ? new(StringComparer.Ordinal) : new(views, StringComparer.Ordinal);
        views = new(StringComparer.Ordinal);
    }

    /// <summary>Forgets the last render (one that failed, or made pages this memory did not see).</summary>
    public void Forget()
    {
        last = null;
        (lastViews, views) = (new(StringComparer.Ordinal), new(StringComparer.Ordinal));
    }

    // True when the entity shows the same on every page but its own: its name, type and page (what a briefing page and
    // a corroboration show), which sentences of which briefings name it (the mention counts) and its node and lines in
    // other entities' graphs.
    private static bool ShownAlike(string id, SiteLinks before, SiteLinks now) => (before.Entity(id), now.Entity(id)) switch
    {
        (null, null) => true,
        ({ } was, { } @is) => EntityGraph.DrawnAlike(was, @is) && before.EntityUrl(id) == now.EntityUrl(id),
        _ => false,
    };

    // The briefings, there now or before, that are not the object they were: new, gone, or linked anew.
    private static HashSet<string> ChangedBriefings(Site site, SiteLinks links, Last was) =>
        Changed(site.Briefings.Select(b => b.Slug), was.Site.Briefings.Select(b => b.Slug), slug => links.Briefing(slug), slug => was.Links.Briefing(slug));

    // The keys (slugs, ids) whose object is not the one of the last render: new, gone, or made again.
    private static HashSet<string> Changed<T>(IEnumerable<string> now, IEnumerable<string> before, Func<string, T?> current, Func<string, T?> previous)
        where T : class
    {
        var changed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var key in now.Concat(before))
        {
            if (current(key) is not { } found || !ReferenceEquals(found, previous(key)))
            {
                changed.Add(key);
            }
        }

        return changed;
    }

    private sealed record Last(
        Site Site,
        SiteLinks Links,
        EntityGraph Graph,
        KnowledgeViews.Index Corroborations,
        byte[] Common,
        string Inputs,
        Dictionary<string, (PageSubject Subject, string Key)> Keys,
        Dictionary<string, IReadOnlyList<string>> Tags);
}

/// <summary>What a keyed page is the page of: a briefing (by slug), an entity (by id) or a tag; or a page listing the whole site (by path).</summary>
internal readonly record struct PageSubject(char Kind, string Name)
{
    public static PageSubject Briefing(string slug) => new('b', slug);

    public static PageSubject Entity(string id) => new('e', id);

    public static PageSubject Tag(string tag) => new('t', tag);

    public static PageSubject Listing(string path) => new('l', path);
}

/// <summary>The parts of the site that the pages listing all of it show (home, archive, timeline, indexes, graph).</summary>
[Flags]
internal enum SiteParts
{
    None = 0,

    /// <summary>Every visible entity as the graph draws it: id, name, type, its number of briefings and its mentions.</summary>
    Entities = 1,

    /// <summary>Each tag with its number of briefings, in order.</summary>
    Tags = 2,

    /// <summary>Each briefing's slug, title and date, in the site's order.</summary>
    Lines = 4,

    /// <summary>The timeline's entries with their briefings' titles.</summary>
    Timeline = 8,

    /// <summary>The number of briefings, and the newest as cards.</summary>
    Newest = 16,
}

/// <summary>The keys one render takes from the last: those of pages whose subject is not among the ones to make again.</summary>
internal sealed class KeptKeys(Dictionary<string, (PageSubject Subject, string Key)> keys, HashSet<string> briefings, HashSet<string> entities, HashSet<string> tags, bool verify)
{
    private int taken;

    /// <summary>How many keys were taken again.</summary>
    public int Taken => taken;

    /// <summary>The parts of the site that changed since the last render, for the pages listing all of it.</summary>
    public SiteParts Listed { get; init; }

    /// <summary>The briefings that themselves changed since the last render (not those that only show one that did).</summary>
    public IReadOnlySet<string> ChangedBriefings { get; init; } = new HashSet<string>();

    /// <summary>The last hash of a page listing the whole site, when none of the parts it shows changed; else null.</summary>
    /// <param name="make">The page's hash made from its data (for <see cref="PageKeyMemory.Verify"/>).</param>
    public string? KeptListing(string path, SiteParts shows, Func<string> make)
    {
        if ((Listed & shows) != 0 || KeptOrNull(path, PageSubject.Listing(path), make) is not { } key)
        {
            return null;
        }

        Interlocked.Increment(ref taken);
        return key;
    }

    /// <summary>The page's key: the last one when its subject is unchanged and it had the same path, else a new one.</summary>
    public string Key(string path, PageSubject subject, Func<string> make)
    {
        if (KeptOrNull(path, subject, make) is not { } key)
        {
            return make();
        }

        Interlocked.Increment(ref taken);
        return key;
    }

    /// <summary>The page's key when it is kept (as <see cref="Key"/> would take it), else null: for a page whose key another page's holds.</summary>
    public string? KeptOrNull(string path, PageSubject subject, Func<string> make)
    {
        var again = subject.Kind switch
        {
            'b' => briefings,
            'e' => entities,
            't' => tags,
            _ => null,
        };
        if (again?.Contains(subject.Name) == true || !keys.TryGetValue(path, out var kept) || kept.Subject != subject)
        {
            return null;
        }

        if (verify && make() is var made && made != kept.Key)
        {
            throw new InvalidOperationException($"the key kept for {path} is not the key its page has now");
        }

        return kept.Key;
    }
}
