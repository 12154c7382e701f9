using System.Buffers;
using System.Globalization;
using System.Text.RegularExpressions;
using BriefingSite.Model;

namespace BriefingSite.Extract;

/// <summary>Finds dates in sentences ("December 19", "in August 2021", "two weeks ago") and turns each into a dated event.</summary>
internal static partial class DateFinder
{
    private const string Months =
        "January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec";

    // Every date the pattern reads holds one of these: a month, a year's first digits, "ago" or a relative word.
    // Most sentences hold none, and looking for them is far quicker than trying the pattern at every word.
    internal static readonly SearchValues<string> DateWords = SearchValues.Create(
        [.. Months.Split('|'), "19", "20", "ago", "year", "month", "week", "yesterday"], StringComparison.Ordinal);

    /// <param name="sentences">Body sentences, numbered as <see cref="BodySentences"/> numbers them.</param>
    /// <param name="published">The article's date: year-less and relative dates are read against it.</param>
    public static IReadOnlyList<DatedEvent> Find(IReadOnlyList<BodySentence> sentences, DateOnly? published)
    {
        var events = new List<DatedEvent>();
        foreach (var sentence in sentences)
        {
            // No match starts more than three words before the date word it holds ("a few days ago").
            var from = 0;
            while (WordWindow.Next(DatePattern(), sentence.Text, NextDateWord, 3, ref from) is { } match)
            {
                if (IsDateline(sentence.Text, match) || IsCitation(sentence.Text, match) || IsVaguerThanNext(match) || IsComparedSince(sentence.Text, match))
                {
                    continue;
                }

                if (Normalise(match, published) is { } date && !events.Any(e => e.Sentence == sentence.Number && e.Date == date))
                {
                    events.Add(new DatedEvent { Date = date, Text = ClauseCutter.Telling(sentence.Text, match.Index, match.Index + match.Length, 160), Sentence = sentence.Number });
                }
            }
        }

        return events;
    }

    /// <summary>Where the next word that every date holds starts, at or after a place in the text; -1 when none does.</summary>
    internal static int NextDateWord(string text, int from) => text.AsSpan(from).IndexOfAny(DateWords) is var at and >= 0 ? from + at : -1;

    private static string? Normalise(Match match, DateOnly? published)
    {
        var groups = match.Groups;
        if (groups["rel"].Success)
        {
            return published is { } date ? Relative(groups["rel"].Value, date) : null;
        }

        if (groups["ago"].Success)
        {
            return published is { } date ? Ago(groups["n"].Value, groups["unit"].Value, date) : null;
        }

        var year = groups["year"].Success ? int.Parse(groups["year"].Value, CultureInfo.InvariantCulture) : (int?)null;
        var month = groups["month"].Success ? Lexicon.MonthNumber(groups["month"].Value) : (int?)null;
        var day = groups["day"].Success ? int.Parse(groups["day"].Value, CultureInfo.InvariantCulture) : (int?)null;
        if (month is null)
        {
            return year?.ToString("D4", CultureInfo.InvariantCulture);
        }

        if (day is { } d && (d < 1 || d > DateTime.DaysInMonth(year ?? 2000, month.Value)))
        {
            return null;
        }

        // A year-less date lies on or before the publication date: "in November" in a January article is last November.
        if (year is null && published is { } pub)
        {
            year = month > pub.Month || (month == pub.Month && day > pub.Day) ? pub.Year - 1 : pub.Year;
        }

        var yearPart = year is { } y ? y.ToString("D4", CultureInfo.InvariantCulture) : "-";
        var monthPart = "-" + month.Value.ToString("D2", CultureInfo.InvariantCulture);
        return day is { } dd ? $"{yearPart}{monthPart}-{dd:D2}" : yearPart + monthPart;
    }

    private static string? Relative(string phrase, DateOnly date) => phrase.ToLowerInvariant() switch
    {
        "earlier this year" or "this year" => Year(date),
        "last year" => Year(date.AddYears(-1)),
        "next year" => Year(date.AddYears(1)),
        "earlier this month" or "this month" => Month(date),
        "last month" => Month(date.AddMonths(-1)),
        "last week" => Day(date.AddDays(-7)),
        "yesterday" => Day(date.AddDays(-1)),
        _ => null,
    };

