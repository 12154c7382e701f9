using BriefingSite.Extract;
using BriefingSite.Model;

namespace BriefingSite.Link;

public sealed partial class EntityResolver
{
    // A lone word that some briefings call a person and others a thing or a body, and that no briefing writes more of
    // ("Usher", "Napster", "Dell"), is one thing: a person's lone word meets no other type on its keys (see KeysOf), so
    // it would have a page of its own beside the thing's. Only clusters of lone words meet here, one person's and one
    // other's: a lone word already joined to a full name ("McDonald" to Kevin McDonald) keeps to it, and a place keeps
    // apart ("Jordan", "Hamilton"), as do a body and a common first name ("Chelsea"): type is the better evidence there.
    private void JoinLoneWordsAcrossTypes()
    {
        // By root: whether any member is more than a lone word, and a bit for each type its members have.
        var root = Roots();
        var notLone = new bool[root.Length];
        var types = new int[root.Length];
        for (var n = 0; n < root.Length; n++)
        {
            // A cluster with an entity file, or a name written by hand, is as its writer made it.
            notLone[root[n]] = notLone[root[n]] || n >= nodes.Count || pinned[n] || !IsLoneWord(nodes[n].Entity);
            if (n < nodes.Count)
            {
                types[root[n]] |= Bit(nodes[n].Entity.Type);
            }
        }

        // Each lone word's clusters, by whether a person's.
        var byWord = new Dictionary<string, (HashSet<int> People, HashSet<int> Others)>(StringComparer.Ordinal);
        for (var n = 0; n < nodes.Count; n++)
        {
            if (!notLone[root[n]])
            {
                var word = nodes[n].Entity.Name;
                var found = byWord.TryGetValue(word, out var known) ? known : byWord[word] = ([], []);
                ((types[root[n]] & Bit(EntityType.Person)) != 0 ? found.People : found.Others).Add(root[n]);
            }
        }

        foreach (var (word, (people, others)) in byWord)
        {
            if (people.Count == 1 && others.Count == 1 && types[others.First()] is var kinds && (kinds & Bit(EntityType.Place)) == 0
                && ((kinds & Bit(EntityType.Organization)) == 0 || !Lexicon.IsFirstName(word)))
            {
                sets.Union(people.First(), others.First());
            }
        }
    }

    private static int Bit(EntityType type) => 1 << (int)type;

    private bool IsLoneWord(EntityRef entity) =>
        keys.Words(entity.Name).Count == 1 && entity.Aliases.All(alias => keys.Words(alias).Count == 1) && !NameKeys.IsAcronym(entity.Name);
}
