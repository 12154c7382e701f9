using System.Globalization;

namespace BriefingSite.Extract;

/// <summary>Splits a sentence into words, keeping hyphenated names and dotted abbreviations whole and leaving off "'s".</summary>
/// <remarks>
/// A word is, tried in this order at its first letter or digit: two or more dotted capitals ("U.S."); one dotted
/// capital before a space and a capitalised word ("J. Ratcliffe"); else letters and digits joined by hyphens,
/// ampersands or inner apostrophes, an apostrophe being followed by letters and not a possessive "s" alone.
/// A scan by hand: it reads every sentence of every article, many times quicker than the pattern it replaced.
/// </remarks>
internal static class Tokenizer
{
    public static Token[] Tokenize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        // Every word holds at least one character, so a sentence holds at most as many words as characters.
        Span<int> ends = text.Length <= 1024 ? stackalloc int[text.Length] : new int[text.Length];
        Span<int> starts = text.Length <= 1024 ? stackalloc int[text.Length] : new int[text.Length];
        var count = 0;
        var i = 0;
        while (i < text.Length)
        {
            if (!IsLetterOrDigit(text[i]))
            {
                i++;
                continue;
            }

            starts[count] = i;
            i = WordEnd(text, i);
            ends[count++] = i;
        }

        var tokens = new Token[count];
        for (var k = 0; k < count; k++)
        {
            tokens[k] = new Token(Text(text.AsSpan(starts[k]..ends[k])), starts[k], ends[k]);
        }

        return tokens;
    }

    // The words English uses most, about a quarter of all words, each handed out as one string rather than made anew.
    // A switch costs about what it saves; a hash table of every stop word was measured to cost more CPU than it saved.
    private static string Text(ReadOnlySpan<char> word) => word switch
    {
        "the" => "the", "to" => "to", "of" => "of", "and" => "and", "a" => "a", "in" => "in", "for" => "for", "is" => "is",
        "The" => "The", "that" => "that", "on" => "on", "said" => "said", "was" => "was", "it" => "it", "be" => "be",
        "with" => "with", "has" => "has", "as" => "as", "have" => "have", "he" => "he", "at" => "at", "will" => "will",
        "by" => "by", "are" => "are", "from" => "from", "not" => "not", "his" => "his", "an" => "an", "had" => "had", "but" => "but",
        _ => word.ToString(),
    };

    /// <summary>True when only spaces lie between two tokens, so they may belong to one name.</summary>
    public static bool Adjacent(string text, Token left, Token right)
    {
        for (var i = left.End; i < right.Start; i++)
        {
            if (!char.IsWhiteSpace(text[i]))
            {
                return false;
            }
        }

        return right.Start > left.End;
    }

    private static int WordEnd(string text, int start)
    {
        var dotted = DottedCapitals(text, start);
        if (dotted >= 2)
        {
            return start + 2 * dotted;
        }

        // "J. Ratcliffe": the initial keeps its dot.
        if (dotted == 1 && start + 4 < text.Length && char.IsWhiteSpace(text[start + 2])
            && char.IsUpper(text[start + 3]) && char.IsLower(text[start + 4]))
        {
            return start + 2;
        }

        var i = Run(text, start, letterOrDigit: true);

        // "St. Petersburg", "Dr. Alexandria Smith", "Rep. Ilhan Omar": a place's or a title's short form (as the titles
        // table writes it, dot and all, in capital and small letters: "MS. Final" is multiple sclerosis) keeps its dot
        // before a capitalised word, so the name and its title run on.
        if (i + 2 < text.Length && text[i] == '.' && text[i + 1] == ' ' && char.IsUpper(text[i + 2]) && i - start >= 2 && char.IsLower(text[start + 1])
            && (text.AsSpan(start, i - start) is "St" or "Mt" or "Ft" || Lexicon.IsTitle(text.AsSpan(start, i + 1 - start))))
        {
            return i + 1;
        }

        while (i + 1 < text.Length)
        {
            var c = text[i];
            if (c is '-' or '&' && IsLetterOrDigit(text[i + 1]))
            {
                i = Run(text, i + 1, letterOrDigit: true);
            }
            else if (c is '\'' or '’' && IsLetter(text[i + 1]) && !IsPossessive(text, i + 1))
            {
                i = Run(text, i + 1, letterOrDigit: false);
            }
            else
            {
                break;
            }
        }

        return i;
    }

    // How many capital-and-dot pairs start here.
    private static int DottedCapitals(string text, int start)
    {
        var pairs = 0;
        var i = start;
        while (i + 1 < text.Length && char.IsUpper(text[i]) && text[i + 1] == '.')
        {
            pairs++;
            i += 2;
        }

        return pairs;
    }

    private static int Run(string text, int from, bool letterOrDigit)
    {
        var i = from;
        while (i < text.Length && (letterOrDigit ? IsLetterOrDigit(text[i]) : IsLetter(text[i])))
        {
            i++;
        }

        return i;
    }

    // "s" or "S" ending a word, as in "Pakistan's": the possessive is left off.
    private static bool IsPossessive(string text, int at) =>
        text[at] is 's' or 'S' && (at + 1 == text.Length || !IsBoundaryWordChar(text[at + 1]));

    private static bool IsLetter(char c) => char.IsLetter(c);

    private static bool IsLetterOrDigit(char c) => char.IsLetter(c) || char.GetUnicodeCategory(c) is
        UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber;

    // A word character as the regular-expression word boundary reads it.
    private static bool IsBoundaryWordChar(char c) =>
        char.GetUnicodeCategory(c) is UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter
            or UnicodeCategory.TitlecaseLetter or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter
            or UnicodeCategory.NonSpacingMark or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.ConnectorPunctuation
        || c is '\u200d' or '\u200c';
}