    private const long MaxAgoDays = 100 * 366;

    private static string? Ago(string count, string unit, DateOnly date)
    {
        var n = count.ToLowerInvariant() switch
        {
            "a" or "an" or "one" => 1, "two" => 2, "three" => 3, "four" => 4, "five" => 5, "six" => 6, "seven" => 7,
            "eight" => 8, "nine" => 9, "ten" => 10, "a few" or "few" or "several" => 3,
            var digits => int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : 0,
        };
        // "2,500 years ago" is history, not an event of the news, and may fall before year 1: kept within a century.
        var days = unit.TrimEnd('s').ToLowerInvariant() switch { "week" => 7L * n, "month" => 31L * n, "year" => 366L * n, _ => n };
        if (n <= 0 || days > MaxAgoDays)
        {
            return null;
        }

        return unit.TrimEnd('s').ToLowerInvariant() switch
        {
            "day" => Day(date.AddDays(-n)),
            "week" => Day(date.AddDays(-7 * n)),
            "month" => Month(date.AddMonths(-n)),
            "year" => Year(date.AddYears(-n)),
            _ => null,
        };
    }

    private static string Year(DateOnly date) => date.ToString("yyyy", CultureInfo.InvariantCulture);

    private static string Month(DateOnly date) => date.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    private static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    // "earlier this year in April": the month says more than the relative phrase before it.
    private static bool IsVaguerThanNext(Match match)
    {
        if (!match.Groups["rel"].Success)
        {
            return false;
        }

        var next = match.NextMatch();
        return next.Success && next.Index - (match.Index + match.Length) < 6;
    }

    // "their first Grand Slam since 1948", "its highest since 1997", "faster than at any time since 1997": the year a
    // record or a first is counted from, in the same clause, is no event of that year (a stay is: "MP since 1997").
    private static bool IsComparedSince(string sentence, Match match)
    {
        if (match.Groups["lead"].Value is not "since" || !match.Groups["year"].Success)
        {
            return false;
        }

        var clause = sentence.AsSpan(0, match.Index);
        clause = clause[(clause.LastIndexOfAny(",;:(") + 1)..];
        return ComparedWord().IsMatch(clause);
    }

    [GeneratedRegex(@"\b(?:first|highest|lowest|biggest|largest|best|worst|strongest|weakest|fastest|slowest|greatest|smallest|sharpest|steepest|deepest|longest|heaviest|any\s+time|ever)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ComparedWord();

    // A sentence that is nothing but a date is the article's own dateline.
    private static bool IsDateline(string sentence, Match match) => sentence.Trim().Length - match.Length < 6;

    private static bool IsCitation(string sentence, Match match) =>
        match.Index > 0 && sentence[match.Index - 1] == '(' && !match.Groups["lead"].Success;

    [GeneratedRegex(
        @"\b(?:(?<month>" + Months + @")\.?\s+(?<day>\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(?<year>(?:19|20)\d{2}))?(?![\d,]*\d)"
        + @"|(?<day>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(?<month>" + Months + @")\.?(?:,?\s+(?<year>(?:19|20)\d{2}))?"
        + @"|(?<month>" + Months + @")\.?,?\s+(?<year>(?:19|20)\d{2})"
        + @"|(?<lead>in|since|by|until|till|during|from|before|after|early|late|mid|around|throughout|of|and|or)\s+(?<month>January|February|March|April|May|June|July|August|September|October|November|December)(?!\s*\d)"
        + @"|(?<lead>in|since|by|until|till|during|from|before|after|early|late|mid|around|throughout|of|between|and)\s+(?<year>(?:19|20)\d{2})(?!\d|,\d|s\b|\s*(?:km|kilometres|%|percent|GMT|BST|UTC|CET|EST|EDT|PST|ET\b|hours?\b|hrs\b|local\s+time))"
        + @"|(?<ago>(?<n>\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|several|a\s+few|few)\s+(?<unit>days?|weeks?|months?|years?)\s+ago)"
        + @"|(?<rel>earlier\s+this\s+year|this\s+year|last\s+year|next\s+year|earlier\s+this\s+month|this\s+month|last\s+month|last\s+week|yesterday))\b",
        RegexOptions.ExplicitCapture)]
    internal static partial Regex DatePattern();
}
