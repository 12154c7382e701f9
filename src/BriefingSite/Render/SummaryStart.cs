namespace BriefingSite.Render;

/// <summary>The start of a summary, cut at a word; cut after a sentence, it needs no "…".</summary>
public static class SummaryStart
{
    /// <summary>How much of a summary a page's description (and its link preview's) holds: about what search engines show.</summary>
    public const int DescriptionLength = 160;

    public static string Of(string summary, int length)
    {
        if (summary.Length <= length)
        {
            return summary;
        }

        var cut = summary.LastIndexOf(' ', length);
        var start = summary[..(cut > 0 ? cut : length)].TrimEnd(',', ';', ':');
        return start.EndsWith('.') || start.EndsWith('!') || start.EndsWith('?') ? start : start + "…";
    }
}
