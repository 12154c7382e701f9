using System.Text.RegularExpressions;

namespace BriefingSite.Extract;

/// <summary>Cuts a short, readable stretch of a sentence around a position, on clause boundaries.</summary>
internal static partial class ClauseCutter
{
    private static readonly char[] ClauseEnd = [',', ';', ':', ' '];

    /// <summary>The sentence when short enough, else the clauses around <paramref name="at"/> that fit in <paramref name="max"/> characters.</summary>
    public static string Around(string sentence, int at, int max)
    {
        var text = Citation().Replace(sentence, "").Trim();
        if (text.Length <= max)
        {
            return text;
        }

        at = Math.Min(at, text.Length - 1);
        var bounds = new List<int> { 0 };
        bounds.AddRange(Boundary().Matches(text).Select(m => m.Index + m.Length));
        bounds.Add(text.Length);
        var first = bounds.FindLastIndex(b => b <= at);
        var last = first + 1;
        while (true)
        {
            // Left first: the subject of a clause says more about a number or date than what follows it.
            var grewLeft = first > 0 && bounds[last] - bounds[first - 1] <= max;
            if (grewLeft)
            {
                first--;
            }

            var grewRight = last + 1 < bounds.Count && bounds[last + 1] - bounds[first] <= max;
            if (grewRight)
            {
                last++;
            }

            if (!grewRight && !grewLeft)
            {
                break;
            }
        }

        var clause = text[bounds[first]..bounds[last]].Trim().TrimEnd(ClauseEnd);
        if (clause.Length > max)
        {
            var cut = clause.LastIndexOf(' ', max - 1);
            clause = clause[..(cut > 0 ? cut : max - 1)].TrimEnd(ClauseEnd) + "…";
        }

        return FirstLetter.Upper(clause);
    }

    [GeneratedRegex(@"\s*\[\d+(?:[,–-]\s*\d+)*\]")]
    private static partial Regex Citation();

    [GeneratedRegex(@"[,;:]\s+|\s+[—–]\s+")]
    private static partial Regex Boundary();
}
