using System.Text.RegularExpressions;

namespace BriefingSite.Ingest;

/// <summary>Joins sentence fragments split off by a stray full stop, only where the fragment cannot stand alone.</summary>
public static partial class FragmentJoiner
{
    public static string Join(string text)
    {
        ArgumentNullException.ThrowIfNull(text);

        // Every fragment these patterns join follows a stop; most texts hold no stray stop at all.
        if (!text.Contains('.', StringComparison.Ordinal) || !text.Contains(" .", StringComparison.Ordinal) && !text.Contains("Wh", StringComparison.Ordinal))
        {
            return text;
        }

        // "figures . and" – a stop before a lower-case word, with the tell-tale space before it.
        var joined = LowerCaseAfterStrayStop().Replace(text, "$1 $2");

        // "Khan . Who is under arrest" – a relative clause is no sentence unless it asks a question.
        // The pattern is slow to try at every word, and most texts hold no "Wh" at all.
        if (joined.Contains("Wh", StringComparison.Ordinal))
        {
            joined = RelativeClause().Replace(joined, m => $"{m.Groups[1].Value}, {Lower(m.Groups[2].Value)}");
        }

        // "explained . That its nuclear …" – a "that" clause cut from its verb.
        joined = ThatClause().Replace(joined, m => $"{m.Groups[1].Value} that {m.Groups[2].Value}");

        // "figures . Chosen by the president-elect" – a passive participle phrase cut from its noun.
        return ParticiplePhrase().Replace(joined, m => $"{m.Groups[1].Value} {Lower(m.Groups[2].Value)} by");
    }

    private static string Lower(string word) => char.ToLowerInvariant(word[0]) + word[1..];

    [GeneratedRegex(@"(\p{L}{2,}) \.\s+(\p{Ll})")]
    private static partial Regex LowerCaseAfterStrayStop();

    [GeneratedRegex(@"(\p{L}{2,}) ?\.\s+(Who|Which|Whom|Whose)\b(?=[^.?!]*[.!](?:\s|$))")]
    private static partial Regex RelativeClause();

    [GeneratedRegex(@"(\p{L}{2,}) \.\s+That\s+(its|their|his|her|the|a|an|this|these|those|it|they|he|she|we)\b")]
    private static partial Regex ThatClause();

    [GeneratedRegex(@"(\p{L}{2,}) \.\s+(\p{Lu}\p{Ll}+(?:ed|en)) by\b")]
    private static partial Regex ParticiplePhrase();
}
