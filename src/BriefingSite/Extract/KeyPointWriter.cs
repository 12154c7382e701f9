using System.Text.RegularExpressions;

namespace BriefingSite.Extract;

/// <summary>Turns a sentence into a one-line point: connective dropped, citations removed, shortened at a clause.</summary>
internal static partial class KeyPointWriter
{
    public static string Write(string sentence, int max)
    {
        var text = Clean(Connective().Replace(sentence, ""));
        if (text.Length > max && LeadingSubordinate().Match(text) is { Success: true } lead)
        {
            // "Despite X, India changed the balance": the main clause is the point.
            text = text[lead.Length..];
        }

        if (text.Length > max)
        {
            // Cut at a clause: a full stop when all that is left out is who said it ("…, the minister said."), else an
            // ellipsis, for the point then stops mid-sentence.
            var cut = Boundary().Matches(text[..max]).Select(m => m.Index).LastOrDefault(i => i > max / 3);
            text = cut > 0 ? text[..cut].TrimEnd(',', ';', ':', ' ') + (Attribution().IsMatch(text[cut..]) ? "." : "…")
                : text[..text.LastIndexOf(' ', max - 2)] + "…";
        }

        return FirstLetter.Upper(Paired(text));
    }

    // A sentence from a quote of several keeps a mark whose pair stands in another sentence; alone in a point, the pair
    // is given back: an opening mark where the sentence starts inside the quote ("\"… just to miss out,\" he said."),
    // a closing one where the quote goes on after it ("He added: \"If Stewart keeps playing like this …\"").
    /// <summary>The text with the quote mark back whose pair stands in a sentence left out.</summary>
    public static string Paired(string text)
    {
        if (text.AsSpan().Count('"') % 2 == 1)
        {
            var first = text.IndexOf('"');
            var closesFirst = first > 0 && !char.IsWhiteSpace(text[first - 1]) && text[first - 1] is not ('(' or '[' or '—' or '–');
            return closesFirst ? '"' + text : text + '"';
        }

        var opens = text.AsSpan().Count('“');
        var closes = text.AsSpan().Count('”');
        return closes > opens ? '“' + text : opens > closes ? text + '”' : text;
    }

    /// <summary>The sentence without citation markers or doubled spaces.</summary>
    public static string Clean(string sentence) =>
        Space().Replace(Citation().Replace(sentence, ""), " ").Replace(" .", ".", StringComparison.Ordinal)
            .Replace(" ,", ",", StringComparison.Ordinal).Trim();

    [GeneratedRegex(@"^(?:However|Moreover|Furthermore|Additionally|In addition|In fact|Notably|Therefore|Meanwhile|For instance|Similarly|Thus|Significantly|Howbeit|Nevertheless|Consequently|Initially|Recently|Namely|Surprisingly|Unfortunately|Actually),\s+")]
    private static partial Regex Connective();

    [GeneratedRegex(@"^(?:Despite|Although|Though|While|Since|As|If|When|After|Before|Because|Given|Unlike|Like|Amid|Following|In the case of|For)\b[^,;]{3,120},\s+")]
    private static partial Regex LeadingSubordinate();

    [GeneratedRegex(@"\s*\[\d+(?:[,–-]\s*\d+)*\]")]
    private static partial Regex Citation();

    [GeneratedRegex(@"[,;:]\s|\s[—–]\s")]
    private static partial Regex Boundary();

    // What is left after the cut: the speaker and the speech verb, nothing more ("…, the ministry said in a statement.").
    [GeneratedRegex(@"^\s*[,;:—–]?\s*(?:according\s+to\s+[^,;:.!?]{1,80}|(?:[^\s,;:.!?]+\s+){0,8}(?:said|says|added|told\s+[^,;:.!?]{1,40}|reported|reports|wrote|writes)(?:\s+(?:on|in|at|last|this)\s+[^,;:.!?]{1,40})?)[.!?\u201D""]*$")]
    private static partial Regex Attribution();

    [GeneratedRegex(@"\s{2,}")]
    private static partial Regex Space();
}
