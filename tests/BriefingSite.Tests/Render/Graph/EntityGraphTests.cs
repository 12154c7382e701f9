using BriefingSite.Link;
using BriefingSite.Model;
using BriefingSite.Render.Graph;

namespace BriefingSite.Tests.Render.Graph;

public class EntityGraphTests
{
    private static EntityRef E(string name, EntityType type) => new() { Name = name, Id = Slugs.From(name), Type = type };

    private static readonly Site Site = CrossLinker.Link(
        [
            new Briefing { Title = "a", Slug = "a", Body = "Finer met Khan in Islamabad. Khan left.", Entities = [E("Finer", EntityType.Person), E("Khan", EntityType.Person), E("Islamabad", EntityType.Place)] },
            new Briefing { Title = "b", Slug = "b", Body = "Khan spoke in Islamabad. Gwadar grew.", Entities = [E("Khan", EntityType.Person), E("Islamabad", EntityType.Place), E("Gwadar", EntityType.Place)] },
        ],
        [],
        new SiteSettings());

    [Fact]
    public void Joins_entities_named_in_one_sentence_weighted_by_how_often()
    {
        var (nodes, edges) = new EntityGraph(Site).Top(10);

        Assert.Equal(["khan", "islamabad", "finer", "gwadar"], nodes.Select(n => n.Id));
        Assert.Contains(new GraphEdge(0, 1, 2), edges);
        Assert.DoesNotContain(edges, e => nodes[e.From].Id == "gwadar" || nodes[e.To].Id == "gwadar");
    }

    [Fact]
    public void Draws_an_entity_with_its_neighbours_and_nothing_for_a_loner()
    {
        var graph = new EntityGraph(Site);

        var (nodes, edges) = graph.Around("khan", 12);

        Assert.Equal(["khan", "islamabad", "finer"], nodes.Select(n => n.Id));
        Assert.All(edges, e => Assert.Equal(0, e.From));
        Assert.Empty(graph.Around("gwadar", 12).Nodes);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Agrees_with_the_graph_on_strings_for_every_neighbourhood_and_the_top(int seed)
    {
        var site = RandomSite(new Random(seed));
        var graph = new EntityGraph(site);
        var reference = new ReferenceEntityGraph(site);

        foreach (var entity in site.Entities.Where(e => !e.Hidden))
        {
            foreach (var count in new[] { 1, 3, 12 })
            {
                var (nodes, edges) = graph.Around(entity.Id, count);
                var (expectedNodes, expectedEdges) = reference.Around(entity.Id, count);
                Assert.Equal(expectedNodes, nodes);
                Assert.Equal(expectedEdges, edges);
            }
        }

        Assert.Equal(reference.Top(15).Nodes, graph.Top(15).Nodes);
        Assert.Equal(reference.Top(15).Edges, graph.Top(15).Edges);
    }

    [Fact]
    public void The_last_graph_is_taken_again_while_it_draws_the_same_and_not_once_it_would_not()
    {
        var last = EntityGraph.Of(Site, null);

        // Copies of every entity with what no graph draws changed (roles): the same graph
        var copied = Site with { Entities = [.. Site.Entities.Select(e => e with { Roles = [.. e.Roles, "envoy"] })] };
        Assert.Same(last, EntityGraph.Of(copied, last));

        // Every entity's mentions in another order (a briefing moved in the site's order): the same graph
        var reordered = Site with { Entities = [.. Site.Entities.Select(e => e with { Mentions = [.. e.Mentions.AsEnumerable().Reverse()] })] };
        Assert.Same(last, EntityGraph.Of(reordered, last));

        // One entity renamed, one named in a sentence fewer or in another sentence, one gone: a new graph
        var first = Site.Entities[0];
        Assert.NotSame(last, EntityGraph.Of(Site with { Entities = [first with { Name = "Renamed" }, .. Site.Entities.Skip(1)] }, last));
        Assert.NotSame(last, EntityGraph.Of(Site with { Entities = [first with { Mentions = [.. first.Mentions.Skip(1)] }, .. Site.Entities.Skip(1)] }, last));
        var moved = first.Mentions[0] with { Sentence = first.Mentions[0].Sentence + 1 };
        Assert.NotSame(last, EntityGraph.Of(Site with { Entities = [first with { Mentions = [.. first.Mentions.Skip(1).Reverse(), moved] }, .. Site.Entities.Skip(1)] }, last));
        Assert.NotSame(last, EntityGraph.Of(Site with { Entities = [.. Site.Entities.Skip(1)] }, last));
    }

    // Entities named at random in the sentences of a few briefings, with ties in counts, repeated mentions and hidden entities.
    private static Site RandomSite(Random random)
    {
        var slugs = Enumerable.Range(0, 12).Select(i => $"briefing-{i}").ToList();
        var entities = Enumerable.Range(0, 40).Select(i =>
        {
            var mentions = slugs.Where(_ => random.Next(3) == 0)
                .SelectMany(slug => Enumerable.Range(0, random.Next(1, 5)).Select(_ => new EntityMention(slug, random.Next(6), "")))
                .ToList();
            return new SiteEntity
            {
                Id = $"e{random.Next(1000):D3}-{i}",
                Name = $"Entity {i}",
                Type = (EntityType)random.Next(3),
                Briefings = [.. mentions.Select(m => m.BriefingSlug).Distinct().Take(random.Next(1, 4))],
                Mentions = mentions,
                Hidden = random.Next(10) == 0,
            };
        }).ToList();
        return new Site { Settings = new SiteSettings(), Briefings = [], Entities = entities, Tags = [], Timeline = [] };
    }
}
