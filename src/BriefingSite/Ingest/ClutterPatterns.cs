using System.Text.RegularExpressions;

namespace BriefingSite.Ingest;

/// <summary>Line shapes that news and blog pages wrap around an article: credits, share bars, teasers, blurbs.</summary>
public static partial class ClutterPatterns
{
    /// <summary>A line that is clutter wherever it stands.</summary>
    public static bool IsClutterLine(string line) =>
        line.Length <= 160 && (ImageCredit().IsMatch(line) || ShareBar().IsMatch(line) || TeaserAge().IsMatch(line)
            || ReadMore().IsMatch(line) || Label().IsMatch(line) || Signup().IsMatch(line))
        || Disclaimer().IsMatch(line);

    /// <summary>A line after which the rest of the page is lists of other articles, comments or footers.</summary>
    public static bool IsSectionEnd(string line) => line.Length <= 80 && SectionEnd().IsMatch(line);

    /// <summary>A line that may trail an article: an author blurb, a bare link, an "Author" label.</summary>
    public static bool IsTrailer(string line) =>
        IsClutterLine(line) || AuthorBlurb().IsMatch(line) && line.Length <= 600 || BareUrl().IsMatch(line)
        || line.Length <= 30 && AuthorLabel().IsMatch(line);

    /// <summary>An "Author" or "About the author" label line.</summary>
    public static bool IsAuthorLabel(string line) => line.Length <= 30 && AuthorLabel().IsMatch(line);

    /// <summary>A video or bare link glued to the end of a paragraph, as in "difficult .https://youtu.be/…".</summary>
    public static string StripGluedLink(string text)
    {
        // Most paragraphs hold no link at all, and finding none is far quicker than trying the pattern everywhere.
        if (!LinkLike().IsMatch(text))
        {
            return text;
        }

        var match = GluedLink().Match(text);
        return match.Success && match.Index > 0 ? text[..match.Index].TrimEnd() + match.Groups[1].Value : text;
    }

    [GeneratedRegex(@"^[\[(]?\s*(?:(?:featured |cover |header |top |file |main )?(?:image|photo|picture|pic|photograph|illustration|graphic|video|credit)s?(?:\s*\d+)?\s*(?::|by\b|credit\b|courtesy\b)|(?:photo|image)\s*(?:credit|source)|source\s*:\s*(?:reuters|afp|ap|getty))", RegexOptions.IgnoreCase)]
    private static partial Regex ImageCredit();

    [GeneratedRegex(@"^(?:share(?: (?:this|the|on|via)\b.*)?|tweet|email|print|facebook|twitter|linkedin|whatsapp|pinterest|reddit|telegram|copy link)\s*:?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex ShareBar();

    [GeneratedRegex(@"^(?:\d+|an?|one)\s+(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?)\s+ago$", RegexOptions.IgnoreCase)]
    private static partial Regex TeaserAge();

    [GeneratedRegex(@"^(?:read|continue reading|click here to read|view)(?: the)?(?: full| complete| original| rest of the| entire)?(?: article| story| post| report| piece)?(?: here| online| on .{1,40}| at .{1,40})?\s*[.:…>»]*$", RegexOptions.IgnoreCase)]
    private static partial Regex ReadMore();

    [GeneratedRegex(@"^(?:tags?|filed under|categories|topics|keywords)\s*:", RegexOptions.IgnoreCase)]
    private static partial Regex Label();

    [GeneratedRegex(@"^(?:subscribe|sign up|sign in|log in|register)\b.{0,60}$|^advertisement$|^(?:accept|reject) (?:all )?cookies", RegexOptions.IgnoreCase)]
    private static partial Regex Signup();

    [GeneratedRegex(@"^(?:disclaimer\s*:|(?:the )?(?:views|opinions)(?: and opinions)?(?: expressed)? (?:in this|are those|here)|(?:the )?(?:views|opinions) expressed\b)", RegexOptions.IgnoreCase)]
    private static partial Regex Disclaimer();

    [GeneratedRegex(@"^(?:(?:related|recent|popular|trending|latest|more|recommended|top|similar|other)\s+(?:articles?|posts?|stories|news|reads|content|videos?|from\b.*|in\b.*|on\b.*)|you (?:may|might) (?:also )?(?:like|enjoy|be interested in).*|also read|read (?:more|next|also)|more (?:stories|articles) like this|comments?|\d+ comments?|leave a (?:reply|comment)|join the (?:conversation|discussion)|about us|most (?:read|popular|viewed))\s*:?$", RegexOptions.IgnoreCase)]
    private static partial Regex SectionEnd();

    [GeneratedRegex(@"^(?:the |this )?(?:author|writer|columnist|contributor|reporter)s?(?: of this (?:article|piece))? (?:is|are|was|has|have|teaches|works|writes|can be|tweets|holds|serves)\b", RegexOptions.IgnoreCase)]
    private static partial Regex AuthorBlurb();

    [GeneratedRegex(@"^(?:about the )?(?:author|writer)s?\s*:?$", RegexOptions.IgnoreCase)]
    private static partial Regex AuthorLabel();

    [GeneratedRegex(@"^(?:https?://|www\.)\S+$", RegexOptions.IgnoreCase)]
    private static partial Regex BareUrl();

    [GeneratedRegex(@"(?:\s*([.!?])(?=https?://|www\.)|\s+(?=(?:https?://)?(?:www\.|m\.)?(?:youtu\.be|youtube\.com|vimeo\.com|dailymotion\.com)/))\S+$", RegexOptions.IgnoreCase)]
    private static partial Regex GluedLink();

    // What every glued link holds: a scheme, "www." or a video host.
    [GeneratedRegex(@"https?://|www\.|youtu\.be|youtube\.com|vimeo\.com|dailymotion\.com", RegexOptions.IgnoreCase)]
    private static partial Regex LinkLike();
}
