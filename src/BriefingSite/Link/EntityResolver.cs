using BriefingSite.Extract;
using BriefingSite.Model;

namespace BriefingSite.Link;

/// <summary>Finds which entities of different briefings are one thing and gives each a site-wide id.</summary>
/// <remarks>
/// Entities meet on their id, on the consonant skeleton of any multi-word name or alias, on surname plus a
/// compatible given name (people only), on an alias written in an entity file, on a shared acronym when
/// their expansions share a content word, and a person's lone word on the same word of a thing or a body.
/// Near-linear: every rule works through keyed buckets.
/// </remarks>
public sealed partial class EntityResolver
{
    private readonly List<(int Briefing, EntityRef Entity)> nodes;
    private readonly List<EntityFile> files;
    private readonly DisjointSets sets;
    private readonly int[] firstNode;
    private readonly NameKeyMemo keys = new();

    // What the joins read of each node's names, worked out side by side before the joins (which run in node order).
    private readonly (string Kind, string Value)[][] nodeKeys;
    private readonly string[][] nodeAcronyms;
    private readonly (string Surname, string GivenName, bool Full)[] personNames;
    private readonly (string Key, string Spelled)[][] severalWordNames;

    // Nodes whose id was written by hand: they join on that id alone (see HandIds).
    private readonly bool[] pinned;
    private CoOccurrence Company => company ??= new CoOccurrence(nodes.Select(n => n.Briefing).ToList(), sets);
    private CoOccurrence? company;

    private EntityResolver(IReadOnlyList<Briefing> briefings, IReadOnlyList<EntityFile> entityFiles, HandIds handIds)
    {
        // Sized at once: a large site's lists of nodes are large objects, and each one the list outgrew would count
        // towards a full collection.
        var count = briefings.Sum(b => b.Entities.Count);
        firstNode = new int[briefings.Count];
        nodes = new(count);
        pinned = new bool[count];
        for (var b = 0; b < briefings.Count; b++)
        {
            firstNode[b] = nodes.Count;
            foreach (var entity in briefings[b].Entities)
            {
                pinned[nodes.Count] = handIds.Contains(briefings[b].Slug, entity.Id);
                nodes.Add((b, entity));
            }
        }

        files = entityFiles.OrderBy(f => f.Id, StringComparer.Ordinal).ToList();
        sets = new DisjointSets(nodes.Count + files.Count);
        nodeKeys = new (string, string)[nodes.Count][];
        nodeAcronyms = new string[nodes.Count][];
        personNames = new (string, string, bool)[nodes.Count];
        severalWordNames = new (string, string)[nodes.Count][];
        Parallel.For(0, nodes.Count, n =>
        {
            var entity = nodes[n].Entity;
            if (pinned[n])
            {
                // Whatever type carries the id: a person given a place's id by hand joins the place.
                nodeKeys[n] = [("hand-id", entity.Id), ("id", entity.Id), ("person-id", entity.Id)];
                nodeAcronyms[n] = [];
                severalWordNames[n] = [];
                return;
            }

            nodeKeys[n] = KeysOf(entity);
            nodeAcronyms[n] = Acronyms(entity);
            severalWordNames[n] = SeveralWordNames(entity);
            if (entity.Type == EntityType.Person && keys.Words(entity.Name) is var words)
            {
                personNames[n] = (words is [.., var surname] ? keys.NameKey(surname) : "", words is [var given, ..] ? given : "", words.Count > 1);
            }
        });
    }

    public IReadOnlyList<ResolvedEntity> Entities { get; private set; } = [];

    // Looked up once resolution is done, so callers in parallel only read (Find would shorten paths as it goes).
    private ResolvedEntity[] ofNode = [];

    /// <summary>The site-wide entity for the entity at <paramref name="position"/> in briefing number <paramref name="briefing"/>.</summary>
    /// <remarks>A briefing that lists one local id twice gets the first one's entity for both.</remarks>
    public ResolvedEntity Of(int briefing, int position) => ofNode[firstNode[briefing] + position];

