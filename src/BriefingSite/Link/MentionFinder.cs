using BriefingSite.Model;

namespace BriefingSite.Link;

/// <summary>Finds the body sentences of a briefing that name an entity by its name or an alias.</summary>
public static class MentionFinder
{
    public static IReadOnlyList<BodySentence> Find(IReadOnlyList<BodySentence> sentences, EntityRef entity)
    {
        var names = entity.Aliases.Prepend(entity.Name).Where(n => n.Length > 1).Distinct(StringComparer.Ordinal).ToList();
        var found = new List<BodySentence>();
        foreach (var sentence in sentences)
        {
            foreach (var name in names)
            {
                if (ContainsWord(sentence.Text, name))
                {
                    found.Add(sentence);
                    break;
                }
            }
        }

        return found;
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
