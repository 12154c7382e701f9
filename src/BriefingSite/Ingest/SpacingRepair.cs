using System.Text.RegularExpressions;

namespace BriefingSite.Ingest;

/// <summary>Mends the spacing slips of careless copy: "States , once", "Islamabad ‘s", "Modi .", stray quotes, double spaces.</summary>
public static partial class SpacingRepair
{
    public static string Repair(string text)
    {
        // Each slow pattern is tried only where the pair of characters it needs occurs: finding the pair is
        // some twenty times quicker than trying the pattern at every letter, and most texts hold none.
        var repaired = SpaceThenPunctuation().IsMatch(text) ? SpaceBeforePunctuation().Replace(text, "$1") : text;
        repaired = SpaceThenStop().IsMatch(repaired) ? SpaceBeforeStop().Replace(repaired, ".") : repaired;
        repaired = SpaceThenPossessive().IsMatch(repaired)
            ? DetachedPossessive().Replace(repaired, m => m.Groups[1].Value + (m.Groups[2].Value == "'" ? "'" : "’") + "s")
            : repaired;
        repaired = StrayClosingQuote(repaired);
        repaired = MisturnedOpeningQuote(repaired);
        repaired = StopThenCapital().IsMatch(repaired) ? SpaceAfterStop().Replace(repaired, "$1 $2") : repaired;
        return DoubleSpace().Replace(repaired, " ").Trim();
    }

    // "Islamabad’s’ strategic": a closing quote after a possessive with no opening quote before it is a slip.
    private static string StrayClosingQuote(string text)
    {
        var match = PossessiveThenQuote().Match(text);
        while (match.Success)
        {
            var before = text[..match.Index];
            if (before.AsSpan().Count('‘') <= before.AsSpan().Count('’') - Possessives(before))
            {
                text = text.Remove(match.Index + match.Length - 1, 1);
            }

            match = PossessiveThenQuote().Match(text, match.Index + 2);
        }

        return text;
    }

    private static int Possessives(string text) => PossessiveApostrophe().Count(text);

    // "continues ” Pakistan will …”": more closing than opening double quotes, and one that opens a phrase.
    private static string MisturnedOpeningQuote(string text)
    {
        if (text.AsSpan().Count('”') <= text.AsSpan().Count('“'))
        {
            return text;
        }

        return DetachedClosingQuote().Replace(text, " “", 1);
    }

    [GeneratedRegex(@"(?<=\S)\s+([,;!?%])(?=\s|$|[\p{L}\d”’""])")]
    private static partial Regex SpaceBeforePunctuation();

    [GeneratedRegex(@"(?<=[\p{L}\d)”’""])\s+\.(?!\.)(?=\s|$|\p{Lu}|[”’""])")]
    private static partial Regex SpaceBeforeStop();

    // "Islamabad ‘s" and "Finer ‘s": a possessive split from its noun, often with the wrong quote.
    [GeneratedRegex(@"(\p{L})\s+([‘’'])s\b")]
    private static partial Regex DetachedPossessive();

    [GeneratedRegex(@"\p{L}’s’(?=[\s,.;:!?]|$)")]
    private static partial Regex PossessiveThenQuote();

    [GeneratedRegex(@"\p{L}’\p{L}")]
    private static partial Regex PossessiveApostrophe();

    [GeneratedRegex(@"\s”\s+(?=\p{L})")]
    private static partial Regex DetachedClosingQuote();

    // "explained.That" after the stop was moved: a sentence stop glued to a capitalised word.
    [GeneratedRegex(@"(\p{Ll}{2,}[.!?])(\p{Lu}\p{Ll}+\b)")]
    private static partial Regex SpaceAfterStop();

    [GeneratedRegex(@"\s[,;!?%]")]
    private static partial Regex SpaceThenPunctuation();

    [GeneratedRegex(@"\s\.")]
    private static partial Regex SpaceThenStop();

    [GeneratedRegex(@"\s[‘’']s")]
    private static partial Regex SpaceThenPossessive();

    [GeneratedRegex(@"[.!?]\p{Lu}")]
    private static partial Regex StopThenCapital();

    [GeneratedRegex(" {2,}")]
    private static partial Regex DoubleSpace();
}
