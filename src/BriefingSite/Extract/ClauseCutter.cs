using System.Text.RegularExpressions;

namespace BriefingSite.Extract;

/// <summary>Cuts a short, readable stretch of a sentence around a position, on clause boundaries.</summary>
internal static partial class ClauseCutter
{
    private static readonly char[] ClauseEnd = [',', ';', ':', ' '];

    /// <summary>The sentence when short enough, else the clauses around <paramref name="at"/> that fit in <paramref name="max"/> characters.</summary>
    public static string Around(string sentence, int at, int max)
    {
        var text = WithoutCitations(sentence);
        if (text.Length <= max)
        {
            return text;
        }

        var (bounds, first, last) = Span(text, at, max);
        return Clauses(text, bounds[first], bounds[last], max);
    }

    // The clauses [start, end), cut after a word when they run over max, as a sentence.
    private static string Clauses(string text, int start, int end, int max)
    {
        var clause = text[start..end].Trim().TrimEnd(ClauseEnd);
        return FirstLetter.Upper(clause.Length > max ? CutAtWord(clause, max) : clause);
    }

    /// <summary>
    /// Like <see cref="Around"/>, for telling what happened on a date: the text goes on into the clause after the
    /// span while room is left (a date in a parenthesis or at a clause's end leaves what happened after it), a sentence
    /// adverb opening the sentence ("Significantly,") gives its room to that, and a cut is marked with "…".
    /// </summary>
    public static string Telling(string sentence, int at, int end, int max)
    {
        // "… an improvement in the country's credit rating Mr Fischer…" left out the 1973 after it.
        return Holding(sentence, WithoutCitations(sentence), at, end, max, TellingClauses(sentence, at, max));
    }

    // Clauses cut to fit can leave out the figure or date at [at, end) they were cut around: the words around it are
    // taken instead.
    private static string Holding(string sentence, string text, int at, int end, int max, string clauses)
    {
        var span = sentence[at..end].Trim();
        var found = text.IndexOf(span, Math.Max(0, at - (sentence.Length - text.Length)), StringComparison.Ordinal);
        return clauses.Contains(span, StringComparison.Ordinal) || found < 0 ? clauses : Window(text, found, found + span.Length, max);
    }

    private static string TellingClauses(string sentence, int at, int max)
    {
        var text = WithoutCitations(sentence);
        if (text.Length <= max)
        {
            return text;
        }

        var (bounds, first, last) = Span(text, at, max);
        var start = bounds[first];
        if (first == 0 && bounds.Count > 2 && Lexicon.IsConnective(text[..bounds[1]].TrimEnd(ClauseEnd)) && at >= bounds[1])
        {
            start = bounds[1];
        }

        // A clause opening with a small word inside the sentence ("who was stabbed … in February") is no sentence of
        // its own: the sentence's opening is told when the date stands in it, else the clause is marked as cut.
        var inside = StartsInside(text, start);
        if (inside && at < max - DateRoom)
        {
            (start, inside) = (0, false);
            last = bounds.FindLastIndex(b => b < max);
        }

        var filling = bounds[last] < text.Length && max - (bounds[last] - start) >= MinFill;
        var end = filling ? Math.Min(start + max, text.Length) : bounds[last];
        var clause = text[start..end].Trim();
        if (end < text.Length || clause.Length > max)
        {
            clause = filling || clause.Length > max ? CutAtWord(clause, max) : clause.TrimEnd(ClauseEnd) + "…";
        }

        return inside ? "…" + clause : FirstLetter.Upper(clause);
    }

    /// <summary>Room, in characters, that a date takes after where it starts.</summary>
    private const int DateRoom = 20;

    /// <summary>
    /// Like <see cref="Around"/>, for saying what a figure at [<paramref name="at"/>, <paramref name="end"/>) measures.
    /// A clause that starts inside the sentence with a small word is no sentence of its own ("which it said could reach
    /// 14.8%", "took £788,439"): the sentence's opening is taken instead when the figure stands in it, which names what
    /// the figure is of, else the clause is marked as cut ("…which it said").
    /// </summary>
    public static string Measuring(string sentence, int at, int end, int max)
    {
        var text = WithoutCitations(sentence);
        if (text.Length <= max)
        {
            return text;
        }

        // "The deficit hit a record $412bn in the 12 months to 30 September and…" left out the $377bn after it.
        return Holding(sentence, text, at, end, max, MeasuringClauses(text, at, end, max));
    }

