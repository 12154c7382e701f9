using System.Text.RegularExpressions;

namespace BriefingSite.Extract;

/// <summary>Takes the place a report was filed from off the article's first sentence, for summaries and key points.</summary>
internal static partial class Dateline
{
    /// <summary>
    /// "WASHINGTON (AP) — The …", "HANOI, Vietnam (AP) — …", "(Reuters) — …", "NEW YORK (Reuters) - …" and
    /// "CLEVELAND, Ohio – The …" give "The …" whatever the
    /// place: a news agency in brackets before a dash is a dateline. "ISLAMABAD: Pakistan has …", "NEW YORK — Stocks …" and "Islamabad Pakistan has …" (a dateline whose separator was lost) give
    /// "Pakistan has …". Without a separator the city must be followed by a country or city and then a lower-case
    /// word or a possessive, so "Washington Post reported" and "London Mayor Sadiq Khan" keep their first word.
    /// </summary>
    public static string Without(string firstSentence)
    {
        if (WithAgency().Match(firstSentence) is { Success: true } filed
            && (filed.Groups["city"].Value.All(c => !char.IsLower(c)) || Lexicon.IsCity(filed.Groups["city"].Value)))
        {
            return firstSentence[filed.Length..];
        }

        if (ShoutedPlace().Match(firstSentence) is { Success: true } shouted)
        {
            return firstSentence[shouted.Length..];
        }

        if (CitySeparated().Match(firstSentence) is { Success: true } separated && Lexicon.IsCity(string.Join(' ', separated.Groups["city"].Value.Split(' ').Select(TitleCase))))
        {
            return firstSentence[separated.Length..];
        }

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

    // A place of up to three capitalised words, perhaps a region after a comma (or no place: a sentence splitter takes
    // "Mich." for an end), a news agency in brackets, a dash or colon.
    [GeneratedRegex(@"^(?:(?<city>\p{Lu}[\p{L}.'-]*(?: \p{Lu}[\p{L}.'-]*){0,2})(?:, \p{Lu}[\p{L}.]*(?: \p{Lu}[\p{L}.]*)?)?\s*)?\((?:AP|AFP|Reuters|UPI|Bloomberg|CNN|dpa|DPA|PTI|ANI|IANS|AAP|Xinhua|Kyodo|Yonhap|EFE|ANSA|TASS|CP|APP)\)\s*(?:[:—–]|--?)\s*(?=\S)")]
    private static partial Regex WithAgency();

    // A place in capitals (up to three words, perhaps a region after a comma) and a dash: "CLEVELAND, Ohio – ",
    // "BERLIN -- ", "SIOUX FALLS, S.D. – ". Not a colon, which follows a column's heading ("DEAR ABBY: ").
    [GeneratedRegex(@"^\p{Lu}[\p{Lu}.'-]+(?: \p{Lu}[\p{Lu}.'-]*){0,2}(?:, \p{Lu}[\p{L}.]*(?: \p{Lu}[\p{L}.]*){0,2})?(?:\s*[—–]|\s+-{1,2}|-{2})\s*(?=[\p{Lu}""“'‘])")]
    private static partial Regex ShoutedPlace();

    // A city of two or three words and a separator: "NEW YORK — ", "Los Angeles: ".
    [GeneratedRegex(@"^(?<city>\p{Lu}[\p{L}-]+(?: \p{Lu}[\p{L}-]+){1,2})\s*(?:[:—–]|\s-)\s*(?=\p{Lu})")]
    private static partial Regex CitySeparated();

    [GeneratedRegex(@"^(?<place>\p{Lu}\p{L}+)(?:['’]s\b|\s+\p{Ll})")]
    private static partial Regex NextWords();
}