    /// <summary>The site-wide entity for the entity with this local id in briefing number <paramref name="briefing"/>.</summary>
    public ResolvedEntity Of(int briefing, string localId)
    {
        var entities = nodes.Skip(firstNode[briefing]).TakeWhile(n => n.Briefing == briefing).Select(n => n.Entity.Id).ToList();
        return Of(briefing, entities.IndexOf(localId) is var at and >= 0 ? at : throw new KeyNotFoundException(localId));
    }

    /// <param name="handIds">Ids written by hand: each joins only what carries the same id (by default, none).</param>
    public static EntityResolver Resolve(IReadOnlyList<Briefing> briefings, IReadOnlyList<EntityFile> entityFiles, HandIds? handIds = null)
    {
        var resolver = new EntityResolver(briefings, entityFiles, handIds ?? HandIds.None);
        resolver.JoinOnKeys();
        resolver.JoinAcrossTypes();
        resolver.JoinPeopleBySurname();
        resolver.JoinOnAcronyms();
        resolver.JoinLoneWordsAcrossTypes();
        resolver.Name();
        return resolver;
    }

    private void JoinOnKeys()
    {
        var firstWithKey = new Dictionary<(string Kind, string Value), int>();
        void Key(int node, (string Kind, string Value) key)
        {
            if (!firstWithKey.TryAdd(key, node))
            {
                sets.Union(firstWithKey[key], node);
            }
        }

        for (var n = 0; n < nodes.Count; n++)
        {
            foreach (var key in nodeKeys[n])
            {
                Key(n, key);
            }
        }

        for (var f = 0; f < files.Count; f++)
        {
            var node = nodes.Count + f;
            Key(node, ("id", files[f].Id));
            Key(node, ("person-id", files[f].Id));
            foreach (var name in files[f].Aliases.Concat(files[f].Name is { } n ? [n] : []))
            {
                // A hand-written alias merges whatever carries it, of any type.
                Key(node, NameKey(EntityType.Person, name));
                Key(node, NameKey(EntityType.Other, name));
                Key(node, ("acronym", name));
            }
        }

        // Entity files may claim an acronym outright.
        for (var n = 0; n < nodes.Count; n++)
        {
            foreach (var acronym in nodeAcronyms[n])
            {
                if (firstWithKey.TryGetValue(("acronym", acronym), out var file) && file >= nodes.Count)
                {
                    sets.Union(file, n);
                }
            }
        }
    }

    // The keys a node joins on: its id, and the skeleton of each name that is not an acronym.
    private (string Kind, string Value)[] KeysOf(EntityRef entity)
    {
        var found = new (string Kind, string Value)[1 + entity.Aliases.Count + 1];
        var count = 0;
        found[count++] = IdKey(entity);
        for (var i = -1; i < entity.Aliases.Count; i++)
        {
            // A lone word names a person only within one article ("Finer"); across the site it is too weak. A person
            // and a place or organisation meet only on names of several words written alike (see JoinAcrossTypes).
            var name = i < 0 ? entity.Name : entity.Aliases[i];
            if (!NameKeys.IsAcronym(name) && (entity.Type != EntityType.Person || keys.Words(name).Count > 1))
            {
                found[count++] = NameKey(entity.Type, name);
            }
        }

        return count == found.Length ? found : found.AsSpan(0, count).ToArray();
    }

    // Each name of several words (not an acronym) with its key and its spelling without filler words, for JoinAcrossTypes.
    // An entity of one name (most are) shares the memo's array for that name.
    private (string Key, string Spelled)[] SeveralWordNames(EntityRef entity)
    {
        if (entity.Aliases.Count == 0)
        {
            return keys.SeveralWords(entity.Name);
        }

        List<(string, string)>? found = null;
        for (var i = -1; i < entity.Aliases.Count; i++)
        {
            foreach (var item in keys.SeveralWords(i < 0 ? entity.Name : entity.Aliases[i]))
            {
                (found ??= []).Add(item);
            }
        }

        return found is null ? [] : [.. found];
    }

    private static (string Kind, string Value) IdKey(EntityRef entity) => (entity.Type == EntityType.Person ? "person-id" : "id", entity.Id);

