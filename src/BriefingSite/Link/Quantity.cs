using System.Globalization;
using System.Text.RegularExpressions;

namespace BriefingSite.Link;

/// <summary>A figure's value read as an amount and a unit, so "$62 billion", "62$ billion" and "62 billion dollars" compare equal.</summary>
public sealed partial record Quantity(double Amount, string Unit)
{
    private static readonly Dictionary<string, double> Scales = new(StringComparer.OrdinalIgnoreCase)
    {
        ["thousand"] = 1e3, ["k"] = 1e3, ["million"] = 1e6, ["m"] = 1e6, ["mn"] = 1e6, ["billion"] = 1e9, ["bn"] = 1e9, ["b"] = 1e9, ["trillion"] = 1e12,
    };

    private static readonly Dictionary<string, string> Currencies = new(StringComparer.OrdinalIgnoreCase)
    {
        ["$"] = "usd", ["us$"] = "usd", ["dollar"] = "usd", ["dollars"] = "usd", ["usd"] = "usd", ["£"] = "gbp", ["pounds"] = "gbp",
        ["€"] = "eur", ["euros"] = "eur", ["rupees"] = "rupee", ["rs"] = "rupee", ["%"] = "%", ["percent"] = "%", ["per cent"] = "%",
    };

    private static readonly string[] Small = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"];

    /// <summary>The quantity, or null when the value holds no number.</summary>
    public static Quantity? Parse(string value)
    {
        var match = Pattern().Match(value.Trim());
        if (!match.Success)
        {
            return null;
        }

        var number = match.Groups["n"].Value.Replace(",", "", StringComparison.Ordinal);
        var amount = Array.IndexOf(Small, number.ToLowerInvariant()) is var word and >= 0 ? word
            : double.TryParse(number, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) ? parsed : double.NaN;
        if (double.IsNaN(amount))
        {
            return null;
        }

        amount *= match.Groups["s"].Success ? Scales[match.Groups["s"].Value] : 1;
        var currency = new[] { match.Groups["c1"], match.Groups["c2"], match.Groups["u"] }.Where(g => g.Success)
            .Select(g => Currencies.GetValueOrDefault(g.Value.Trim())).FirstOrDefault(c => c is not null);
        var unit = currency ?? (match.Groups["u"].Success ? Singular(match.Groups["u"].Value.ToLowerInvariant()) : "");
        return new Quantity(amount, unit);
    }

    /// <summary>Equal within rounding: "2,750 km" and "2,750.0 km"; "1.5 million" and "1,500,000".</summary>
    public bool SameAs(Quantity other) =>
        Unit == other.Unit && Math.Abs(Amount - other.Amount) <= 0.005 * Math.Max(Math.Abs(Amount), Math.Abs(other.Amount));

    private static string Singular(string word) => word.Length > 3 && word.EndsWith('s') ? word[..^1] : word;

    [GeneratedRegex(@"^(?<c1>US\$|\$|£|€|Rs\.?)?\s*(?<n>\d[\d,]*(?:\.\d+)?|zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s*(?<c2>\$|%)?\s*(?:(?<s>thousand|million|billion|trillion|bn|mn|k|m|b)\b)?\s*(?<u>per cent|%|[\p{L}]+)?", RegexOptions.IgnoreCase)]
    private static partial Regex Pattern();
}
