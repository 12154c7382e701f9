using BriefingSite.Model;

namespace BriefingSite.Link;

/// <summary>Finds the body sentences of a briefing that name an entity by its name or an alias.</summary>
public static class MentionFinder
{
    public static IReadOnlyList<BodySentence> Find(IReadOnlyList<BodySentence> sentences, EntityRef entity) => Find(new SentenceText(sentences), entity);

    public static IReadOnlyList<BodySentence> Find(SentenceText sentences, EntityRef entity) => sentences.Naming(NamesOf(entity));

    // One-letter names would match too much.
    private static List<string> NamesOf(EntityRef entity)
    {
        var names = new List<string>(entity.Aliases.Count + 1);
        foreach (var name in entity.Aliases.Prepend(entity.Name))
        {
            if (name.Length > 1 && !names.Contains(name))
            {
                names.Add(name);
            }
        }

        return names;
    }

    /// <summary>Whole-word, case-sensitive containment.</summary>
    public static bool ContainsWord(string text, string word)
    {
        for (var at = text.IndexOf(word, StringComparison.Ordinal); at >= 0; at = text.IndexOf(word, at + 1, StringComparison.Ordinal))
        {
            var end = at + word.Length;
            if ((at == 0 || !char.IsLetterOrDigit(text[at - 1])) && (end == text.Length || !char.IsLetterOrDigit(text[end])))
            {
                return true;
            }
        }

        return false;
    }
}
