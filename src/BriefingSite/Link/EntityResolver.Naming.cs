using BriefingSite.Extract;
using BriefingSite.Model;

namespace BriefingSite.Link;

// How each cluster of joined entities is named, typed and given its site-wide id.
public sealed partial class EntityResolver
{
    private void Name()
    {
        // Each cluster's members in index order; its root, the smallest index, comes first.
        var root = Roots();
        var clusterOf = new int[root.Length];
        var clusters = new List<List<int>>();
        for (var n = 0; n < root.Length; n++)
        {
            if (root[n] == n)
            {
                clusterOf[n] = clusters.Count;
                clusters.Add([]);
            }

            clusters[clusterOf[root[n]]].Add(n);
        }

        // Each cluster's name, type, aliases and roles are worked out side by side. Its id is given after, in order:
        // entity files claim their ids first, then ids written by hand in briefings, so a page made by hand keeps its id.
        var named = new (string Name, EntityType Type, List<string> Aliases, List<string> Roles, EntityFile? File)[clusters.Count];
        Parallel.For(0, clusters.Count, c => named[c] = NameOf(clusters[c]));
        var handId = clusters.Select(cluster => cluster.Where(n => n < nodes.Count && pinned[n]).Select(n => nodes[n].Entity.Id).FirstOrDefault()).ToArray();
        var taken = new HashSet<string>(StringComparer.Ordinal);
        var resolved = new ResolvedEntity[clusters.Count];
        foreach (var c in Enumerable.Range(0, clusters.Count).OrderBy(c => clusters[c][^1] >= nodes.Count ? 0 : handId[c] is not null ? 1 : 2).ThenBy(c => clusters[c][0]))
        {
            var (name, type, aliases, roles, file) = named[c];
            var id = file?.Id ?? handId[c] ?? Unique(Slugs.From(name, fallback: "entity"), taken);
            taken.Add(id);
            resolved[c] = new ResolvedEntity { Id = id, Name = name, Type = type, Aliases = aliases, Roles = roles, File = file };
        }

        Entities = resolved.OrderBy(e => e.Id, StringComparer.Ordinal).ToList();

        // A briefing's entities that share a local id take the first one's entity.
        ofNode = new ResolvedEntity[nodes.Count];
        Parallel.For(0, firstNode.Length, b =>
        {
            var end = b + 1 < firstNode.Length ? firstNode[b + 1] : nodes.Count;
            for (var n = firstNode[b]; n < end; n++)
            {
                var first = n;
                for (var m = firstNode[b]; m < n && first == n; m++)
                {
                    first = nodes[m].Entity.Id == nodes[n].Entity.Id ? m : n;
                }

                ofNode[n] = resolved[clusterOf[root[first]]];
            }
        });
    }

    private (string Name, EntityType Type, List<string> Aliases, List<string> Roles, EntityFile? File) NameOf(List<int> cluster)
    {
        var members = new List<EntityRef>(cluster.Count);
        EntityFile? file = null;
        foreach (var n in cluster)
        {
            if (n < nodes.Count)
            {
                members.Add(nodes[n].Entity);
            }
            else
            {
                file ??= files[n - nodes.Count];
            }
        }

        var name = file?.Name ?? CanonicalName(members);
        var roles = members.Exists(m => m.Role is not null) ? EntityRoles.Merge(members.Select(m => m.Role).OfType<string>()) : [];
        return (name, file?.Type ?? CanonicalType(members, name), OtherNames(members, file, name), roles, file);
    }

    // Every name and alias of the members and the file but the entity's own, once each, in ordinal order.
    private static List<string> OtherNames(List<EntityRef> members, EntityFile? file, string name)
    {
        HashSet<string>? seen = null;
        void See(string other)
        {
            if (other != name)
            {
                (seen ??= new(StringComparer.Ordinal)).Add(other);
            }
        }

        foreach (var member in members)
        {
            See(member.Name);
            foreach (var alias in member.Aliases)
            {
                See(alias);
            }
        }

        foreach (var alias in file?.Aliases ?? [])
        {
            See(alias);
        }

        var others = seen is null ? [] : new List<string>(seen);
        others.Sort(StringComparer.Ordinal);
        return others;
    }

