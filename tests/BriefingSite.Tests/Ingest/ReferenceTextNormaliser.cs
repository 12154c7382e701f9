using System.Text;
using System.Text.RegularExpressions;

namespace BriefingSite.Tests.Ingest;

/// <summary>White space evened out as before the one-pass normaliser: character by character, then line by line.</summary>
internal static partial class ReferenceTextNormaliser
{
    public static string Normalise(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n'))
        {
            builder.Append(c switch
            {
                '\u00a0' or '\u2007' or '\u202f' or '\t' or '\u2002' or '\u2003' or '\u2009' => ' ',
                '\u200b' or '\u200c' or '\u200d' or '\u2060' or '\ufeff' or '\u00ad' => '\0',
                '\u2028' or '\u2029' => '\n',
                _ => c,
            });
        }

        builder.Replace("\0", string.Empty);
        var lines = builder.ToString().Split('\n').Select(line => Spaces().Replace(line, " ").Trim());
        return string.Join('\n', lines);
    }

    public static int WordCount(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;

    [GeneratedRegex(" {2,}")]
    private static partial Regex Spaces();
}