    // A name of several words is one thing whatever type an article gave it ("Lehman Brothers" a person in one, a body
    // in another; "Buenos Aries" a person, "Buenos Aires" a place): a person's name and another type's meet when their
    // skeletons agree and their spellings differ by two letters at most, not on consonants alone ("Scott Murray" is no
    // "St Mary"). A lone word stays apart across types ("Hamilton" the place and the driver): type is evidence too.
    private void JoinAcrossTypes()
    {
        var byKey = new Dictionary<string, Dictionary<(string Spelled, bool Person), int>>(StringComparer.Ordinal);
        for (var n = 0; n < nodes.Count; n++)
        {
            foreach (var (key, spelled) in severalWordNames[n])
            {
                var spellings = byKey.TryGetValue(key, out var known) ? known : byKey[key] = [];
                spellings.TryAdd((spelled, nodes[n].Entity.Type == EntityType.Person), n);
            }
        }

        foreach (var spellings in byKey.Values.Where(s => s.Count > 1))
        {
            foreach (var (person, personNode) in spellings.Where(s => s.Key.Person).Select(s => (s.Key.Spelled, s.Value)))
            {
                foreach (var (other, otherNode) in spellings.Where(s => !s.Key.Person).Select(s => (s.Key.Spelled, s.Value)))
                {
                    if (PersonNames.EditDistanceAtMost(person, other, 2))
                    {
                        sets.Union(personNode, otherNode);
                    }
                }
            }
        }
    }

    private void JoinPeopleBySurname()
    {
        var bySurname = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var n = 0; n < nodes.Count; n++)
        {
            if (nodes[n].Entity.Type == EntityType.Person && !pinned[n])
            {
                (bySurname.TryGetValue(personNames[n].Surname, out var same) ? same : bySurname[personNames[n].Surname] = []).Add(n);
            }
        }

