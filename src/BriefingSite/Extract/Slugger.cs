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
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
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

    // Letters that do not decompose into a base letter and a mark.
    private static char Fold(char c) => c switch
    {
        'ß' => 's',
        'ø' or 'Ø' => 'o',
        'æ' or 'Æ' => 'a',
        'đ' or 'Đ' => 'd',
        'ł' or 'Ł' => 'l',
        'ı' => 'i',
        _ => c,
    };
}
