using System.Globalization;
using System.Text.RegularExpressions;

namespace BriefingSite.Model;

/// <summary>ISO 8601 dates that may lack a day, a month or a year: 2024-12-19, 2024-12, 2024, --12-19, --12.</summary>
public static partial class PartialDates
{
    public static bool IsValid(string date) => Read(date) is not null;

    /// <summary>The date as readers write it: "2005", "September 2005", "30 September 2005", "30 September"; a date of
    /// another shape (a hand edit let through) as written.</summary>
    public static string Display(string date)
    {
        // A year alone reads as it is written.
        if (Read(date) is not var (year, month, day) || month is null)
        {
            return date;
        }

        var monthName = CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(month.Value);
        var shown = day is null ? monthName : $"{day} {monthName}";
        return year is null ? shown : $"{shown} {year}";
    }

    // The year, month and day a valid date gives, or null for an invalid one.
    private static (int? Year, int? Month, int? Day)? Read(string date)
    {
        var match = Pattern().Match(date);
        if (!match.Success)
        {
            return null;
        }

        int? Group(string name) => match.Groups[name].Success ? int.Parse(match.Groups[name].Value, CultureInfo.InvariantCulture) : null;
        var (year, month, day) = (Group("y"), Group("m"), Group("d"));
        // Four digits make a year of at most 9999; year 0 is none. A year-less day is checked against a leap year.
        return (year ?? 2000) >= 1 && (month ?? 1) is >= 1 and <= 12 && (day ?? 1) >= 1 && (day ?? 1) <= DateTime.DaysInMonth(year ?? 2000, month ?? 1)
            ? (year, month, day)
            : null;
    }

    /// <summary>A key that sorts dates in time order; year-less dates after all dated ones.</summary>
    public static string SortKey(string date) => date.StartsWith("--", StringComparison.Ordinal) ? "9999" + date[1..] : date;

    [GeneratedRegex(@"^(?:(?<y>\d{4})(?:-(?<m>\d\d)(?:-(?<d>\d\d))?)?|--(?<m>\d\d)(?:-(?<d>\d\d))?)$")]
    private static partial Regex Pattern();
}
