using System.Reflection;

namespace BriefingSite.Extract;

/// <summary>
/// The word lists shipped in Extract/Words (see its NOTICE): everyday and rarer English words and common proper names
/// (from SCOWL), the everyday words read mostly as verbs or as adjectives rather than nouns (from WordNet's sense
/// counts), the nouns that name a kind of person (from WordNet's nouns), and given names (from public-domain lists).
/// </summary>
internal static partial class Lexicon
{
    private static readonly HashSet<string> EverydayWords = Listed("everyday-words.txt", StringComparer.OrdinalIgnoreCase);

    private static readonly HashSet<string> ProperNames = Listed("proper-names.txt", StringComparer.Ordinal);

    private static readonly HashSet<string> MostlyVerbs = Listed("mostly-verbs.txt", StringComparer.Ordinal);

    private static readonly HashSet<string> MostlyAdjectives = Listed("mostly-adjectives.txt", StringComparer.Ordinal);

    private static readonly HashSet<string> PersonNouns = Listed("person-nouns.txt", StringComparer.OrdinalIgnoreCase);

    // Read only where a name's words are weighed one by one (see IsDictionaryWord): loaded on first use.
    private static readonly Lazy<HashSet<string>> RarerWords = new(() => Listed("rarer-words.txt", StringComparer.OrdinalIgnoreCase));

    // Given names that are no everyday word, title or known place ("Kelly", "Damien"; not "Grant", "Dame", "Victoria"):
    // a list of every name people are given holds many words that are more often something else.
    private static readonly Lazy<HashSet<string>> GivenNames = new(() =>
    {
        var names = Listed("given-names.txt", StringComparer.Ordinal);
        names.RemoveWhere(name => EverydayWords.Contains(name) || Titles.Contains(name) || IsPlace(name));
        return names;
    });

    /// <summary>
    /// True for a name made of everyday words alone, none of them a common proper name: "Toy Soldiers", "Finest Hour",
    /// "Clear Channel" name works and bodies, hardly a person ("Pat Cash" needs "Pat" among the first names).
    /// </summary>
    public static bool IsEverydayPhrase(IReadOnlyList<string> words)
    {
        foreach (var word in words)
        {
            if (!IsEverydayWord(word))
            {
                return false;
            }
        }

        return words.Count > 0;
    }

    /// <summary>As <see cref="IsEverydayPhrase"/> for one word: "Industry", "Closer"; not "Rose", a common name too.</summary>
    public static bool IsEverydayWord(string word) => (EverydayWords.Contains(word) || IsPastOfEverydayVerb(word)) && !ProperNames.Contains(word);

    /// <summary>As <see cref="IsEverydayWord"/>, or the plural of such a word: "Relations", "Brothers".</summary>
    public static bool IsEverydayWordOrPlural(string word) => IsEverydayWord(word) || (word.EndsWith('s') && IsEverydayWord(word[..^1]));

    /// <summary>
    /// As <see cref="IsEverydayWordOrPlural"/>, or a rarer word of the dictionary or its plural ("Commonwealth",
    /// "Nationality", "Wildlife"): a word that names nothing by itself, unlike "Warner", "Sony" or "Deutsche".
    /// </summary>
    public static bool IsDictionaryWord(string word) =>
        IsEverydayWordOrPlural(word) || RarerWords.Value.Contains(word) || (word.EndsWith('s') && RarerWords.Value.Contains(word[..^1]));

    /// <summary>True for a lower-case word used more often as a verb than as a noun: "think", "want".</summary>
    /// <remarks>Not its -s form: in news, "shares", "exports" and "attacks" are mostly nouns.</remarks>
    public static bool IsMostlyVerb(string word) => MostlyVerbs.Contains(word);

    /// <summary>True for a lower-case word used more often as an adjective or adverb than as a noun or verb: "former", "available".</summary>
    /// <remarks>Not its -s form: an adjective takes none, so "goods", "rights" and "news" are nouns.</remarks>
    public static bool IsMostlyAdjective(string word) => MostlyAdjectives.Contains(word);

    /// <summary>True for the plural of a noun that names a kind of person: "Traders", "Prosecutors", "Witnesses", "Deputies".</summary>
    public static bool IsPersonNounPlural(string word)
    {
        if (word.Length < 4 || !word.EndsWith('s'))
        {
            return false;
        }

        var lookup = PersonNouns.GetAlternateLookup<ReadOnlySpan<char>>();
        return lookup.Contains(word.AsSpan(0, word.Length - 1))
            || (word.EndsWith("es", StringComparison.Ordinal) && lookup.Contains(word.AsSpan(0, word.Length - 2)))
            || (word.EndsWith("ies", StringComparison.Ordinal) && PersonNouns.Contains(string.Concat(word.AsSpan(0, word.Length - 3), "y")));
    }

    // The lists hold the commonest words' forms only: "Spilled" is "spill" in the past, "Stopped" "stop", "Used" "use".
    private static bool IsPastOfEverydayVerb(string word)
    {
        if (word.Length < 5 || !word.EndsWith("ed", StringComparison.Ordinal))
        {
            return false;
        }

        var lookup = EverydayWords.GetAlternateLookup<ReadOnlySpan<char>>();
        var stem = word.AsSpan(0, word.Length - 2);
        return lookup.Contains(stem) || lookup.Contains(word.AsSpan(0, word.Length - 1))
               || (stem.Length > 2 && stem[^1] == stem[^2] && lookup.Contains(stem[..^1]));
    }

    private static HashSet<string> Listed(string file, StringComparer comparer)
    {
        using var stream = typeof(Lexicon).Assembly.GetManifestResourceStream("words/" + file)
                           ?? throw new InvalidOperationException($"The library lacks its word list {file}.");
        using var reader = new StreamReader(stream);
        var words = new HashSet<string>(comparer);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0)
            {
                words.Add(line);
            }
        }

        return words;
    }
}
