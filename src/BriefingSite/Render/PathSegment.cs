using System.Text;

namespace BriefingSite.Render;

/// <summary>Turns slugs, ids and tags into file names that stay inside their folder and need no escaping in a URL.</summary>
public static class PathSegment
{
    public static string Of(string value)
    {
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

    // Names written only in other scripts still need a stable, distinct file name.
    private static string Fingerprint(string value)
    {
        var hash = System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(value));
        return Convert.ToHexStringLower(hash)[..8];
    }
}
