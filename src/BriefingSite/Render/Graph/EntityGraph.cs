using BriefingSite.Model;

namespace BriefingSite.Render.Graph;

/// <summary>Entities as nodes and co-mention (named in one sentence) as edges: the site's most named entities, or one entity's neighbours.</summary>
/// <remarks>
/// Every entity's page key and page draw its neighbourhood, so the graph works on numbers: entities by position, sentences
/// by an id of their own, and for each sentence the entities named in it.
/// </remarks>
public sealed class EntityGraph
{
    // Scratch counts for Neighbourhood, one set per thread (a count per entity, and the entities counted).
    [ThreadStatic]
    private static (int[] Counts, List<int> Touched)? scratch;

    private readonly SiteEntity[] entities;
    private readonly Dictionary<string, int> positions = new(StringComparer.Ordinal);

    // Each entity's rank when sorted by id (ordinal), for ties.
    private readonly int[] rank;

    // Each entity's distinct sentences, and each sentence's entities (each once).
    private readonly int[][] sentences;
    private readonly int[][] named;

    // Each entity's neighbourhood at the count last asked for, by position. No lock: two threads that ask at once
    // both make it, the same, and either keeps it (a lock here was contended by every page key and page).
    private readonly Neighbours?[] around;

    public EntityGraph(Site site)
    {
        var visible = new List<SiteEntity>();
        foreach (var entity in site.Entities)
        {
            if (!entity.Hidden)
            {
                positions.Add(entity.Id, visible.Count);
                visible.Add(entity);
            }
        }

        entities = [.. visible];
        around = new Neighbours?[entities.Length];
        rank = new int[entities.Length];
        var byId = Enumerable.Range(0, entities.Length).ToArray();
        Array.Sort(byId, (a, b) => string.CompareOrdinal(entities[a].Id, entities[b].Id));
        for (var at = 0; at < byId.Length; at++)
        {
            rank[byId[at]] = at;
        }

        sentences = EntitySentences.Of(entities, out var sentenceCount);
        named = EntitySentences.Invert(sentences, sentenceCount);
    }

    /// <summary>The last graph when it draws the site's entities as a new one would (each <see cref="DrawnAlike"/>), else a new one.</summary>
    /// <remarks>A repeated render (the preview server) thus keeps the graph, and the neighbourhoods it made, across most edits.</remarks>
    public static EntityGraph Of(Site site, EntityGraph? last) => last is not null && last.Draws(site) ? last : new EntityGraph(site);

    /// <summary>True when the two give the same node and the same lines: the same id, name, type and number of briefings,
    /// named in the same sentences of the same briefings.</summary>
    /// <remarks>
    /// In any order: mentions come in the site's order of briefings, which a new title or date changes (among briefings
    /// of one day) while every count and line stays as it was.
    /// </remarks>
    public static bool DrawnAlike(SiteEntity a, SiteEntity b)
    {
        if (ReferenceEquals(a, b))
        {
            return true;
        }

        if (a.Id != b.Id || a.Name != b.Name || a.Type != b.Type || a.Briefings.Count != b.Briefings.Count || a.Mentions.Count != b.Mentions.Count)
        {
            return false;
        }

        for (var at = 0; at < a.Mentions.Count; at++)
        {
            if (a.Mentions[at].Sentence != b.Mentions[at].Sentence || a.Mentions[at].BriefingSlug != b.Mentions[at].BriefingSlug)
            {
                return Sentences(a).SequenceEqual(Sentences(b));
            }
        }

        return true;
    }

    // An entity's mentions as (briefing, sentence), sorted.
    private static IEnumerable<(string, int)> Sentences(SiteEntity entity) =>
        entity.Mentions.Select(m => (m.BriefingSlug, m.Sentence)).Order(SentenceOrder.Instance);

    private sealed class SentenceOrder : IComparer<(string Slug, int Sentence)>
    {
        public static readonly SentenceOrder Instance = new();

        public int Compare((string Slug, int Sentence) x, (string Slug, int Sentence) y) =>
            string.CompareOrdinal(x.Slug, y.Slug) is var bySlug and not 0 ? bySlug : x.Sentence.CompareTo(y.Sentence);
    }

    private bool Draws(Site site)
    {
        var at = 0;
        foreach (var entity in site.Entities)
        {
            if (!entity.Hidden && (at == entities.Length || !DrawnAlike(entities[at++], entity)))
            {
                return false;
            }
        }

        return at == entities.Length;
    }

