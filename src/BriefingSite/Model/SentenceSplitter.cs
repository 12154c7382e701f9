using System.Text.RegularExpressions;

namespace BriefingSite.Model;

/// <summary>Splits prose into sentences; shared by extraction, linking and rendering so sentence numbers agree.</summary>
public static partial class SentenceSplitter
{
    // Words after which a full stop does not end a sentence.
    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "sgt", "sen", "rep", "gov", "pres",
        "st", "mt", "jr", "sr", "inc", "ltd", "co", "corp", "no", "vs", "etc", "e.g", "i.e", "fig", "approx",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "u.s", "u.k", "u.n",
    };

    public static IReadOnlyList<string> Split(string text) => Split(text.AsSpan());

    /// <summary>As <see cref="Split(string)"/>, for part of a longer text.</summary>
    public static IReadOnlyList<string> Split(ReadOnlySpan<char> text)
    {
        var sentences = new List<string>();
        var start = 0;
        foreach (var end in SentenceEnd().EnumerateMatches(text))
        {
            var stop = end.Index + end.Length;
            if (IsAbbreviation(text, end.Index) || IsInitial(text, end.Index))
            {
                continue;
            }

            Add(sentences, text[start..stop]);
            start = stop;
        }

        Add(sentences, text[start..]);
        return sentences;
    }

    private static void Add(List<string> sentences, ReadOnlySpan<char> candidate)
    {
        var sentence = candidate.Trim();
        if (sentence.Length > 0)
        {
            sentences.Add(sentence.ToString());
        }
    }

    private static bool IsAbbreviation(ReadOnlySpan<char> text, int dot)
    {
        if (text[dot] != '.')
        {
            return false;
        }

        var wordStart = dot;
        while (wordStart > 0 && (char.IsLetter(text[wordStart - 1]) || text[wordStart - 1] == '.'))
        {
            wordStart--;
        }

        return Abbreviations.GetAlternateLookup<ReadOnlySpan<char>>().Contains(text[wordStart..dot]);
    }

    // A single capital letter before the dot is an initial ("Q. Siddique"), not a sentence end.
    private static bool IsInitial(ReadOnlySpan<char> text, int dot) =>
        text[dot] == '.' && dot >= 1 && char.IsUpper(text[dot - 1]) && (dot == 1 || !char.IsLetter(text[dot - 2]));

    // A stop (with closing quotes or brackets) followed by space and a capital, digit or opening quote.
    [GeneratedRegex(@"[.!?]+[""”’')\]]*(?=\s+[""“‘(\[]?[\p{Lu}\d])")]
    private static partial Regex SentenceEnd();
}
