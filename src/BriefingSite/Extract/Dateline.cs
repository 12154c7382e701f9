using System.Text.RegularExpressions;

namespace BriefingSite.Extract;

/// <summary>Takes the place a report was filed from off the article's first sentence, for summaries and key points.</summary>
/// <remarks>
/// The datelines taken off, each giving "The …" or "Pakistan has …":
/// <list type="bullet">
/// <item>a news agency in brackets and a dash, whatever the place: "WASHINGTON (AP) — The …", "HANOI, Vietnam (AP) — …",
/// "(Reuters) — …" (a sentence splitter may have taken "ST. JOSEPH, Mich." for a sentence of its own);</item>
/// <item>a place in capitals and a dash: "CLEVELAND, Ohio – The …", "BERLIN -- The …";</item>
/// <item>a known city and a separator: "ISLAMABAD: Pakistan has …", "NEW YORK — Stocks …", "Kabul — The …";</item>
/// <item>a known city run into a country or city, then a lower-case word or a possessive, its separator lost:
/// "Islamabad Pakistan has …". "Washington Post reported" and "London Mayor Sadiq Khan" keep their first word.</item>
/// </list>
/// </remarks>
internal static partial class Dateline
{
    public static string Without(string firstSentence)
    {
        if (WithAgency().Match(firstSentence) is { Success: true } filed
            && (filed.Groups["city"].Value.All(c => !char.IsLower(c)) || Lexicon.IsCity(CityName(filed.Groups["city"].Value))))
        {
            return firstSentence[filed.Length..];
        }

        if (ShoutedPlace().Match(firstSentence) is { Success: true } shouted)
        {
            return firstSentence[shouted.Length..];
        }

        if (Separated().Match(firstSentence) is { Success: true } separated && Lexicon.IsCity(CityName(separated.Groups["city"].Value)))
        {
            return firstSentence[separated.Length..];
        }

        var runOn = RunOn().Match(firstSentence);
        if (!runOn.Success || !Lexicon.IsCity(CityName(runOn.Groups["city"].Value)))
        {
            return firstSentence;
        }

        var rest = firstSentence[runOn.Length..];
        var next = NextWords().Match(rest);
        return next.Success && Lexicon.IsPlace(next.Groups["place"].Value) ? rest : firstSentence;
    }

    // "NEW YORK" as the gazetteer writes it: "New York".
    private static string CityName(string words) => string.Join(' ', words.Split(' ').Select(TitleCase));

    private static string TitleCase(string word) =>
        word.Length > 1 && word.All(c => !char.IsLower(c)) ? word[0] + word[1..].ToLowerInvariant() : word;

    // A place of up to three capitalised words, perhaps a region after a comma (or no place), a news agency in brackets, a dash or colon.
    [GeneratedRegex(@"^(?:(?<city>\p{Lu}[\p{L}.'-]*(?: \p{Lu}[\p{L}.'-]*){0,2})(?:, \p{Lu}[\p{L}.]*(?: \p{Lu}[\p{L}.]*)?)?\s*)?\((?:AP|AFP|Reuters|UPI|Bloomberg|CNN|dpa|DPA|PTI|ANI|IANS|AAP|Xinhua|Kyodo|Yonhap|EFE|ANSA|TASS|CP|APP)\)\s*(?:[:—–]|--?)\s*(?=\S)")]
    private static partial Regex WithAgency();

    // A place in capitals (up to three words, perhaps a region after a comma) and a dash: "SIOUX FALLS, S.D. – ".
    // Not a colon, which follows a column's heading ("DEAR ABBY: ").
    [GeneratedRegex(@"^\p{Lu}[\p{Lu}.'-]+(?: \p{Lu}[\p{Lu}.'-]*){0,2}(?:, \p{Lu}[\p{L}.]*(?: \p{Lu}[\p{L}.]*){0,2})?(?:\s*[—–]|\s+-{1,2}|-{2})\s*(?=[\p{Lu}""“'‘])")]
    private static partial Regex ShoutedPlace();

    // A city of up to three words and a separator: "ISLAMABAD: ", "NEW YORK — ", "Kabul - ".
    [GeneratedRegex(@"^(?<city>\p{Lu}[\p{L}-]+(?: \p{Lu}[\p{L}-]+){0,2})\s*(?:[:—–]|\s-)\s*(?=\p{Lu})")]
    private static partial Regex Separated();

    // A one-word city run into the next capitalised word.
    [GeneratedRegex(@"^(?<city>\p{Lu}[\p{L}-]+)\s+(?=\p{Lu})")]
    private static partial Regex RunOn();

    [GeneratedRegex(@"^(?<place>\p{Lu}\p{L}+)(?:['’]s\b|\s+\p{Ll})")]
    private static partial Regex NextWords();
}
