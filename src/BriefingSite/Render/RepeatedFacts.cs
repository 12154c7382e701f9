using BriefingSite.Model;

namespace BriefingSite.Render;

/// <summary>
/// A fact several briefings state alike (a story updated, a wire repeated): listed once, from the newest briefing, with
/// the others in <c>also</c> (three by name; <c>also_more</c> counts the rest).
/// </summary>
internal static class RepeatedFacts
{
    public const int SourcesShown = 3;

    /// <summary>The facts whose briefing is on the site, grouped by their words (case and punctuation aside), in order.</summary>
    public static List<List<T>> Group<T>(IEnumerable<T> facts, Func<T, string> words, Func<T, string> briefing, SiteLinks links)
    {
        var groups = new List<List<T>>();
        var byWords = new Dictionary<string, List<T>>(SameWordsComparer.Instance);
        foreach (var fact in facts)
        {
            if (links.Briefing(briefing(fact)) is null)
            {
                continue;
            }

            var key = words(fact);
            if (!byWords.TryGetValue(key, out var group))
            {
                byWords[key] = group = [];
                groups.Add(group);
            }

            if (!group.Exists(f => briefing(f) == briefing(fact)))
            {
                group.Add(fact);
            }
        }

        return groups;
    }

    /// <summary>Adds url and briefing_title of the group's first fact, and also and also_more for the others.</summary>
    public static Dictionary<string, object?> WithSources<T>(Dictionary<string, object?> view, List<T> group, Func<T, string> briefing, Func<T, int?> sentence, SiteLinks links)
    {
        view["url"] = SiteLinks.SentenceUrl(briefing(group[0]), sentence(group[0]));
        view["briefing_title"] = links.Briefing(briefing(group[0]))!.Title;
        view["also"] = group.Skip(1).Take(SourcesShown).Select(f => new Dictionary<string, object?>(2)
        {
            ["url"] = SiteLinks.SentenceUrl(briefing(f), sentence(f)),
            ["briefing_title"] = links.Briefing(briefing(f))!.Title,
        }).ToList();
        view["also_more"] = Math.Max(0, group.Count - 1 - SourcesShown);
        return view;
    }
}
