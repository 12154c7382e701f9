using System.Collections.Concurrent;
using BriefingSite.Model;

namespace BriefingSite.Render.Graph;

/// <summary>What templates see of the web between pages: why briefings relate, corroborated and differing facts, entity facts and graphs.</summary>
/// <remarks>
/// Adds to the views <see cref="BriefingView"/> and <see cref="EntityView"/> make: related_briefings items get also_about and
/// shared_tags; briefings and entities get corroborations; entities get entity_figures, entity_events and graph.
/// </remarks>
public static class KnowledgeViews
{
    /// <summary>How many of the entities two related briefings share are shown (the first visible ones), and how many tags.</summary>
    public const int ReasonEntities = 3;
    public const int ReasonTags = 2;
    public const int Neighbours = 12;

    /// <summary>Corroborations by briefing slug and by entity id, built once per render so each page finds its own directly.</summary>
    public sealed class Index
    {
        private static readonly List<int> None = [];
        private readonly Dictionary<string, List<int>> byBriefing;
        private readonly Dictionary<string, List<int>> byEntity;

        /// <param name="last">The last render's index: while the site's corroborations are the same list, its positions are
        /// taken again (not its shared views, which show the titles and names of now).</param>
        public Index(Site site, Index? last = null)
        {
            All = site.Corroborations;
            if (last is not null && ReferenceEquals(last.All, All))
            {
                (byBriefing, byEntity) = (last.byBriefing, last.byEntity);
                return;
            }

            (byBriefing, byEntity) = (new(StringComparer.Ordinal), new(StringComparer.Ordinal));
            for (var at = 0; at < All.Count; at++)
            {
                var statements = All[at].Statements;
                for (var s = 0; s < statements.Count; s++)
                {
                    Add(byBriefing, statements, s, x => x.BriefingSlug, at);
                }

                var entities = All[at].Entities;
                for (var e = 0; e < entities.Count; e++)
                {
                    Add(byEntity, entities, e, x => x, at);
                }
            }
        }

        /// <summary>The site's corroborations, which <see cref="OfBriefing"/> and <see cref="OfEntity"/> give positions in.</summary>
        public IReadOnlyList<Corroboration> All { get; }

        /// <summary>The positions of the corroborations a briefing states, in site order.</summary>
        public IReadOnlyList<int> OfBriefing(string slug) => byBriefing.GetValueOrDefault(slug) ?? None;

        /// <summary>The positions of the corroborations about an entity, in site order.</summary>
        public IReadOnlyList<int> OfEntity(string id) => byEntity.GetValueOrDefault(id) ?? None;

        // A corroboration looks the same on every page that shows it, but for the statement marked "here": made once, shared.
        private readonly ConcurrentDictionary<Corroboration, SharedCorroboration?> shared = new(ReferenceEqualityComparer.Instance);

        internal SharedCorroboration? Shared(Corroboration corroboration, SiteLinks links) =>
            shared.GetOrAdd(corroboration, static (c, links) => SharedCorroboration.Of(c, links), links);

        // An entity looks the same in every neighbourhood graph that draws it: made once, shared.
        private readonly ConcurrentDictionary<string, Dictionary<string, object?>> nodes = new(StringComparer.Ordinal);

        internal Dictionary<string, object?> Node(GraphNode node, SiteLinks links) =>
            nodes.GetOrAdd(node.Id, static (_, drawn) => NodeView(drawn.Node, drawn.Links), (Node: node, Links: links));

        // A corroboration is listed once under each key, however many of its items carry it.
        private static void Add<T>(Dictionary<string, List<int>> index, IReadOnlyList<T> items, int item, Func<T, string> keyOf, int position)
        {
            var key = keyOf(items[item]);
            for (var before = 0; before < item; before++)
            {
                if (keyOf(items[before]) == key)
                {
                    return;
                }
            }

            (index.TryGetValue(key, out var list) ? list : index[key] = []).Add(position);
        }
    }