    // The name most briefings use; a spelled-out name beats an acronym, and a person's full name beats its initial or
    // its surname alone ("Andrea Lo Cicero", not "A Lo Cicero" nor "Lo Cicero"; "Helena Bonham-Carter", not "Carter");
    // a longer name breaks ties.
    private string CanonicalName(List<EntityRef> members)
    {
        if (members.Count == 0)
        {
            return "entity";
        }

        // Most clusters, however large, have one spelling.
        if (members.TrueForAll(m => m.Name == members[0].Name))
        {
            return members[0].Name;
        }

        var names = members.GroupBy(m => m.Name, StringComparer.Ordinal).ToList();
        bool Shortened(IGrouping<string, EntityRef> g) => g.First().Type == EntityType.Person
            && (keys.Words(g.Key) is [{ Length: 1 }, _, ..]
                || names.Any(other => other.Key.Length > g.Key.Length && other.Key.AsSpan(0, other.Key.Length - g.Key.Length) is [.., ' ' or '-'] && other.Key.EndsWith(g.Key, StringComparison.Ordinal)));
        return names
            .OrderBy(g => NameKeys.IsAcronym(g.Key) ? 1 : 0)
            .ThenBy(g => Shortened(g) ? 1 : 0)
            .ThenByDescending(g => g.Count())
            .ThenByDescending(g => g.Key.Length)
            .ThenBy(g => g.Key, StringComparer.Ordinal)
            .First().Key;
    }

    // The type most briefings give, but a body's for a lone word some briefings call a body; a person and another type
    // as often are a person when the name opens with a first name or an article that calls it a person gives it a role
    // ("president of Retail Consulting Group").
    private static EntityType CanonicalType(List<EntityRef> members, string name)
    {
        if (members.Count == 0)
        {
            return EntityType.Other;
        }

        if (members.TrueForAll(m => m.Type == members[0].Type))
        {
            return members[0].Type;
        }

        var byCount = members.GroupBy(m => m.Type).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).ToList();
        var tied = byCount.TakeWhile(g => g.Count() == byCount[0].Count()).Select(g => g.Key).ToList();
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        // A lone word that some briefings call a body and others a person is a body: a firm's name before "said" reads
        // as a person's ("Halifax said"), a person's lone name is seldom taken for a body's.
        if (words.Length == 1 && members.Any(m => m.Type == EntityType.Organization) && members.Any(m => m.Type == EntityType.Person))
        {
            return EntityType.Organization;
        }

        var personLike = (words is [var first, _, ..] && (Lexicon.IsFirstName(first) || first.TrimEnd('.').Length == 1))
            || members.Any(m => m.Type == EntityType.Person && m.Role is not null);
        if (tied[0] != EntityType.Person || personLike || byCount.Count < 2)
        {
            return tied[0];
        }

        // More briefings call it a person, but no first name or role says so and a word of everyday speech or a body's,
        // place's or thing's head word does ("Xbox Live", "Celebrity Big Brother", "Exhibitor Relations"): the other type.
        return tied.Count > 1 || (words.Length > 1 && words.Any(ThingWord)) ? byCount[1].Key : tied[0];
    }

    private static bool ThingWord(string word) =>
        Lexicon.IsEverydayWordOrPlural(word) || Lexicon.IsOrganizationHead(word) || Lexicon.IsOtherHead(word) || Lexicon.IsPlaceHead(word);

    private static string Unique(string id, HashSet<string> taken)
    {
        var candidate = id;
        for (var n = 2; taken.Contains(candidate); n++)
        {
            candidate = $"{id}-{n}";
        }

        return candidate;
    }
}
