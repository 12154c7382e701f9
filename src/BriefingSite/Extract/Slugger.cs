using System.Globalization;
using System.Text;

namespace BriefingSite.Extract;

/// <summary>Turns a title or name into a URL segment: lower-case ASCII letters, digits and hyphens.</summary>
public static class Slugger
{
    public const int MaxLength = 60;

    public static string Slug(string text, string fallback = "briefing")
    {
        // Built in spans: every entity of every article gets a slug.
        var decomposed = text.Normalize(NormalizationForm.FormD);
        Span<char> folded = decomposed.Length <= 256 ? stackalloc char[decomposed.Length] : new char[decomposed.Length];
        var length = 0;
        for (var i = 0; i < decomposed.Length; i++)
        {
            var c = decomposed[i];

            // "U.S." reads "us", not "u-s".
            var dotInAbbreviation = c == '.' && i > 0 && i + 1 < decomposed.Length && char.IsLetter(decomposed[i - 1]) && char.IsLetter(decomposed[i + 1])
                                    && (i < 2 || !char.IsLetter(decomposed[i - 2]));
            if (dotInAbbreviation || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            // "O'Brien" reads "obrien": an apostrophe joins, anything else but a letter or digit separates.
            var lower = char.ToLowerInvariant(Fold(c));
            if (lower is (>= 'a' and <= 'z') or (>= '0' and <= '9'))
            {
                folded[length++] = lower;
            }
            else if (c is not ('\'' or '’'))
            {
                folded[length++] = '-';
            }
        }

        Span<char> slug = stackalloc char[MaxLength];
        var slugLength = 0;
        foreach (var range in folded[..length].Split('-'))
        {
            var word = folded[range];
            if (word.IsEmpty)
            {
                continue;
            }

            if (slugLength > 0 && slugLength + 1 + word.Length > MaxLength)
            {
                break;
            }

            if (slugLength > 0)
            {
                slug[slugLength++] = '-';
            }

            var kept = word[..Math.Min(word.Length, MaxLength)];
            kept.CopyTo(slug[slugLength..]);
            slugLength += kept.Length;
        }

        return slugLength == 0 ? fallback : new string(slug[..slugLength]);
    }

    // Latin letters with diacritics, folded by table: Unicode normalisation is not available with invariant globalization.
    private const string Accented = "àáâãäåāăąçćĉċčďđèéêëēĕėęěĝğġģĥħìíîïĩīĭįıĵķĺļľŀłñńņňòóôõöøōŏőŕŗřśŝşšţťŧùúûüũūŭůűųŵýÿŷźżžßæœ";
    private const string Plain = "aaaaaaaaacccccddeeeeeeeeegggghhiiiiiiiiijklllllnnnnooooooooorrrsssstttuuuuuuuuuuwyyyzzzsao";

    private static char Fold(char c)
    {
        var at = Accented.IndexOf(char.ToLowerInvariant(c), StringComparison.Ordinal);
        return at >= 0 ? Plain[at] : c;
    }
}
