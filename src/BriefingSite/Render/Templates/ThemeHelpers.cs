using System.Collections;
using System.Globalization;

namespace BriefingSite.Render.Templates;

/// <summary>The Handlebars helpers a theme may call, the same code for both template engines.</summary>
internal static class ThemeHelpers
{
    /// <summary>True for the names of the helpers below.</summary>
    public static bool Has(string name) => name is "plural" or "join";

    public static string Call(string name, ReadOnlySpan<object?> arguments) => name == "plural" ? Plural(arguments) : Join(arguments);

    /// <summary>{{plural count "briefing" "briefings"}} → "1 briefing", "3 briefings", "12,121 entities".</summary>
    public static string Plural(ReadOnlySpan<object?> arguments)
    {
        // A theme may pass a list, a number, or a name that does not resolve; never fail the page over a count.
        var count = arguments.Length == 0 ? 0 : arguments[0] switch
        {
            ICollection items => items.Count,
            int number => number,
            IConvertible number when long.TryParse(number.ToString(CultureInfo.InvariantCulture), out var n) => n,
            _ => 0,
        };
        var singular = arguments.Length > 1 ? arguments[1]?.ToString() : "";
        var plural = arguments.Length > 2 ? arguments[2]?.ToString() : singular + "s";
        return $"{count.ToString("N0", CultureInfo.InvariantCulture)} {(count == 1 ? singular : plural)}";
    }

    /// <summary>{{join list ", "}} for authors, aliases and roles.</summary>
    public static string Join(ReadOnlySpan<object?> arguments)
    {
        var separator = arguments.Length > 1 ? arguments[1]?.ToString() ?? ", " : ", ";
        if (arguments.Length > 0 && arguments[0] is IEnumerable items and not string)
        {
            var text = new System.Text.StringBuilder();
            var first = true;
            foreach (var item in items)
            {
                text.Append(first ? "" : separator).Append(item?.ToString());
                first = false;
            }

            return text.ToString();
        }

        return arguments.Length > 0 ? arguments[0]?.ToString() ?? "" : "";
    }
}
