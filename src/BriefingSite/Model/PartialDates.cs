using System.Globalization;
using System.Text.RegularExpressions;

namespace BriefingSite.Model;

/// <summary>ISO 8601 dates that may lack a day, a month or a year: 2024-12-19, 2024-12, 2024, --12-19, --12.</summary>
public static partial class PartialDates
{
    public static bool IsValid(string date)
    {
        var match = Pattern().Match(date);
        if (!match.Success)
        {
            return false;
        }

        var year = match.Groups["y"].Success ? int.Parse(match.Groups["y"].Value, CultureInfo.InvariantCulture) : 2000;
        var month = match.Groups["m"].Success ? int.Parse(match.Groups["m"].Value, CultureInfo.InvariantCulture) : 1;
        var day = match.Groups["d"].Success ? int.Parse(match.Groups["d"].Value, CultureInfo.InvariantCulture) : 1;
        // Four digits make a year of at most 9999; year 0 is none.
        return year >= 1 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month);
    }

    /// <summary>A key that sorts dates in time order; year-less dates after all dated ones.</summary>
    public static string SortKey(string date) => date.StartsWith("--", StringComparison.Ordinal) ? "9999" + date[1..] : date;

    [GeneratedRegex(@"^(?:(?<y>\d{4})(?:-(?<m>\d\d)(?:-(?<d>\d\d))?)?|--(?<m>\d\d)(?:-(?<d>\d\d))?)$")]
    private static partial Regex Pattern();
}
