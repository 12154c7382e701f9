using AngleSharp.Dom;

namespace BriefingSite.Ingest.Html;

/// <summary>Strips what is never article text before scoring: scripts, forms' controls, navigation, hidden and chrome-named elements.</summary>
public static partial class PageCleaner
{
    private static readonly string[] NeverText =
    [
        "script", "style", "noscript", "template", "svg", "canvas", "iframe", "object", "embed", "button", "input",
        "select", "textarea", "link", "meta", "figcaption",
    ];

    private static readonly string[] ChromeTags = ["nav", "aside", "footer", "dialog", "menu"];

    private static readonly HashSet<string> ChromeRoles = new(StringComparer.OrdinalIgnoreCase)
    {
        "navigation", "banner", "contentinfo", "complementary", "dialog", "alertdialog", "menu", "menubar", "search",
    };

    /// <param name="strict">Also remove chrome by tag, role and name; broken pages sometimes nest the article inside such elements.</param>
    public static void Clean(IDocument document, bool strict)
    {
        var tags = strict ? NeverText.Concat(ChromeTags) : NeverText;
        foreach (var element in document.QuerySelectorAll(string.Join(',', tags)).ToList())
        {
            element.Remove();
        }

        foreach (var element in document.QuerySelectorAll("*").ToList())
        {
            if (element.Parent is null || element.LocalName is "html" or "body" or "article" or "main")
            {
                continue;
            }

            if (IsHidden(element) || IsHoverCard(element) || strict && IsChrome(element))
            {
                element.Remove();
            }
        }
    }

    private static bool IsChrome(IElement element) =>
        (IsRoleChrome(element) || NodeHints.IsChrome(element) || NodeHints.IsUnlikely(element)
            || element.LocalName == "header" && element.Closest("article, main") is null)
        && !HasManyParagraphs(element);

    private static bool IsHidden(IElement element) =>
        element.HasAttribute("hidden")
        || element.GetAttribute("aria-hidden") == "true" && element.TextContent.Length < 200
        || (element.GetAttribute("style") ?? string.Empty).Replace(" ", string.Empty, StringComparison.Ordinal) is var style
            && (style.Contains("display:none", StringComparison.OrdinalIgnoreCase) || style.Contains("visibility:hidden", StringComparison.OrdinalIgnoreCase));

    // A card that shows when a name in the text is hovered ("rollover-people-block": a photo, the name again, links to
    // other stories), kept in the paragraph and hidden by the page's styles: the innermost such element is removed, so
    // that the name it hangs on stays.
    private static bool IsHoverCard(IElement element) =>
        element.ClassName is { } name && HoverCard().IsMatch(name)
        && (element.QuerySelector("img") is not null || element.QuerySelectorAll("a").Length >= 2)
        && element.Closest("p, li") is not null
        && !element.QuerySelectorAll("*").Any(inner => inner.ClassName is { } innerName && HoverCard().IsMatch(innerName));

    [System.Text.RegularExpressions.GeneratedRegex("rollover|tooltip|popover|popup|hovercard|hover-card|flyout", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex HoverCard();

    private static bool IsRoleChrome(IElement element) =>
        element.GetAttribute("role") is { } role && ChromeRoles.Contains(role);

    // A wrapper whose name sounds like chrome but holds the story (class="main-share-wrap") is not chrome.
    private static bool HasManyParagraphs(IElement element) => element.QuerySelectorAll("p").Length >= 5;
}
