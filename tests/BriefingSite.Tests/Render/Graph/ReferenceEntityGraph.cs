using System.Runtime.InteropServices;
using BriefingSite.Model;
using BriefingSite.Render.Graph;

namespace BriefingSite.Tests.Render.Graph;

/// <summary>EntityGraph as it was first written, on strings: what the faster one must agree with.</summary>
internal sealed class ReferenceEntityGraph
{
    private readonly Dictionary<string, SiteEntity> entities;
    private readonly Dictionary<(string Slug, int Sentence), List<string>> named = [];
    private readonly System.Collections.Concurrent.ConcurrentDictionary<(string Id, int Count), (IReadOnlyList<GraphNode>, IReadOnlyList<GraphEdge>)> around = new();

    public ReferenceEntityGraph(Site site)
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
    /// <remarks>Made once per entity and count: an entity page's key and its data both draw it.</remarks>
    public (IReadOnlyList<GraphNode> Nodes, IReadOnlyList<GraphEdge> Edges) Around(string id, int count) =>
        around.GetOrAdd((id, count), key => Neighbourhood(key.Id, key.Count));

    private (IReadOnlyList<GraphNode> Nodes, IReadOnlyList<GraphEdge> Edges) Neighbourhood(string id, int count)
    {
        var centre = entities[id];
        var together = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var sentence in centre.Mentions.Select(m => (m.BriefingSlug, m.Sentence)).Distinct())
        {
            foreach (var other in named[sentence])
            {
                if (other != id)
                {
                    CollectionsMarshal.GetValueRefOrAddDefault(together, other, out _)++;
                }
            }
        }

        var neighbours = together.OrderByDescending(n => n.Value).ThenBy(n => n.Key, StringComparer.Ordinal).Take(count).ToList();
        if (neighbours.Count == 0)
        {
            return ([], []);
        }

        // Only the centre's own lines: lines among the neighbours turn a small picture into a hairball.
        // A line's weight is the number of the centre's sentences that name the neighbour too.
        var nodes = neighbours.Select(n => Node(entities[n.Key])).Prepend(Node(centre)).ToList();
        return (nodes, neighbours.Select((n, at) => new GraphEdge(0, at + 1, n.Value)).ToList());
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
