using System.Text.RegularExpressions;
using BriefingSite.Publish;

namespace BriefingSite.Benchmarks;

/// <summary>
/// How much of each briefing's title its summary says, against the article's opening words of the summary's length: a
/// stand-in for summary quality where no summaries were written by hand (a BBC headline is its editor's summary); and
/// how many of the entities the article names twice or more the summary and key points name (what they cover).
/// </summary>
public static partial class SummaryCoverage
{
    private static readonly HashSet<string> Stop = new(
        """
        a an the of to in on for and or but is are was were be been being at by with from as that this it its he she they
        we you i his her their our your not no yes has have had do does did will would can could should may might must than
        then so if into over after before about up down out new says said say also just more most
        """.Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries), StringComparer.Ordinal);

    /// <param name="content">A content folder, as `briefing extract` wrote it.</param>
    public static int Run(string content)
    {
        var briefings = new ContentFolder(content, content).LoadBriefings([]).Select(b => b.Briefing).ToList();
        var (summary, lead, opening, counted) = (0.0, 0.0, 0, 0);
        var (covered, salient) = (0, 0);
        foreach (var briefing in briefings)
        {
            var title = Words(briefing.Title).ToHashSet(StringComparer.Ordinal);
            var body = string.Join(' ', briefing.Body.Split('\n').Where(l => l.Trim() is { Length: > 0 } line && !line.StartsWith('#')));
            if (title.Count == 0 || string.IsNullOrWhiteSpace(briefing.Summary) || body.Length == 0)
            {
                continue;
            }

            var length = briefing.Summary.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
            summary += Recall(title, briefing.Summary);
            lead += Recall(title, string.Join(' ', body.Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(length)));
            var first = FirstSentence().Match(body).Value.Trim();
            opening += briefing.Summary.Contains(first[..Math.Min(first.Length, 40)], StringComparison.Ordinal) ? 1 : 0;
            counted++;

            // The entities the article names at least twice, and how many of them the summary and key points name.
            var said = briefing.Summary + " " + string.Join(' ', briefing.KeyPoints);
            foreach (var entity in briefing.Entities)
            {
                string[] names = [entity.Name, .. entity.Aliases];
                if (names.Sum(name => Occurrences(body, name)) >= 2)
                {
                    salient++;
                    covered += names.Any(name => said.Contains(name, StringComparison.Ordinal)) ? 1 : 0;
                }
            }
        }

        Console.WriteLine($"{counted} briefings with a title, summary and body");
        Console.WriteLine($"title words the summary holds: {summary / counted:0.000}; the article's opening words of the summary's length: {lead / counted:0.000}");
        Console.WriteLine($"summaries holding the article's opening sentence: {(double)opening / counted:0.00}");
        Console.WriteLine($"entities named twice or more in the article that the summary or key points name: {(double)covered / salient:0.000} ({covered:N0} of {salient:N0})");
        return 0;
    }

    private static int Occurrences(string text, string name)
    {
        var count = 0;
        for (var at = text.IndexOf(name, StringComparison.Ordinal); at >= 0; at = text.IndexOf(name, at + name.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }

    private static double Recall(HashSet<string> title, string text)
    {
        var words = Words(text).ToHashSet(StringComparer.Ordinal);
        return (double)title.Count(words.Contains) / title.Count;
    }

    private static IEnumerable<string> Words(string text) =>
        WordPattern().Matches(text.ToLowerInvariant()).Select(m => m.Value).Where(w => w.Length > 1 && !Stop.Contains(w));

    [GeneratedRegex("[a-z0-9]+")]
    private static partial Regex WordPattern();

    [GeneratedRegex(@"^.*?[.!?](?=\s|$)")]
    private static partial Regex FirstSentence();
}