        // A surname one node carries has nothing to join.
        foreach (var sameSurname in bySurname.Values.Where(same => same.Count > 1))
        {
            var full = sameSurname.Where(n => personNames[n].Full).ToList();

            // Given names are compared as spellings, so each pair of spellings once, however many briefings carry them.
            var byGivenName = full.GroupBy(n => personNames[n].GivenName, StringComparer.Ordinal).ToList();
            foreach (var same in byGivenName)
            {
                foreach (var node in same)
                {
                    sets.Union(same.First(), node);
                }
            }

            var spelled = byGivenName.Where(g => g.Key.Length > 1).ToList();
            for (var i = 0; i < spelled.Count; i++)
            {
                foreach (var other in spelled.Skip(i + 1).Where(o => PersonNames.SameGivenName(spelled[i].Key, o.Key)))
                {
                    sets.Union(spelled[i].First(), other.First());
                }
            }

            // An initial joins the one person whose given name it opens; among several ("D Jones": Digby, Duncan, Diana
            // Wynne), the one whose company it keeps, and no other.
            foreach (var initial in byGivenName.Where(g => g.Key.Length == 1))
            {
                var opened = spelled.Where(g => PersonNames.SameGivenName(initial.Key, g.Key)).Select(g => sets.Find(g.First())).Distinct().ToList();
                var chosen = opened.Count switch
                {
                    0 => (int?)null,
                    1 => opened[0],
                    _ => Company.Closest(initial.First(), opened.Select(root => (root, Company.Of(full.Where(n => sets.Find(n) == root)))).ToList()),
                };
                if (chosen is int person)
                {
                    sets.Union(person, initial.First());
                }
            }

            // A bare surname joins the one person who carries it; among several, the one whose company it keeps.
            var clusters = full.Select(sets.Find).Distinct().ToList();
            List<(int Root, HashSet<int> Company)>? candidates = null;
            foreach (var bare in clusters.Count == 0 ? [] : sameSurname.Where(n => !personNames[n].Full))
            {
                candidates ??= clusters.Count < 2 ? [] : clusters.Select(c => (c, Company.Of(full.Where(n => sets.Find(n) == c)))).ToList();
                if ((clusters.Count == 1 ? clusters[0] : Company.Closest(bare, candidates)) is int chosen)
                {
                    sets.Union(chosen, bare);
                }
            }
        }
    }

    private void JoinOnAcronyms()
    {
        var rootBefore = new int[nodes.Count];
        var byAcronym = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var n = 0; n < nodes.Count; n++)
        {
            rootBefore[n] = sets.Find(n);
            foreach (var acronym in nodeAcronyms[n])
            {
                (byAcronym.TryGetValue(acronym, out var carriers) ? carriers : byAcronym[acronym] = []).Add(n);
            }
        }

        // Only the clusters of entities that carry an acronym need their members' words.
        var membersOf = byAcronym.Values.SelectMany(carriers => carriers).Select(n => rootBefore[n]).Distinct().ToDictionary(root => root, _ => new List<int>());
        for (var n = 0; n < nodes.Count; n++)
        {
            membersOf.GetValueOrDefault(rootBefore[n])?.Add(n);
        }

        var words = new Dictionary<int, HashSet<string>>();
        HashSet<string> WordsOf(int root) => words.TryGetValue(root, out var known) ? known : words[root] = membersOf[root]
            .SelectMany(n => nodes[n].Entity.Aliases.Prepend(nodes[n].Entity.Name))
            .Where(name => !NameKeys.IsAcronym(name)).SelectMany(keys.ContentWords).ToHashSet(StringComparer.Ordinal);
        foreach (var group in byAcronym.Values)
        {
            var expanded = new List<(int Root, HashSet<string> Words)>();
            var bare = new List<int>();
            foreach (var root in group.Select(n => rootBefore[n]).Distinct().Order())
            {
                var rootWords = WordsOf(root);
                if (rootWords.Count == 0)
                {
                    bare.Add(root);
                    continue;
                }

                // Two expansions of one acronym name one thing only when they share a content word.
                var match = expanded.FindIndex(e => e.Words.Overlaps(rootWords));
                if (match >= 0)
                {
                    sets.Union(expanded[match].Root, root);
                    expanded[match].Words.UnionWith(rootWords);
                }
                else
                {
                    expanded.Add((root, new HashSet<string>(rootWords, StringComparer.Ordinal)));
                }
            }

            foreach (var root in bare)
            {
                // One acronym for several organisations: the bare one goes with the expansion whose company it keeps.
                var chosen = expanded.Count switch
                {
                    0 => bare[0],
                    1 => expanded[0].Root,
                    _ => Company.Closest(root, expanded.Select(e => (e.Root, Company.Of(group.Where(n => sets.Find(n) == sets.Find(e.Root))))).ToList()),
                };
                if (chosen is int target)
                {
                    sets.Union(target, root);
                }
            }
        }
    }

    private void Name()
    {
        // Each cluster's members in index order; its root, the smallest index, comes first.
        var count = nodes.Count + files.Count;
        var root = new int[count];
        var clusterOf = new int[count];
        var clusters = new List<List<int>>();
        for (var n = 0; n < count; n++)
        {
            root[n] = sets.Find(n);
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

    private (string Kind, string Value) NameKey(EntityType type, string name) =>
        type == EntityType.Person ? ("person", keys.Skeleton(name)) : ("name", keys.NameKey(name));

    // The distinct acronyms among an entity's name and aliases, in that order.
    private static string[] Acronyms(EntityRef entity)
    {
        List<string>? found = null;
        for (var i = -1; i < entity.Aliases.Count; i++)
        {
            var name = i < 0 ? entity.Name : entity.Aliases[i];
            if (NameKeys.IsAcronym(name) && !(found?.Contains(name) ?? false))
            {
                (found ??= []).Add(name);
            }
        }

        return found is null ? [] : [.. found];
    }

    // The name most briefings use; a spelled-out name beats an acronym, and a person's full name beats its initial or
    // its surname alone ("Andrea Lo Cicero", not "A Lo Cicero" nor "Lo Cicero"); a longer name breaks ties.
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
                || names.Any(other => other.Key.Length > g.Key.Length && other.Key.EndsWith(" " + g.Key, StringComparison.Ordinal)));
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
