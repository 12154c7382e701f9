namespace BriefingSite.Extract;

/// <summary>Puts the first letter of a clause or point in upper case.</summary>
internal static class FirstLetter
{
    /// <summary>The text with its first character upper case; the text itself when it already is, as most sentences are.</summary>
    public static string Upper(string text) =>
        text.Length > 0 && char.ToUpperInvariant(text[0]) is var first && first != text[0] ? first + text[1..] : text;
}
