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
}