    public static void AddTo(Dictionary<string, object?> view, Briefing briefing, Site site, SiteLinks links, Index index)
    {
        var reasons = site.Relations.GetValueOrDefault(briefing.Slug) ?? [];
        var reasonUrls = reasons.Select(r => SiteLinks.BriefingUrl(r.Slug)).ToList();
        foreach (var item in view.GetValueOrDefault("related_briefings") as IEnumerable<Dictionary<string, object?>> ?? [])
        {
            var at = reasonUrls.IndexOf((string?)item.GetValueOrDefault("url") ?? "");
            if (at >= 0)
            {
                var why = reasons[at];
                item["also_about"] = EntityLinks(why.Entities, links, ReasonEntities);
                item["shared_tags"] = why.Tags.Take(ReasonTags).Select(links.TagLink).ToList();
            }
        }

        view["corroborations"] = Corroborations(index.OfBriefing(briefing.Slug), briefing.Slug, links, index);
    }

    public static Dictionary<string, object?> AddTo(Dictionary<string, object?> view, SiteEntity entity, SiteLinks links, EntityGraph graph, Index index)
    {
        // Like the briefing lists, facts stop at the newest few: an entity named in thousands of briefings has thousands.
        // A figure or event several briefings state alike (the same value and what it measures, the same date and
        // sentence) is listed once.
        var figures = RepeatedFacts.Group(entity.Figures, f => $"{f.Figure.Value} {f.Figure.About}", f => f.BriefingSlug, links);
        var events = RepeatedFacts.Group(entity.Events, e => $"{e.Event.Date} {e.Event.Text}", e => e.BriefingSlug, links);
        view["more_figures"] = Math.Max(0, figures.Count - IndexViews.Cards);
        view["more_events"] = Math.Max(0, events.Count - IndexViews.Cards);
        view["entity_figures"] = figures.Take(IndexViews.Cards)
            .Select(g => RepeatedFacts.WithSources(new(6) { ["value"] = g[0].Figure.Value, ["about"] = g[0].Figure.About }, g, f => f.BriefingSlug, f => f.Figure.Sentence, links))
            .ToList();
        view["entity_events"] = events.Take(IndexViews.Cards)
            .Select(g => RepeatedFacts.WithSources(
                new(7) { ["date"] = g[0].Event.Date, ["date_display"] = BriefingView.EventDateDisplay(g[0].Event.Date), ["text"] = g[0].Event.Text },
                g, e => e.BriefingSlug, e => e.Event.Sentence, links))
            .ToList();
        view["corroborations"] = Corroborations(index.OfEntity(entity.Id), null, links, index);
        var (nodes, edges) = graph.Around(entity.Id, Neighbours);
        view["graph"] = nodes.Count == 0 ? null : Graph(nodes, edges, GraphLayout.Radial(nodes.Count, 640, 400), 640, 400, $"{entity.Name} and the entities named with it", links, node => index.Node(node, links));
        return view;
    }

