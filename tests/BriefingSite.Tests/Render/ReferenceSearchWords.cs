using System.Globalization;
using System.Text;

namespace BriefingSite.Tests.Render;

/// <summary>Search words as they were read before the reader of spans: one string per word.</summary>
internal static class ReferenceSearchWords
{
    // Words too common to tell one briefing from another; a query's other words still find the briefing.
    private static readonly HashSet<string> Common = new(StringComparer.Ordinal)
    {
        "the", "and", "for", "with", "from", "that", "this", "these", "those", "was", "were", "are", "been", "has", "have",
        "had", "will", "would", "can", "could", "should", "may", "might", "its", "his", "her", "their", "our", "they", "them",
        "she", "him", "you", "not", "but", "also", "after", "before", "about", "into", "over", "under", "more", "most", "other",
        "some", "such", "only", "than", "then", "there", "here", "which", "who", "whom", "whose", "what", "when", "where", "why",
        "how", "said", "says", "one", "two", "new", "all", "any", "out", "being", "did", "does", "just", "very",
    };

    public static IEnumerable<string> Of(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            yield break;
        }

        var word = new StringBuilder();
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsLetterOrDigit(c))
            {
                word.Append(char.ToLowerInvariant(c));
            }
            else if (word.Length > 0)
            {
                yield return word.ToString();
                word.Clear();
            }
        }

        if (word.Length > 0)
        {
            yield return word.ToString();
        }
    }

    /// <summary>Worth indexing: not a common word, and long enough to mean something (numbers of three digits or more).</summary>
    public static bool Telling(string word) => word.Length >= 3 && !Common.Contains(word);
}
