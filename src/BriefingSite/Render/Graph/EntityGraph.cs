using BriefingSite.Model;

namespace BriefingSite.Render.Graph;

/// <summary>Entities as nodes and co-mention (named in one sentence) as edges: the site's most named entities, or one entity's neighbours.</summary>
public sealed class EntityGraph
{
    private readonly Dictionary<string, SiteEntity> entities;
    private readonly Dictionary<(string Slug, int Sentence), List<string>> named = [];

    public EntityGraph(Site site)
    {
        entities = site.Entities.Where(e => !e.Hidden).ToDictionary(e => e.Id, StringComparer.Ordinal);
        foreach (var entity in entities.Values)
        {
            foreach (var mention in entity.Mentions.DistinctBy(m => (m.BriefingSlug, m.Sentence)))
            {
                var key = (mention.BriefingSlug, mention.Sentence);
                (named.TryGetValue(key, out var list) ? list : named[key] = []).Add(entity.Id);
            }
        }
    }

    /// <summary>The <paramref name="count"/> entities in most briefings and the co-mentions among them.</summary>
    public (IReadOnlyList<GraphNode> Nodes, IReadOnlyList<GraphEdge> Edges) Top(int count)
    {
        var top = entities.Values.OrderByDescending(e => e.Briefings.Count).ThenByDescending(e => e.Mentions.Count).ThenBy(e => e.Id, StringComparer.Ordinal)
            .Take(count).Select(Node).ToList();
        return (top, Edges(top));
    }

    /// <summary>An entity (first node), up to <paramref name="count"/> entities most often named in its sentences, and its lines to them.</summary>
    public (IReadOnlyList<GraphNode> Nodes, IReadOnlyList<GraphEdge> Edges) Around(string id, int count)
    {
        var centre = entities[id];
        var neighbours = centre.Mentions.DistinctBy(m => (m.BriefingSlug, m.Sentence))
            .SelectMany(m => named[(m.BriefingSlug, m.Sentence)]).Where(n => n != id)
            .GroupBy(n => n, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Take(count).Select(g => Node(entities[g.Key])).ToList();
        if (neighbours.Count == 0)
        {
            return ([], []);
        }

        // Only the centre's own lines: lines among the neighbours turn a small picture into a hairball.
        // Counted over the centre's sentences alone, so a page costs what its entity is mentioned, not its neighbours.
        var nodes = neighbours.Prepend(Node(centre)).ToList();
        return (nodes, Edges(nodes, centre.Mentions.Select(m => (m.BriefingSlug, m.Sentence)).Distinct()).Where(e => e.From == 0).ToList());
    }

    private static GraphNode Node(SiteEntity e) => new(e.Id, e.Name, e.Type, e.Briefings.Count);

    private List<GraphEdge> Edges(List<GraphNode> nodes) =>
        Edges(nodes, nodes.SelectMany(n => entities[n.Id].Mentions.Select(m => (m.BriefingSlug, m.Sentence))).Distinct());

    private List<GraphEdge> Edges(List<GraphNode> nodes, IEnumerable<(string, int)> sentences)
    {
        var index = nodes.Select((n, i) => (n.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);
        var weights = new Dictionary<(int, int), int>();
        foreach (var sentence in sentences)
        {
            var here = named[sentence].Where(index.ContainsKey).Select(id => index[id]).Distinct().Order().ToList();
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
}
