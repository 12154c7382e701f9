using BriefingSite.Model;

namespace BriefingSite.Extract;

/// <summary>Finds names in headlines written in capitals, where capitals say nothing: by the names the article
/// writes in ordinary case elsewhere, and by the places everyone knows.</summary>
internal static class ShoutedNames
{
    private const int LongestName = 4;

    /// <summary>Adds each name found in a line in capitals as an alias of its entity; new entities for known places.</summary>
    public static void Attach(
        TokenizedSentences sentences, List<EntityEvidence> kept, Dictionary<EntityEvidence, EntityType> types, bool sports)
    {
        // Most articles hold no line in capitals, and then there is nothing to attach.
        var shouting = Enumerable.Range(0, sentences.Count).Where(i => CandidateScanner.IsShouting(sentences.Tokens[i])).ToList();
        if (shouting.Count == 0)
        {
            return;
        }

        var byName = new Dictionary<string, EntityEvidence>(StringComparer.OrdinalIgnoreCase);
        foreach (var group in kept)
        {
            byName.TryAdd(group.Name, group);
            group.Aliases.ForEach(a => byName.TryAdd(a, group));
        }

        // "PARNEVIK" is Jesper Parnevik when the article names no one else so.
        foreach (var group in kept.Where(g => types[g] == EntityType.Person).ToList())
        {
            var surname = group.Name.Split(' ')[^1];
            if (surname.Length > 2 && kept.Count(g => types[g] == EntityType.Person && g.Name.EndsWith(" " + surname, StringComparison.Ordinal)) == 1)
            {
                byName.TryAdd(surname, group);
            }
        }

        foreach (var index in shouting)
        {
            Match(sentences.Texts[index], index, sentences.Tokens[index], byName, kept, types, sports);
        }
    }

    private static void Match(
        string sentence, int index, IReadOnlyList<Token> tokens, Dictionary<string, EntityEvidence> byName,
        List<EntityEvidence> kept, Dictionary<EntityEvidence, EntityType> types, bool sports)
    {
        var i = 0;
        while (i < tokens.Count)
        {
            var matched = 0;
            for (var n = Math.Min(LongestName, tokens.Count - i); n >= 1 && matched == 0; n--)
            {
                if (!Contiguous(sentence, tokens, i, n))
                {
                    continue;
                }

                var text = sentence[tokens[i].Start..tokens[i + n - 1].End];
                var candidate = new NameCandidate(text, index, tokens[i].Start, tokens[i + n - 1].End);
                if (byName.TryGetValue(text, out var group))
                {
                    group.Add(candidate);
                    matched = n;
                }
                else if (text.Length > 3 && Lexicon.IsPlace(text))
                {
                    group = new EntityEvidence(text, candidate);
                    group.Add(candidate);
                    kept.Add(group);
                    types[group] = EntityTyper.Classify(group, sports);
                    byName[text] = group;
                    matched = n;
                }
            }

            i += Math.Max(matched, 1);
        }
    }

    private static bool Contiguous(string text, IReadOnlyList<Token> tokens, int from, int count)
    {
        for (var k = from + 1; k < from + count; k++)
        {
            if (!Tokenizer.Adjacent(text, tokens[k - 1], tokens[k]))
            {
                return false;
            }
        }

        return true;
    }
}
