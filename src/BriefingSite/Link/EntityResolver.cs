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

    // People named by one word whose id is that word's (as extraction gives it): they meet on that id only when no person
    // of that surname took them (see JoinLoneWordsLeft); those a person took stay apart from each other.
    private readonly bool[] loneWord;
    private readonly bool[] takenBySurname;
    private readonly Dictionary<(string Kind, string Value), int> firstWithKey = [];
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
        loneWord = new bool[count];
        takenBySurname = new bool[count];
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

            if (entity.Type == EntityType.Person && keys.Words(entity.Name) is var words)
            {
                var surname = Surname(entity.Name, words);
                personNames[n] = (surname.Words == 0 ? "" : keys.NameKey(surname.Text), words is [var given, ..] ? given : "", words.Count > surname.Words);
                loneWord[n] = words.Count == 1 && entity.Id == Slugger.Slug(entity.Name);
            }

            nodeKeys[n] = KeysOf(entity, withId: !loneWord[n]);
            nodeAcronyms[n] = Acronyms(entity);
            severalWordNames[n] = SeveralWordNames(entity);
        });
    }

    // A person's surname and how many of the name's words it holds: its last word, or its last hyphenated run of words,
    // which is one surname ("Simpson-Daniel": a lone "Daniel" is no short form of it, nor "Simpson" its given name).
    private (string Text, int Words) Surname(string name, IReadOnlyList<string> words)
    {
        if (words.Count == 0)
        {
            return ("", 0);
        }

        var last = name.AsSpan().TrimEnd();
        last = last[(last.LastIndexOfAny(' ', '\u00a0') + 1)..];
        if (!last.Contains('-'))
        {
            return (words[^1], 1);
        }

        var text = last.ToString();
        return keys.Words(text).Count is var count and > 0 ? (text, count) : (words[^1], 1);
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
        resolver.JoinLoneWordsLeft();
        resolver.JoinOnAcronyms();
        resolver.JoinLoneWordsAcrossTypes();
        resolver.Name();
        return resolver;
    }

    private void Key(int node, (string Kind, string Value) key)
    {
        if (!firstWithKey.TryAdd(key, node))
        {
            sets.Union(firstWithKey[key], node);
        }
    }

    private void JoinOnKeys()
    {
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
    private (string Kind, string Value)[] KeysOf(EntityRef entity, bool withId)
    {
        var found = new (string Kind, string Value)[1 + entity.Aliases.Count + 1];
        var count = 0;
        if (withId)
        {
            found[count++] = IdKey(entity);
        }

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

            // A bare surname joins the one person who carries it; among several, the one whose company it keeps, or else
            // the one named far more often than any other. A common given name ("Sir John", "her brother Daniel") joins
            // only by the company it keeps, one person or several, and so does a lone word given a role of its own, as a
            // stage name is ("Happy Mondays dancer Bez" is no Ulrich Bez). One its id joined to a person already (as the last
            // build chose) stays with that person.
            // The candidates' company and the one named far more often, worked out when a bare surname first asks.
            var clusters = full.Select(sets.Find).Distinct().ToList();
            var evidence = new Lazy<(List<(int Root, HashSet<int> Company)> Candidates, int? MostNamed)>(() => (
                clusters.Select(c => (c, Company.Of(full.Where(n => sets.Find(n) == c)))).ToList(),
                clusters.Count > 1 ? FarMostNamed(clusters, full) : null));
            foreach (var bare in clusters.Count == 0 ? [] : sameSurname.Where(n => !personNames[n].Full && !clusters.Contains(sets.Find(n))))
            {
                var byCompanyOnly = Lexicon.IsFirstName(nodes[bare].Entity.Name) || nodes[bare].Entity.Role is not null;
                var person = clusters.Count == 1 && !byCompanyOnly
                    ? clusters[0]
                    : Company.Closest(bare, evidence.Value.Candidates) ?? (byCompanyOnly ? null : evidence.Value.MostNamed);
                if (person is int chosen)
                {
                    sets.Union(chosen, bare);
                    takenBySurname[bare] = true;
                }
            }
        }
    }

    // The person of these named in full by ten times as many nodes as any other at least, if one is: Tony Blair rather
    // than Cherie Blair, but not Ian McCall (9) rather than Mark McCall (2), whom "Ulster coach mark McCall" names.
    private int? FarMostNamed(List<int> clusters, List<int> full)
    {
        var counts = clusters.Select(root => (Root: root, Count: full.Count(n => sets.Find(n) == root))).OrderByDescending(c => c.Count).ToList();
        return counts[0].Count >= FarMore * counts[1].Count ? counts[0].Root : null;
    }

    private const int FarMore = 10;

    // "Blair" alone, in briefings where no one named Blair in full is seen, or where the company kept chose none: one
    // entity, met on its id. Joined on it before the surnames were, one bare "Blair" taken for Tony Blair and another
    // for Cherie Blair would have made the two one.
    private void JoinLoneWordsLeft()
    {
        for (var n = 0; n < nodes.Count; n++)
        {
            if (loneWord[n] && !takenBySurname[n])
            {
                Key(n, IdKey(nodes[n].Entity));
            }
        }
    }

    private void JoinOnAcronyms()
    {
        var rootBefore = Roots();
        var byAcronym = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var n = 0; n < nodes.Count; n++)
        {
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

    // The root of every node and entity file, as the joins so far left them.
    private int[] Roots()
    {
        var root = new int[nodes.Count + files.Count];
        for (var n = 0; n < root.Length; n++)
        {
            root[n] = sets.Find(n);
        }

        return root;
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
}
