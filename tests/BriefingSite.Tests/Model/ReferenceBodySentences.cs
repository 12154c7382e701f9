using System.Text.RegularExpressions;
using BriefingSite.Model;

namespace BriefingSite.Tests.Model;

/// <summary>Body sentences as numbered before blocks and sentences were cut from spans: by splitting strings.</summary>
internal static partial class ReferenceBodySentences
{
    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "sgt", "sen", "rep", "gov", "pres",
        "st", "mt", "jr", "sr", "inc", "ltd", "co", "corp", "no", "vs", "etc", "e.g", "i.e", "fig", "approx",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "u.s", "u.k", "u.n",
    };

    public static List<BodySentence> Enumerate(string body)
    {
        var sentences = new List<BodySentence>();
        var blockIndex = 0;
        foreach (var block in Blocks(body))
        {
            if (!block.StartsWith('#'))
            {
                var text = block.StartsWith("> ", StringComparison.Ordinal) || block.StartsWith("- ", StringComparison.Ordinal) ? block[2..] : block;
                foreach (var sentence in Split(text))
                {
                    sentences.Add(new BodySentence(sentences.Count + 1, blockIndex, sentence));
                }
            }

            blockIndex++;
        }

        return sentences;
    }

    public static IEnumerable<string> Blocks(string body)
    {
        var lines = new List<string>();
        foreach (var raw in body.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            var line = raw.Trim();
            if (line.Length == 0)
            {
                if (lines.Count > 0)
                {
                    yield return string.Join(' ', lines);
                    lines.Clear();
                }

                continue;
            }

            lines.Add(line);
        }

        if (lines.Count > 0)
        {
            yield return string.Join(' ', lines);
        }
    }

    private static List<string> Split(string text)
    {
        var sentences = new List<string>();
        var start = 0;
        foreach (Match end in SentenceEnd().Matches(text))
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

    private static void Add(List<string> sentences, string candidate)
    {
        var sentence = candidate.Trim();
        if (sentence.Length > 0)
        {
            sentences.Add(sentence);
        }
    }

    private static bool IsAbbreviation(string text, int dot)
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

        return Abbreviations.Contains(text[wordStart..dot]);
    }

    private static bool IsInitial(string text, int dot) =>
        text[dot] == '.' && dot >= 1 && char.IsUpper(text[dot - 1]) && (dot == 1 || !char.IsLetter(text[dot - 2]));

    [GeneratedRegex(@"[.!?]+[""”’')\]]*(?=\s+[""“‘(\[]?[\p{Lu}\d])")]
    private static partial Regex SentenceEnd();
}
