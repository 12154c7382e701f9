using System.Globalization;
using System.Text;

namespace BriefingSite.Extract;

/// <summary>Turns a title or name into a URL segment: lower-case ASCII letters, digits and hyphens.</summary>
public static class Slugger
{
    public const int MaxLength = 60;

    public static string Slug(string text, string fallback = "briefing")
    {
        var folded = new StringBuilder(text.Length);
        var decomposed = text.Normalize(NormalizationForm.FormD);
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

            var lower = char.ToLowerInvariant(Fold(c));
            folded.Append(lower is (>= 'a' and <= 'z') or (>= '0' and <= '9') ? lower : c is '\'' or '’' ? '\0' : '-');
        }

        var words = folded.ToString().Replace("\0", "", StringComparison.Ordinal)
            .Split('-', StringSplitOptions.RemoveEmptyEntries);
        var slug = new StringBuilder();
        foreach (var word in words)
        {
            if (slug.Length > 0 && slug.Length + 1 + word.Length > MaxLength)
            {
                break;
            }

            if (slug.Length > 0)
            {
                slug.Append('-');
            }

            slug.Append(word.Length > MaxLength ? word[..MaxLength] : word);
        }

        return slug.Length == 0 ? fallback : slug.ToString();
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
