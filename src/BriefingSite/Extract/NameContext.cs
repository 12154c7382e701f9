using System.Text.RegularExpressions;
using BriefingSite.Model;

namespace BriefingSite.Extract;

/// <summary>Reads what the words around a run of capitals say about it: a role after it, a verb, a place noun.</summary>
internal static partial class NameContext
{
    // "US-Pakistan", "Pakistan-Afghanistan": each part is a place. "India-centered" is India.
    public static List<string>? PlaceParts(string word)
    {
        if (!word.Contains('-', StringComparison.Ordinal) || Lexicon.IsPlace(word))
        {
            return null;
        }

        var parts = word.Split('-');
        if (parts.All(p => p.Length > 0 && (Lexicon.IsPlace(p) || Lexicon.CountryOfDemonym(p) is not null)))
        {
            return parts.Select(p => Lexicon.CountryOfDemonym(p) ?? p).ToList();
        }

        if (Lexicon.IsPlace(parts[0]) && parts.Skip(1).All(p => p.Length > 0 && char.IsLower(p[0])))
        {
            return [parts[0]];
        }

        return parts.Skip(1).All(p => p.Length > 0 && char.IsLower(p[0])) ? [] : null;
    }

    public static bool NumberFollows(string sentence, int end) => NumberNext().IsMatch(sentence, end);

    public static bool IsPluralAcronym(string name) => PluralAcronym().IsMatch(name);

    public static bool AcronymFollows(string sentence, int end) => AcronymInParens().IsMatch(sentence.AsSpan(end));

    public static bool FollowedByNoun(string sentence, int end)
    {
        var match = NextWord().Match(sentence, end);
        return match.Success && !Lexicon.IsStopWord(match.Groups[1].Value);
    }

    public static EntityType? HintAfter(string sentence, int end)
    {
        var match = NextWord().Match(sentence, end);
        if (!match.Success)
        {
            return null;
        }

        var word = match.Groups[1].Value;
        if (Lexicon.IsSpeechVerb(word) && word != "according" || word is "administration" or "who" or "whose")
        {
            return EntityType.Person;
        }

        return Lexicon.IsPlaceNoun(word) ? EntityType.Place : null;
    }

    // ", deputy national security adviser in the Biden administration ,"
    public static string? Appositive(string sentence, int end)
    {
        var match = AppositivePhrase().Match(sentence, end);
        if (!match.Success)
        {
            return null;
        }

        var phrase = match.Groups[1].Value.Trim();
        var words = phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Take(3).Any(Lexicon.IsRoleNoun) && words.Length <= 12 ? phrase : null;
    }

    [GeneratedRegex(@"\G\s*\(\s*[A-Z][A-Za-z]*[A-Z](?:-[A-Z]+)?\s*\)")]
    private static partial Regex AcronymInParens();

    [GeneratedRegex(@"\G\s+\d+(?:\s|$|[,.;)])")]
    private static partial Regex NumberNext();

    [GeneratedRegex(@"^[A-Z]{2,}s$")]
    private static partial Regex PluralAcronym();

    [GeneratedRegex(@"\G[’']?s?\s*,?\s*([a-z]+)")]
    private static partial Regex NextWord();

    [GeneratedRegex(@"\G\s*,\s*((?:the\s+|a\s+)?[a-z][a-z\-]*(?:\s+[A-Za-z][\w\-.]*){0,12}?)\s*(?=[,;.]|$)")]
    private static partial Regex AppositivePhrase();

    public static bool IsAfterPlacePreposition(ReadOnlySpan<char> before) => PlacePreposition().IsMatch(before);

    [GeneratedRegex(@"(?:\b(?:in|at|from|near|across|into|inside|outside|towards)\s+(?:the\s+)?|\b(?:province|district|city|region|town|village|capital)\s+of\s+)$")]
    private static partial Regex PlacePreposition();
}
