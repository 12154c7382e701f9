using System.Globalization;
using System.Text;

namespace BriefingSite.Link;

/// <summary>The content words of a text with where each stands, keyed as <see cref="NameKeys"/> keys names.</summary>
public static class NameWords
{
    /// <summary>A content word: its spelling key and its span in the text.</summary>
    public readonly record struct Word(string Key, int Start, int End);

    /// <summary>Words split on anything but letters, digits and inner apostrophes or dots; filler words left out; a possessive "’s" dropped.</summary>
    public static IReadOnlyList<Word> Of(string text) => Of(text, null);

    /// <summary>As <see cref="Of(string)"/>, for a text read only for words that some name holds: a word whose key is not
    /// among <paramref name="known"/> is keyed "" (no word's key is empty), which costs no string.</summary>
    /// <param name="known">The keys that matter, compared ordinally; null for every word's own key.</param>
    public static IReadOnlyList<Word> Of(string text, HashSet<string>? known)
    {
        var words = new List<Word>((text.Length / 6) + 1);
        var lookup = known?.GetAlternateLookup<ReadOnlySpan<char>>();

        // The folded letters of the word being read and its key; the only string a word costs is its key.
        Span<char> word = text.Length <= 512 ? stackalloc char[512] : new char[text.Length];
        Span<char> key = text.Length <= 512 ? stackalloc char[512] : new char[text.Length];
        var length = 0;
        var start = -1;
        var end = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var c = i < text.Length ? text[i] : ' ';
            if (char.IsLetterOrDigit(c))
            {
                start = start < 0 ? i : start;
                word[length++] = Fold(c);
                end = i + 1;
                continue;
            }

            var possessive = c is '’' or '\'' && i + 1 < text.Length && text[i + 1] is 's' && (i + 2 == text.Length || !char.IsLetterOrDigit(text[i + 2]));
            if (start >= 0 && c is '’' or '\'' or '.' && !possessive)
            {
                continue;
            }

            if (start >= 0)
            {
                if (!NameKeys.IsFiller(word[..length]))
                {
                    words.Add(new Word(lookup is { } keys ? Known(keys, key[..NameKeys.SkeletonOfWord(word[..length], key)]) : NameKeys.SkeletonOfWord(word[..length]), start, end));
                }

                length = 0;
                start = -1;
            }

            i += possessive ? 1 : 0;
        }

        return words;
    }

    private static string Known(HashSet<string>.AlternateLookup<ReadOnlySpan<char>> keys, ReadOnlySpan<char> key) =>
        keys.TryGetValue(key, out var known) ? known : "";

    private static char Fold(char c)
    {
        if (c < 128)
        {
            return char.ToLowerInvariant(c);
        }

        // Diacritics go, as in NameKeys.Words: "Tehrīk" and "Tehrik" are one spelling.
        var decomposed = c.ToString().Normalize(NormalizationForm.FormD);
        return char.ToLowerInvariant(decomposed.FirstOrDefault(d => CharUnicodeInfo.GetUnicodeCategory(d) != UnicodeCategory.NonSpacingMark, c));
    }
}