    private static string MeasuringClauses(string text, int at, int end, int max)
    {
        var (bounds, first, last) = Span(text, at, max);
        var start = bounds[first];
        if (!StartsInside(text, start))
        {
            return Clauses(text, start, bounds[last], max);
        }

        if (end < max - 1)
        {
            // Up to the last clause's end that fits, when one comes after the figure.
            var stop = bounds.FindLast(b => b >= end && b < max - 1);
            return stop > 0 ? text[..stop].TrimEnd().TrimEnd(ClauseEnd) : CutAtWord(text, max);
        }

        var clause = text[start..bounds[last]].Trim().TrimEnd(ClauseEnd);
        return "…" + (clause.Length > max ? CutAtWord(clause, max) : clause);
    }

    /// <summary>
    /// The words around a figure at [<paramref name="at"/>, <paramref name="end"/>) that fit in <paramref name="max"/>
    /// characters, two parts before it to one after (what a figure measures mostly comes first), cut at words and
    /// marked "…" where cut.
    /// </summary>
    private static string Window(string text, int at, int end, int max)
    {
        var stop = Math.Min(text.Length, end + Math.Max(0, max - (end - at)) / 3);
        var start = Math.Max(0, stop - max);
        stop = Math.Min(text.Length, start + max);
        if (start > 0 && text.IndexOf(' ', start) is var space and >= 0 && space < at)
        {
            start = space + 1;
        }

        if (stop < text.Length && text.LastIndexOf(' ', stop - 1) is var last && last >= end)
        {
            stop = last;
        }

        var words = text[start..stop].Trim().TrimEnd(ClauseEnd);
        return (start == 0 ? FirstLetter.Upper(words) : "…" + words) + (stop < text.Length ? "…" : "");
    }

    // A clause starting inside the sentence with a small word ("which it said …", "took £788,439"), which reads as no
    // sentence of its own; one opening with its subject after a comma does ("the new sanctions aim …", "it has …").
    private static bool StartsInside(string text, int start) => start > 0 && char.IsLower(text[start]) && !OpensClause(text.AsSpan(start));

    private static bool OpensClause(ReadOnlySpan<char> text)
    {
        var space = text.IndexOf(' ');
        return (space < 0 ? text : text[..space]) is "the" or "a" or "an" or "it" or "its" or "he" or "she" or "they" or "we" or "this"
            or "these" or "those" or "their" or "his" or "her" or "our" or "there";
    }

    /// <summary>Room, in characters, worth filling with the start of the next clause.</summary>
    private const int MinFill = 30;

    private static string WithoutCitations(string sentence) => Citation().Replace(sentence, "").Trim();

    /// <summary>Where the text's clauses start, and which of them, around a position, fit in <paramref name="max"/> characters.</summary>
    private static (List<int> Bounds, int First, int Last) Span(string text, int at, int max)
    {
        var bounds = new List<int> { 0 };
        bounds.AddRange(Boundary().Matches(text).Select(m => m.Index + m.Length));
        bounds.Add(text.Length);
        at = Math.Min(at, text.Length - 1);
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
                return (bounds, first, last);
            }
        }
    }

    /// <summary>The text cut at the last space before <paramref name="max"/> characters, with "…".</summary>
    private static string CutAtWord(string text, int max)
    {
        var within = Math.Min(max, text.Length) - 1;
        var cut = text.LastIndexOf(' ', within);
        return text[..(cut > 0 ? cut : within)].TrimEnd(ClauseEnd) + "…";
    }

    [GeneratedRegex(@"\s*\[\d+(?:[,–-]\s*\d+)*\]")]
    private static partial Regex Citation();

    [GeneratedRegex(@"[,;:]\s+|\s+[—–]\s+")]
    private static partial Regex Boundary();
}
