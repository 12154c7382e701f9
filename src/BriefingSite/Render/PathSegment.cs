using System.Buffers;
using System.Text;

namespace BriefingSite.Render;

/// <summary>Turns slugs, ids and tags into file names that stay inside their folder and need no escaping in a URL.</summary>
public static class PathSegment
{
    private static readonly SearchValues<char> Kept = SearchValues.Create("abcdefghijklmnopqrstuvwxyz0123456789-");

    public static string Of(string value)
    {
        // Most slugs and ids are segments already, and would come out as they went in.
        if (IsSegment(value))
        {
            return value;
        }

        var segment = new StringBuilder(value.Length);
        foreach (var c in value.Trim().ToLowerInvariant())
        {
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9')
            {
                segment.Append(c);
            }
            else if (segment.Length > 0 && segment[^1] != '-')
            {
                segment.Append('-');
            }
        }

        var text = segment.ToString().TrimEnd('-');
        return text.Length > 0 ? text : "x" + Fingerprint(value);
    }

    private static bool IsSegment(string value) =>
        value.Length > 0 && value[0] != '-' && value[^1] != '-'
        && !value.AsSpan().ContainsAnyExcept(Kept) && !value.Contains("--", StringComparison.Ordinal);

    // Names written only in other scripts still need a stable, distinct file name.
    private static string Fingerprint(string value)
    {
        var hash = System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(value));
        return Convert.ToHexStringLower(hash)[..8];
    }
}
