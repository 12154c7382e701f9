using System.Globalization;
using System.Text.RegularExpressions;

namespace BriefingSite.Ingest;

/// <summary>Finds a publication date written as ISO 8601, "Jan 01, 2025", "March 7, 2024" or "7 March 2024".</summary>
public static partial class DateParser
{
    private static readonly string[] MonthFirst = ["MMM d yyyy", "MMMM d yyyy"];
    private static readonly string[] DayFirst = ["d MMM yyyy", "d MMMM yyyy"];

    /// <summary>The first date in the text, or null.</summary>
    public static DateOnly? Find(string text) => FindMatch(text)?.Date;

    /// <summary>True when the line is a date and little else, such as "Published: Jan 01, 2025".</summary>
    public static bool IsDateLine(string line)
    {
        if (FindMatch(line) is not { } found)
        {
            return false;
        }

        var rest = line.Remove(found.Index, found.Length);
        rest = DateLabel().Replace(rest, string.Empty);
        return rest.Count(char.IsLetterOrDigit) <= 3;
    }

    // Pages put "0001-01-01" (a zero date) where they know none: no news page was published before this year.
    private const int EarliestYear = 1800;

    private static (DateOnly Date, int Index, int Length)? FindMatch(string text)
    {
        var iso = Iso().Match(text);
        if (iso.Success && DateOnly.TryParseExact(iso.Groups[1].Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var isoDate) && isoDate.Year >= EarliestYear)
        {
            return (isoDate, iso.Index, iso.Length);
        }

        var month = MonthName().Match(text);
        if (month.Success && TryParse($"{Sept(month.Groups[1].Value)} {month.Groups[2].Value} {month.Groups[3].Value}", MonthFirst, out var date))
        {
            return (date, month.Index, month.Length);
        }

        var day = DayMonth().Match(text);
        if (day.Success && TryParse($"{day.Groups[1].Value} {Sept(day.Groups[2].Value)} {day.Groups[3].Value}", DayFirst, out date))
        {
            return (date, day.Index, day.Length);
        }

        return null;
    }

    // "Sept" is common in news pages but is not a .NET abbreviation.
    private static string Sept(string month) => month.Equals("sept", StringComparison.OrdinalIgnoreCase) ? "Sep" : month.TrimEnd('.');

    private static bool TryParse(string text, string[] formats, out DateOnly date) =>
        DateOnly.TryParseExact(text, formats, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out date) && date.Year >= EarliestYear;

    [GeneratedRegex(@"\b(\d{4}-\d{2}-\d{2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?\b")]
    private static partial Regex Iso();

    [GeneratedRegex(@"\b(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b", RegexOptions.IgnoreCase)]
    private static partial Regex MonthName();

    [GeneratedRegex(@"\b(\d{1,2})(?:st|nd|rd|th)?\s+(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?,?\s+(\d{4})\b", RegexOptions.IgnoreCase)]
    private static partial Regex DayMonth();

    [GeneratedRegex(@"(?i)\b(published|updated|posted|on|date|last|modified)\b|[•·|:,\-–—]")]
    private static partial Regex DateLabel();
}
