using System.Text.RegularExpressions;

namespace BriefingSite.Extract;

/// <summary>Splits a sentence into words, keeping hyphenated names and dotted abbreviations whole and leaving off "'s".</summary>
internal static partial class Tokenizer
{
    public static IReadOnlyList<Token> Tokenize(string text)
    {
        var tokens = new List<Token>();
        foreach (var match in Word().EnumerateMatches(text))
        {
            tokens.Add(new Token(text.Substring(match.Index, match.Length), match.Index, match.Index + match.Length));
        }

        return tokens;
    }

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

    // Dotted abbreviations ("U.S."), initials before a name ("J. Ratcliffe"), then words joined by hyphens, ampersands or inner apostrophes (not a possessive 's).
    [GeneratedRegex(@"(?:\p{Lu}\.){2,}|\p{Lu}\.(?=\s\p{Lu}\p{Ll})|[\p{L}\p{N}]+(?:[-&][\p{L}\p{N}]+|['’](?![sS]\b)\p{L}+)*")]
    private static partial Regex Word();
}
