using System.Text.RegularExpressions;

namespace BriefingSite.Render;

/// <summary>Decides which URLs may become links: http, https and relative ones, never javascript: or data:.</summary>
public static partial class SafeUrl
{
    public static bool IsLinkable(string? url)
    {
        if (string.IsNullOrWhiteSpace(url))
        {
            return false;
        }

        // Browsers drop tabs, newlines and control characters inside URLs ("java\tscript:"), so judge what they see.
        var seen = new string(url.Where(c => c > ' ' && c != '\u007f').ToArray()).Replace('\\', '/');
        if (seen.StartsWith("//", StringComparison.Ordinal))
        {
            return false;
        }

        var scheme = Scheme().Match(seen);
        return !scheme.Success
            || scheme.Groups[1].Value.Equals("http", StringComparison.OrdinalIgnoreCase)
            || scheme.Groups[1].Value.Equals("https", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>True for an absolute http(s) URL: what a source link or bibliography entry may point to.</summary>
    public static bool IsWeb(string? url) =>
        url is not null && WebUrl().IsMatch(url.Trim()) && IsLinkable(url);

    [GeneratedRegex(@"^([A-Za-z][A-Za-z0-9+.\-]*):")]
    private static partial Regex Scheme();

    [GeneratedRegex(@"^https?://[^\s/?#]+", RegexOptions.IgnoreCase)]
    private static partial Regex WebUrl();
}
