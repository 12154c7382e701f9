using System.Buffers;
using System.Collections;
using System.Globalization;
using System.Text.RegularExpressions;

namespace BriefingSite.Publish;

/// <summary>How a front matter value is written as a YAML scalar: its text, and whether it must be double-quoted.</summary>
internal static partial class FrontMatterScalar
{
    /// <summary>The text of a scalar value, and whether it is double-quoted; null for a list or a map.</summary>
    public static string? Text(object? value, out bool quoted)
    {
        quoted = false;
        switch (value)
        {
            case null:
                return "null";
            case string text:
                quoted = NeedsQuotes(text);
                return text;
            case bool flag:
                return flag ? "true" : "false";
            case DateOnly date:
                return date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            case int or long or double or decimal:
                return Convert.ToString(value, CultureInfo.InvariantCulture)!;
            case IEnumerable:
                return null;
            default:
                var other = Convert.ToString(value, CultureInfo.InvariantCulture) ?? "";
                quoted = NeedsQuotes(other);
                return other;
        }
    }

    // Strings that a YAML reader would take for another type, or that need escapes, are double-quoted.
    private static bool NeedsQuotes(string value) =>
        value.Length == 0 || value.AsSpan().ContainsAny(Escaped) || (MayReadAsNonString(value) && NonString().IsMatch(value));

    // NonString can only match text that opens as one of its alternatives; its words are at most five letters and a line break.
    private static bool MayReadAsNonString(string value) => value[0] switch
    {
        '-' or '+' or '.' => true,
        '~' or 'n' or 'N' or 't' or 'T' or 'f' or 'F' or 'y' or 'Y' or 'o' or 'O' => value.Length <= 6,
        var c => char.IsDigit(c),
    };

    // The C0 and C1 control characters and the two Unicode line separators.
    private static readonly SearchValues<char> Escaped = SearchValues.Create(
        [.. Enumerable.Range(0, 0x10000).Select(c => (char)c).Where(c => char.IsControl(c) || c is '\u2028' or '\u2029')]);

    [GeneratedRegex(@"^(~|null|Null|NULL|true|True|TRUE|false|False|FALSE|yes|Yes|YES|no|No|NO|on|On|ON|off|Off|OFF|[-+]?(\d[\d_,]*)?\.?\d+([eE][-+]?\d+)?|0x[0-9a-fA-F]+|0o[0-7]+|\d{4}-\d\d-\d\d.*|[-+]?\.(inf|Inf|INF)|\.(nan|NaN|NAN))$")]
    private static partial Regex NonString();
}