    /// <summary>The graph page: the most named entities of the site and how often they are named together.</summary>
    public static Dictionary<string, object?> GraphPage(EntityGraph graph, SiteLinks links, int count)
    {
        var (nodes, edges) = graph.Top(count);
        return new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["graph"] = nodes.Count == 0 ? null : Graph(nodes, edges, GraphLayout.ForceDirected(nodes.Count, edges, 960, 680, GraphSvg.Radii(nodes)), 960, 680, "The most named entities and how often they are named together", links, node => NodeView(node, links)),
        };
    }

    private static Dictionary<string, object?> Graph(IReadOnlyList<GraphNode> nodes, IReadOnlyList<GraphEdge> edges, (double X, double Y)[] at, double width, double height, string title, SiteLinks links, Func<GraphNode, Dictionary<string, object?>> nodeView) => new(4)
    {
        ["svg"] = GraphSvg.Draw(nodes, edges, at, width, height, title),
        ["title"] = title,
        ["nodes"] = nodes.Select(nodeView).ToList(),
        ["edges"] = edges.OrderByDescending(e => e.Weight).ThenBy(e => e.From).ThenBy(e => e.To).Select(e => new Dictionary<string, object?>(5)
        {
            ["from_name"] = nodes[e.From].Name, ["from_url"] = links.EntityUrl(nodes[e.From].Id),
            ["to_name"] = nodes[e.To].Name, ["to_url"] = links.EntityUrl(nodes[e.To].Id), ["weight"] = e.Weight,
        }).ToList(),
    };

    private static Dictionary<string, object?> NodeView(GraphNode node, SiteLinks links) => new(5)
    {
        ["name"] = node.Name, ["url"] = links.EntityUrl(node.Id), ["type"] = FrontMatter.TypeName(node.Type), ["type_label"] = EntityView.TypeLabel(node.Type), ["briefing_count"] = node.Weight,
    };

    private static List<Dictionary<string, object?>> Corroborations(IReadOnlyList<int> found, string? here, SiteLinks links, Index index)
    {
        var shown = new List<Dictionary<string, object?>>();
        foreach (var at in found)
        {
            if (index.Shared(index.All[at], links) is { } shared)
            {
                shown.Add(shared.Here(here));
            }
        }

        return shown;
    }

    /// <summary>A corroboration's view with no statement "here", and the briefing each statement comes from.</summary>
    /// <remarks>
    /// statements lists each briefing's statement; wordings lists each distinct wording (value and text) once, with the
    /// briefings that state it, so a sentence that fifteen copies of one report repeat is shown once with fifteen links.
    /// </remarks>
    internal sealed record SharedCorroboration(Dictionary<string, object?> View, List<Dictionary<string, object?>> Statements, List<string> Slugs)
    {
        /// <summary>Null when fewer than two of its briefings are on the site.</summary>
        public static SharedCorroboration? Of(Corroboration corroboration, SiteLinks links)
        {
            var (items, slugs) = (new List<Dictionary<string, object?>>(corroboration.Statements.Count), new List<string>(corroboration.Statements.Count));
            foreach (var statement in corroboration.Statements)
            {
                if (links.Briefing(statement.BriefingSlug) is { } briefing)
                {
                    items.Add(new(5)
                    {
                        ["value"] = statement.Value,
                        ["text"] = statement.Text,
                        ["url"] = SiteLinks.SentenceUrl(statement.BriefingSlug, statement.Sentence),
                        ["briefing_title"] = briefing.Title,
                        ["here"] = false,
                    });
                    slugs.Add(statement.BriefingSlug);
                }
            }

            if (items.Count < 2)
            {
                return null;
            }

            var view = new Dictionary<string, object?>(7)
            {
                ["kind"] = corroboration.Kind,
                ["agrees"] = corroboration.Agrees,
                ["value"] = corroboration.Statements[0].Value,
                ["count"] = items.Count,
                ["entities"] = EntityLinks(corroboration.Entities, links, int.MaxValue),
                ["statements"] = items,
                ["wordings"] = Wordings(items, corroboration.Agrees),
            };
            return new(view, items, slugs);
        }

        /// <summary>The view as the page of briefing <paramref name="slug"/> shows it: its own statement marked "here".</summary>
        public Dictionary<string, object?> Here(string? slug)
        {
            if (slug is null || !Slugs.Contains(slug))
            {
                return View;
            }

            var items = new List<Dictionary<string, object?>>(Statements.Count);
            for (var at = 0; at < Statements.Count; at++)
            {
                items.Add(Slugs[at] == slug ? new Dictionary<string, object?>(Statements[at]) { ["here"] = true } : Statements[at]);
            }

            return new Dictionary<string, object?>(View) { ["statements"] = items, ["wordings"] = Wordings(items, (bool)View["agrees"]!) };
        }

        // Each distinct text once (and value, where they differ), in the order first stated, with the statements worded so.
        private static List<Dictionary<string, object?>> Wordings(List<Dictionary<string, object?>> statements, bool agree) =>
            statements.GroupBy(s => (agree ? null : (string?)s["value"], (string?)s["text"]))
                .Select(wording => new Dictionary<string, object?>(3) { ["value"] = wording.First()["value"], ["text"] = wording.Key.Item2, ["briefings"] = wording.ToList() })
                .ToList();
    }

    // The links of the first visible entities of these ids, as many as count.
    private static List<Dictionary<string, object?>> EntityLinks(IReadOnlyList<string> ids, SiteLinks links, int count)
    {
        var shown = new List<Dictionary<string, object?>>(Math.Min(ids.Count, count));
        for (var at = 0; at < ids.Count && shown.Count < count; at++)
        {
            if (links.Entity(ids[at]) is { } entity)
            {
                shown.Add(links.EntityLink(entity));
            }
        }

        return shown;
    }
}
