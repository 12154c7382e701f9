using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace BriefingSite.Ingest.Html;

/// <summary>What class and id names suggest about an element: page chrome, or article content. A weight, not a verdict.</summary>
public static partial class NodeHints
{
    /// <summary>+25 for each of class and id that sounds like content, -25 for each that sounds like chrome.</summary>
    public static int Weight(IElement element)
    {
        var weight = 0;
        foreach (var name in new[] { element.ClassName, element.Id })
        {
            if (string.IsNullOrEmpty(name))
            {
                continue;
            }

            if (Negative().IsMatch(name))
            {
                weight -= 25;
            }

            if (Positive().IsMatch(name))
            {
                weight += 25;
            }
        }

        return weight;
    }

    /// <summary>Named like navigation, comments, share bars, cookie banners or related lists, and not like content.</summary>
    public static bool IsUnlikely(IElement element)
    {
        var names = $"{element.ClassName} {element.Id}";
        return names.Length > 1 && Unlikely().IsMatch(names) && !Maybe().IsMatch(names);
    }

    /// <summary>Named like something that is never article text, even inside the article: cookie banners, share bars, newsletters.</summary>
    public static bool IsChrome(IElement element)
    {
        var names = $"{element.ClassName} {element.Id}";
        return names.Length > 1 && Chrome().IsMatch(names);
    }

    [GeneratedRegex(@"-ad-|ai2html|banner|breadcrumb|combx|comment|community|cover-wrap|disqus|extra|footer|gdpr|header|legends|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor|supplemental|ad-break|agegate|pagination|pager|popup|yom-remote|cookie|consent|newsletter|subscribe|promo|share|sharing|recommend|trending|outbrain|taboola|teaser|byline|caption|copyright|most-read|mostread|paywall|signup|toolbar|topbar|navbar|nav-|masthead", RegexOptions.IgnoreCase)]
    private static partial Regex Unlikely();

    [GeneratedRegex(@"and|article|body|column|content|main|shadow|story|entry|post-text|text", RegexOptions.IgnoreCase)]
    private static partial Regex Maybe();

    [GeneratedRegex(@"cookie|consent|gdpr|newsletter|share-?bar|social-?share|sharing|share-?buttons|related-?(?:posts|articles|stories|content)|outbrain|taboola|comments?-(?:section|area|list)|disqus|advert|^ad-|\bad-slot|\bads?\b|paywall|subscribe|promo", RegexOptions.IgnoreCase)]
    private static partial Regex Chrome();

    [GeneratedRegex(@"article|body|content|entry|hentry|h-entry|main|page|post|text|blog|story", RegexOptions.IgnoreCase)]
    private static partial Regex Positive();

    [GeneratedRegex(@"-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|footer|gdpr|masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|widget|cookie|newsletter|caption", RegexOptions.IgnoreCase)]
    private static partial Regex Negative();
}
