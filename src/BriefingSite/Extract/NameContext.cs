using System.Text.RegularExpressions;
using BriefingSite.Model;

namespace BriefingSite.Extract;

/// <summary>Reads what the words around a run of capitals say about it: a role after it, a verb, a place noun.</summary>
internal static partial class NameContext
{
    private static readonly System.Buffers.SearchValues<char> LowerCaseWord =
        System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyz-");

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

    /// <summary>Where a lower-case descriptive suffix starts in a word ("Bergamo-based" → 7), or 0; "Tehreek-i-Taliban" has none.</summary>
    public static int DescriptiveSuffix(string word)
    {
        var dash = word.IndexOf('-', StringComparison.Ordinal);
        return dash > 0 && word.Length - dash > 3 && word.AsSpan(dash + 1).ContainsAnyExcept(LowerCaseWord) is false ? dash : 0;
    }

    public static bool IsDatelineRest(ReadOnlySpan<char> rest) => DatelineRest().IsMatch(rest);

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

        // Only an apostrophe right after the name starts the words read, so only then is the name possessive.
        var possessive = sentence[end] is '\'' or '’';
        if (Lexicon.IsOrganizationNoun(word) && (!possessive || Lexicon.IsMemberNoun(word)))
        {
            return EntityType.Organization;
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

    [GeneratedRegex(@"^\s*(?:,\s*\p{Lu}[\p{L}. ]*)?\s*(?:\d{4}-\d\d-\d\d|\(\w+\)\s*-)")]
    private static partial Regex DatelineRest();

    [GeneratedRegex(@"\G\s+\d+(?:-\d+)?(?:\s|$|[,.;)])")]
    private static partial Regex NumberNext();

    [GeneratedRegex(@"^[A-Z]{2,}s$")]
    private static partial Regex PluralAcronym();

    [GeneratedRegex(@"\G[’']?s?\s*,?\s*([a-z]+)")]
    private static partial Regex NextWord();

    [GeneratedRegex(@"\G\s*,\s*((?:the\s+|a\s+)?[a-z][a-z\-]*(?:\s+[A-Za-z][\w\-.]*){0,12}?)\s*(?=[,;.]|$)")]
    private static partial Regex AppositivePhrase();

    public static bool IsAfterPlacePreposition(ReadOnlySpan<char> before) => PlacePreposition().IsMatch(LastTwoWords(before));

    // A match of the pattern ends the text and holds at most two words, the first maybe the end of a longer word
    // ("(in"): it lies within the text's last two runs of non-space characters and the spaces after them. Starting
    // after a space, the cut text reads the same at its start as the whole text does there.
    private static ReadOnlySpan<char> LastTwoWords(ReadOnlySpan<char> text)
    {
        var at = text.Length;
        for (var word = 0; word < 2; word++)
        {
            while (at > 0 && char.IsWhiteSpace(text[at - 1]))
            {
                at--;
            }

            while (at > 0 && !char.IsWhiteSpace(text[at - 1]))
            {
                at--;
            }
        }

        return text[at..];
    }

    [GeneratedRegex(@"(?:\b(?:in|at|from|near|across|into|inside|outside|towards)\s+(?:the\s+)?|\b(?:province|district|city|region|town|village|capital)\s+of\s+)$")]
    private static partial Regex PlacePreposition();
}
