using System.Text;
using System.Text.RegularExpressions;

namespace BriefingSite.Ingest;

/// <summary>Evens out white space: one newline style, ordinary spaces, no trailing or doubled spaces.</summary>
public static partial class TextNormaliser
{
    public static string Normalise(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n'))
        {
            builder.Append(c switch
            {
                '\u00a0' or '\u2007' or '\u202f' or '\t' or '\u2002' or '\u2003' or '\u2009' => ' ',
                // Invisible characters from web pages would otherwise split words for later stages.
                '\u200b' or '\u200c' or '\u200d' or '\u2060' or '\ufeff' or '\u00ad' => '\0',
                '\u2028' or '\u2029' => '\n',
                _ => c,
            });
        }

        builder.Replace("\0", string.Empty);
        var lines = builder.ToString().Split('\n').Select(line => Spaces().Replace(line, " ").Trim());
        return string.Join('\n', lines);
    }

    /// <summary>Collapses all white space in one line of text, as for text taken from HTML.</summary>
    public static string OneLine(string text) => Normalise(text.Replace('\n', ' ')).Trim();

    [GeneratedRegex(" {2,}")]
    private static partial Regex Spaces();
}
