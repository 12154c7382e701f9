using System.Text.RegularExpressions;

namespace BriefingSite.Extract;

/// <summary>Takes the place a report was filed from off the article's first sentence, for summaries and key points.</summary>
internal static partial class Dateline
{
    /// <summary>
    /// "ISLAMABAD: Pakistan has …" and "Islamabad Pakistan has …" (a dateline whose separator was lost) give
    /// "Pakistan has …". Without a separator the city must be followed by a country or city and then a lower-case
    /// word or a possessive, so "Washington Post reported" and "London Mayor Sadiq Khan" keep their first word.
    /// </summary>
    public static string Without(string firstSentence)
    {
        var match = Opening().Match(firstSentence);
        if (!match.Success || !Lexicon.IsCity(TitleCase(match.Groups["city"].Value)))
        {
            return firstSentence;
        }

        var rest = firstSentence[match.Length..];
        if (match.Groups["separator"].Success)
        {
            return rest;
        }

        var next = NextWords().Match(rest);
        return next.Success && Lexicon.IsPlace(next.Groups["place"].Value) ? rest : firstSentence;
    }

    private static string TitleCase(string word) =>
        word.Length > 1 && word.All(c => !char.IsLower(c)) ? word[0] + word[1..].ToLowerInvariant() : word;

    [GeneratedRegex(@"^(?<city>\p{Lu}[\p{L}-]+)(?:\s*(?<separator>[:—–]|\s-)\s*|\s+)(?=\p{Lu})")]
    private static partial Regex Opening();

    [GeneratedRegex(@"^(?<place>\p{Lu}\p{L}+)(?:['’]s\b|\s+\p{Ll})")]
    private static partial Regex NextWords();
}
