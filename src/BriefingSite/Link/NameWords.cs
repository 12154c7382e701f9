using System.Globalization;
using System.Text;

namespace BriefingSite.Link;

/// <summary>The content words of a text with where each stands, keyed as <see cref="NameKeys"/> keys names.</summary>
public static class NameWords
{
    /// <summary>A content word: its spelling key and its span in the text.</summary>
    public readonly record struct Word(string Key, int Start, int End);

    /// <summary>Words split on anything but letters, digits and inner apostrophes or dots; filler words left out; a possessive "’s" dropped.</summary>
    public static IReadOnlyList<Word> Of(string text)
    {
        var words = new List<Word>();
        var word = new StringBuilder();
        var start = -1;
        var end = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var c = i < text.Length ? text[i] : ' ';
            if (char.IsLetterOrDigit(c))
            {
                start = start < 0 ? i : start;
                word.Append(Fold(c));
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
                var folded = word.ToString();
                if (!NameKeys.IsFiller(folded))
                {
                    words.Add(new Word(NameKeys.SkeletonOfWord(folded), start, end));
                }

                word.Clear();
                start = -1;
            }

            i += possessive ? 1 : 0;
        }

        return words;
    }

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
