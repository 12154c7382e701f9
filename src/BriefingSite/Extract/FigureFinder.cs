using System.Buffers;
using System.Text.RegularExpressions;
using BriefingSite.Model;

namespace BriefingSite.Extract;

/// <summary>Finds the numbers that matter (money, percentages, distances, counts of people or things) and what each measures.</summary>
internal static partial class FigureFinder
{
    private const int AboutLength = 100;

    public static IReadOnlyList<Figure> Find(IReadOnlyList<BodySentence> sentences)
    {
        var figures = new List<Figure>();
        foreach (var sentence in sentences)
        {
            // No match starts more than four words before its first digit or currency word ("hundreds of million US dollars").
            var taken = -1;
            var from = 0;
            while (WordWindow.Next(FigurePattern(), sentence.Text, NextFigureMark, 4, ref from) is { } match)
            {
                if (match.Index < taken || IsBracketed(sentence.Text, match.Index) || Value(match) is not { } value
                    || (IsMoney(match) && IsConversion(sentence.Text, match)))
                {
                    continue;
                }

                taken = match.Index + match.Length;
                if (!figures.Any(f => f.Sentence == sentence.Number && f.Value == value))
                {
                    figures.Add(new Figure { Value = value, About = ClauseCutter.Measuring(sentence.Text, match.Index, match.Index + match.Length, AboutLength), Sentence = sentence.Number });
                }
            }
        }

        return figures;
    }

    // Every figure the pattern reads holds a digit or names a currency ("two million dollars"); most words
    // do neither, and looking for those is far quicker than trying the pattern at every word.
    internal static int NextFigureMark(string text, int from)
    {
        var word = text.AsSpan(from).IndexOfAny(CurrencyWords) is var at and >= 0 ? from + at : -1;
        var end = word < 0 ? text.Length : word;
        for (var i = from; i < end; i++)
        {
            if (char.IsDigit(text[i]))
            {
                return i;
            }
        }

        return word;
    }

    private static readonly SearchValues<string> CurrencyWords = SearchValues.Create(
        ["dollars", "rupees", "euros", "pounds", "yuan", "roubles", "rubles"], StringComparison.Ordinal);

    private static string? Value(Match match)
    {
        var g = match.Groups;
        var number = g["num"].Value;
        var scale = g["scale"].Success ? " " + Scale(g["scale"].Value) : "";
        if (g["cur"].Success)
        {
            return Currency(g["cur"].Value) + number + scale;
        }

        if (g["dollar"].Success)
        {
            return "$" + number + scale;
        }

        if (g["word"].Success)
        {
            return Space().Replace(match.Value, " ");
        }

        if (g["pct"].Success)
        {
            return number + "%";
        }

        if (g["unit"].Success)
        {
            return number + " " + g["unit"].Value;
        }

        if (g["noun"].Success)
        {
            // "the 11 September attacks": a day of a month counts nothing.
            if (IsDayOfMonth(match.ValueSpan[(g["num"].Index + g["num"].Length - match.Index)..]))
            {
                return null;
            }

            // "10 million of which", "13.7 million and": a small word after the scale is no noun the number counts
            // ("13.8 billion years" is).
            var noun = g["noun"].Value;
            return Lexicon.IsCountedNoun(noun) ? number + scale + " " + noun
                : scale.Length == 0 ? null
                : Lexicon.IsStopWord(noun) && !Lexicon.IsTimeUnit(noun) ? number + scale : number + scale + " " + noun;
        }

        return scale.Length > 0 ? number + scale : null;
    }

    private static bool IsDayOfMonth(ReadOnlySpan<char> afterNumber)
    {
        var word = afterNumber.TrimStart();
        var space = word.IndexOf(' ');
        return space > 0 && Lexicon.IsMonth(word[..space].ToString());
    }

    private static string Currency(string symbol) => symbol switch
    {
        "US$" or "USD" => "$",
        "Rs" or "Rs." or "PKR" => "Rs ",
        "INR" => "₹",
        _ => symbol,
    };

