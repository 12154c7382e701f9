using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace BriefingSite.Model;

/// <summary>URL segments for briefings, entities and tags: lower-case a-z, digits and single hyphens.</summary>
public static partial class Slugs
{
    public static bool IsValid(string slug) => slug.Length is > 0 and <= 120 && Pattern().IsMatch(slug);

    /// <summary>A slug for any text: diacritics folded, other characters to hyphens, cut at a word boundary.</summary>
    public static string From(string text, int maxLength = 60, string fallback = "item")
    {
        var folded = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark || c is '’' or '\'')
            {
                continue;
            }

            folded.Append(c is >= 'a' and <= 'z' or >= '0' and <= '9' ? c
                : c is >= 'A' and <= 'Z' ? char.ToLowerInvariant(c)
                : '-');
        }

        var slug = Hyphens().Replace(folded.ToString(), "-").Trim('-');
        if (slug.Length > maxLength)
        {
            var cut = slug.LastIndexOf('-', maxLength);
            slug = slug[..(cut > maxLength / 2 ? cut : maxLength)].Trim('-');
        }

        return slug.Length == 0 ? fallback : slug;
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex Pattern();

    [GeneratedRegex("-{2,}")]
    private static partial Regex Hyphens();
}
