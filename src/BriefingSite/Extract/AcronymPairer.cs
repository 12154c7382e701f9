using System.Text.RegularExpressions;

namespace BriefingSite.Extract;

/// <summary>Pairs names with acronyms given in brackets, both ways: "National Defence Complex (NDC)", "TTP (Tehreek-i-Taliban Pakistan)".</summary>
internal static partial class AcronymPairer
{
    /// <summary>Acronym → full name, from the first place each acronym is spelled out.</summary>
    public static Dictionary<string, string> Pair(IReadOnlyList<string> sentences, IReadOnlyList<NameCandidate> candidates)
    {
        var pairs = new Dictionary<string, string>(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var candidate in candidates)
        {
            var sentence = sentences[candidate.Sentence];
            var match = OpensBracket(sentence, candidate.End) ? Bracket().Match(sentence, candidate.End) : Match.Empty;
            var firstMention = seen.Add(candidate.Name);
            if (!match.Success)
            {
                continue;
            }

            var inner = match.Groups[1].Value;
            var nameIsAcronym = IsAcronym(candidate.Name);
            if (!nameIsAcronym && (IsAcronym(inner) || AmpersandAcronym().IsMatch(inner)) && !pairs.ContainsKey(inner)
                && (InitialsMatch(candidate.Name, inner) || firstMention))
            {
                pairs[inner] = candidate.Name;
            }
            else if (nameIsAcronym && !IsAcronym(inner) && char.IsUpper(inner[0]) && InitialsMatch(inner, candidate.Name))
            {
                pairs.TryAdd(candidate.Name, inner);
            }
        }

        return pairs;
    }

    public static bool IsAcronym(string text) => Acronym().IsMatch(text);

    // A bracket after the name, a possessive and spaces, as the bracket pattern needs; most names have none.
    private static bool OpensBracket(string sentence, int end)
    {
        var i = end;
        if (i < sentence.Length && sentence[i] is '’' or '\'')
        {
            i++;
        }

        if (i < sentence.Length && sentence[i] == 's')
        {
            i++;
        }

        while (i < sentence.Length && char.IsWhiteSpace(sentence[i]))
        {
            i++;
        }

        return i < sentence.Length && sentence[i] == '(';
    }

    /// <summary>The acronym's letters appear in order among the initials of the name's words and hyphenated parts.</summary>
    public static bool InitialsMatch(string name, string acronym)
    {
        var initials = string.Concat(NamePart().Matches(name).Select(m => char.ToUpperInvariant(m.Value[0])));
        var letters = acronym.Where(char.IsUpper).ToArray();
        if (letters.Length == 0 || initials.Length == 0 || initials[0] != letters[0])
        {
            return false;
        }

        var at = 0;
        foreach (var letter in letters)
        {
            at = initials.IndexOf(letter, at);
            if (at < 0)
            {
                return false;
            }

            at++;
        }

        return true;
    }

    [GeneratedRegex(@"\G[’']?s?\s*\(\s*([^()]{2,80}?)\s*\)")]
    private static partial Regex Bracket();

    [GeneratedRegex(@"^[A-Z][A-Za-z]*[A-Z](?:-[A-Z]+)?$")]
    private static partial Regex Acronym();

    // "Standard & Poor's (S&P)", "Marks & Spencer (M&S)": letters joined by an ampersand, spelled out only in a bracket.
    [GeneratedRegex(@"^[A-Z]+&[A-Z]+$")]
    private static partial Regex AmpersandAcronym();

    [GeneratedRegex(@"\p{L}+")]
    private static partial Regex NamePart();
}