    /// <summary>The <paramref name="count"/> entities in most briefings and the co-mentions among them.</summary>
    public (IReadOnlyList<GraphNode> Nodes, IReadOnlyList<GraphEdge> Edges) Top(int count)
    {
        var top = Enumerable.Range(0, entities.Length)
            .OrderByDescending(e => entities[e].Briefings.Count).ThenByDescending(e => entities[e].Mentions.Count).ThenBy(e => rank[e])
            .Take(count).ToList();
        return ([.. top.Select(e => Node(entities[e]))], Edges(top));
    }

    /// <summary>An entity (first node), up to <paramref name="count"/> entities most often named in its sentences, and its lines to them.</summary>
    /// <remarks>Made once per entity and count: an entity page's key and its data both draw it.</remarks>
    public (IReadOnlyList<GraphNode> Nodes, IReadOnlyList<GraphEdge> Edges) Around(string id, int count)
    {
        var at = positions[id];
        if (Volatile.Read(ref around[at]) is not { } made || made.Count != count)
        {
            var (nodes, edges) = Neighbourhood(at, count);
            Volatile.Write(ref around[at], made = new Neighbours(count, nodes, edges));
        }

        return (made.Nodes, made.Edges);
    }

    /// <summary>The ids of the entities in an entity's neighbourhood as its page shows it; none for an entity not in the graph.</summary>
    public IEnumerable<string> NeighbourIds(string id) =>
        positions.ContainsKey(id) ? Around(id, KnowledgeViews.Neighbours).Nodes.Select(n => n.Id) : [];

    private (IReadOnlyList<GraphNode> Nodes, IReadOnlyList<GraphEdge> Edges) Neighbourhood(int centre, int count)
    {
        if (scratch is not { } mine || mine.Counts.Length < entities.Length)
        {
            scratch = mine = (new int[entities.Length], []);
        }

        var (together, touched) = mine;
        foreach (var sentence in sentences[centre])
        {
            foreach (var other in named[sentence])
            {
                if (other != centre && together[other]++ == 0)
                {
                    touched.Add(other);
                }
            }
        }

        // Most often named with it first, then by id.
        touched.Sort((a, b) => together[a] != together[b] ? together[b].CompareTo(together[a]) : rank[a].CompareTo(rank[b]));
        var kept = Math.Min(count, touched.Count);
        var nodes = new List<GraphNode>(kept + 1);
        var edges = new List<GraphEdge>(kept);
        if (kept > 0)
        {
            // Only the centre's own lines: lines among the neighbours turn a small picture into a hairball.
            // A line's weight is the number of the centre's sentences that name the neighbour too.
            nodes.Add(Node(entities[centre]));
            for (var at = 0; at < kept; at++)
            {
                nodes.Add(Node(entities[touched[at]]));
                edges.Add(new GraphEdge(0, at + 1, together[touched[at]]));
            }
        }

        foreach (var other in touched)
        {
            together[other] = 0;
        }

        touched.Clear();
        return (nodes, edges);
    }

    private static GraphNode Node(SiteEntity e) => new(e.Id, e.Name, e.Type, e.Briefings.Count);

    private List<GraphEdge> Edges(List<int> nodes)
    {
        var index = new Dictionary<int, int>();
        for (var at = 0; at < nodes.Count; at++)
        {
            index[nodes[at]] = at;
        }

        var weights = new Dictionary<(int, int), int>();
        foreach (var sentence in nodes.SelectMany(n => sentences[n]).Distinct())
        {
            var here = named[sentence].Where(e => index.ContainsKey(e)).Select(e => index[e]).Order().ToList();
            for (var a = 0; a < here.Count; a++)
            {
                for (var b = a + 1; b < here.Count; b++)
                {
                    weights[(here[a], here[b])] = weights.GetValueOrDefault((here[a], here[b])) + 1;
                }
            }
        }

        return weights.Select(w => new GraphEdge(w.Key.Item1, w.Key.Item2, w.Value))
            .OrderBy(e => e.From).ThenBy(e => e.To).ToList();
    }

    private sealed record Neighbours(int Count, IReadOnlyList<GraphNode> Nodes, IReadOnlyList<GraphEdge> Edges);
}