    private static string Scale(string scale) => scale.ToLowerInvariant() switch
    {
        "bn" or "b" => "billion",
        "mn" or "m" => "million",
        "tn" => "trillion",
        "k" => "thousand",
        var s => s,
    };

    private static bool IsBracketed(string text, int at) => at > 0 && text[at - 1] == '[';

    private static bool IsMoney(Match match) =>
        match.Groups["cur"].Success || match.Groups["dollar"].Success || match.Groups["word"].Success;

    // "$45bn (£24bn)", "18.3bn euros ($23.4bn; £12.5bn)": an amount in brackets after another is the same money in
    // another currency, not a figure of its own ("£10m (£8m a year ago)" is).
    private static bool IsConversion(string text, Match match)
    {
        var at = match.Index;
        var open = at == 0 ? -1 : text.LastIndexOf('(', at - 1);
        if (open < 0 || text.AsSpan(open + 1, at - open - 1).ContainsAny(")") || at - open > 24)
        {
            return false;
        }

        var between = text.AsSpan(open + 1, at - open - 1).Trim();
        var before = text.AsSpan(0, open).TrimEnd();
        var amount = before[(before.LastIndexOf(' ') + 1)..];
        var currency = match.Groups["cur"].Success ? match.Groups["cur"].Value : match.Groups["dollar"].Success ? "$" : null;
        // The currency the amount before the bracket is written in: what stands before its first digit ("£", "A$").
        var digit = amount.IndexOfAnyInRange('0', '9');
        var sameCurrency = currency is not null && digit > 0 && amount[..digit].SequenceEqual(currency);
        return (between.IsEmpty || between.EndsWith(";") || between.EndsWith(",") || between.ContainsAny("£$€"))
               && AmountBefore().IsMatch(before) && !sameCurrency;
    }

    [GeneratedRegex(@"(?:\d(?:bn|m|mn|tn|k)?|\b(?:million|billion|trillion|euros|dollars|pounds|yen|yuan|rupees))\s*$")]
    private static partial Regex AmountBefore();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Space();

    [GeneratedRegex(
        @"(?<cur>US\$|A\$|C\$|NZ\$|HK\$|S\$|\$|€|£|¥|₹|Rs\.?|USD|PKR|INR)\s?(?<num>\d(?:[\d,]*\d)?(?:\.\d+)?(?:[-–]\d(?:[\d,]*\d)?(?:\.\d+)?(?=\s?(?:million|billion|trillion|bn|mn|tn|m|k)\b))?)(?:\s*(?<scale>million|billion|trillion|bn|mn|tn)\b|(?<scale>m|k)\b)?"
        + @"|\b(?<num>\d(?:[\d,]*\d)?(?:\.\d+)?)\s?(?<dollar>\$)\s?(?:(?<scale>million|billion|trillion)\b)?"
        + @"|\b(?<word>(?:\d(?:[\d,]*\d)?(?:\.\d+)?(?:bn|m)?|one|two|three|four|five|six|seven|eight|nine|ten|a|hundreds\s+of|tens\s+of)\s+(?:(?:million|billion|trillion)\s+)?(?:US\s+)?(?:dollars|rupees|euros|pounds|yuan|roubles|rubles))\b"
        + @"|\b(?<num>\d(?:[\d,]*\d)?(?:\.\d+)?(?:[-–]\d(?:[\d,]*\d)?(?:\.\d+)?(?=\s?%))?)\s?(?<pct>%|percent\b|per\s+cent\b)"
        + @"|\b(?<num>\d(?:[\d,]*\d)?(?:\.\d+)?)\s?(?<unit>km|kilometres|kilometers|miles|kg|tonnes|tons|MW|GW|barrels|metres|meters|feet|hectares|acres|sq\s+km)\b"
        + @"|\b(?<num>\d(?:[\d,]*\d)?(?:\.\d+)?)\s+(?:(?<scale>million|billion|trillion)\s+)?(?:(?:[A-Z][a-z]+|[a-z]+(?:-[a-z]+)?)\s+)??(?<noun>[a-z]+)\b(?!\s*[-–]\s*\d)",
        RegexOptions.ExplicitCapture)]
    internal static partial Regex FigurePattern();
}
