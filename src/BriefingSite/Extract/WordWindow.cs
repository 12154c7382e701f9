using System.Text.RegularExpressions;

namespace BriefingSite.Extract;

/// <summary>Where a pattern may start at the earliest, given a word every match of it holds and how many words
/// may come before that word in a match.</summary>
/// <remarks>
/// Words here are runs of non-space characters. Trying a pattern from there, with the whole text still in view,
/// finds the same matches as trying it from the start of the text, without trying every word before.
/// </remarks>
internal static class WordWindow
{
    /// <summary>The matches of a pattern in a text, as <see cref="Regex.Matches(string)"/> finds them, each tried from
    /// a few words before the next word that every match holds, and none tried after the last such word.</summary>
    /// <param name="pattern">A pattern whose every match holds a mark and is not empty.</param>
    /// <param name="text">The text.</param>
    /// <param name="nextMark">Where the next mark starts at or after a place in the text, or -1.</param>
    /// <param name="wordsBefore">The most words before a mark in any one match.</param>
    public static IEnumerable<Match> Matches(Regex pattern, string text, Func<string, int, int> nextMark, int wordsBefore)
    {
        var from = 0;
        while (Next(pattern, text, nextMark, wordsBefore, ref from) is { } match)
        {
            yield return match;
        }
    }

    /// <summary>The next of the matches <see cref="Matches"/> finds, looked for at or after <paramref name="from"/>, which is moved past it;
    /// null when there are no more. A loop over sentences calls this rather than make an enumerator for each.</summary>
    public static Match? Next(Regex pattern, string text, Func<string, int, int> nextMark, int wordsBefore, ref int from)
    {
        var mark = nextMark(text, from);
        if (mark < 0)
        {
            return null;
        }

        var match = pattern.Match(text, Math.Max(from, Start(text, mark, wordsBefore)));
        if (!match.Success)
        {
            return null;
        }

        from = match.Index + match.Length;
        return match;
    }

    /// <param name="text">The text.</param>
    /// <param name="at">Where the first word every match holds starts.</param>
    /// <param name="wordsBefore">The most words before that word in any one match.</param>
    public static int Start(string text, int at, int wordsBefore)
    {
        var i = at;
        while (i > 0 && !char.IsWhiteSpace(text[i - 1]))
        {
            i--;
        }

        for (var word = 0; word < wordsBefore; word++)
        {
            while (i > 0 && char.IsWhiteSpace(text[i - 1]))
            {
                i--;
            }

            while (i > 0 && !char.IsWhiteSpace(text[i - 1]))
            {
                i--;
            }
        }

        return i;
    }
}
