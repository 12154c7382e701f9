using AngleSharp.Dom;

namespace BriefingSite.Ingest.Html;

/// <summary>Strips what is never article text before scoring: scripts, forms' controls, navigation, hidden and chrome-named elements.</summary>
public static class PageCleaner
{
    private static readonly string[] NeverText =
    [
        "script", "style", "noscript", "template", "svg", "canvas", "iframe", "object", "embed", "button", "input",
        "select", "textarea", "nav", "aside", "footer", "dialog", "menu", "link", "meta", "figcaption",
    ];

    private static readonly HashSet<string> ChromeRoles = new(StringComparer.OrdinalIgnoreCase)
    {
        "navigation", "banner", "contentinfo", "complementary", "dialog", "alertdialog", "menu", "menubar", "search",
    };

    public static void Clean(IDocument document, bool removeUnlikely)
    {
        foreach (var element in document.QuerySelectorAll(string.Join(',', NeverText)).ToList())
        {
            element.Remove();
        }

        foreach (var element in document.QuerySelectorAll("*").ToList())
        {
            if (element.Parent is null || element.LocalName is "html" or "body" or "article" or "main")
            {
                continue;
            }

            if (IsHidden(element) || IsRoleChrome(element) || NodeHints.IsChrome(element) && !HasManyParagraphs(element)
                || removeUnlikely && NodeHints.IsUnlikely(element) && !HasManyParagraphs(element)
                || element.LocalName == "header" && element.Closest("article, main") is null)
            {
                element.Remove();
            }
        }
    }

    private static bool IsHidden(IElement element) =>
        element.HasAttribute("hidden")
        || element.GetAttribute("aria-hidden") == "true" && element.TextContent.Length < 200
        || (element.GetAttribute("style") ?? string.Empty).Replace(" ", string.Empty, StringComparison.Ordinal) is var style
            && (style.Contains("display:none", StringComparison.OrdinalIgnoreCase) || style.Contains("visibility:hidden", StringComparison.OrdinalIgnoreCase));

    private static bool IsRoleChrome(IElement element) =>
        element.GetAttribute("role") is { } role && ChromeRoles.Contains(role);

    // A wrapper whose name sounds like chrome but holds the story (class="main-share-wrap") is not chrome.
    private static bool HasManyParagraphs(IElement element) => element.QuerySelectorAll("p").Length >= 5;
}
