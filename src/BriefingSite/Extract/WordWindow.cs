namespace BriefingSite.Extract;

/// <summary>Where a pattern may start at the earliest, given a word every match of it holds and how many words
/// may come before that word in a match.</summary>
/// <remarks>
/// Words here are runs of non-space characters. Trying a pattern from there, with the whole text still in view,
/// finds the same matches as trying it from the start of the text, without trying every word before.
/// </remarks>
internal static class WordWindow
{
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
