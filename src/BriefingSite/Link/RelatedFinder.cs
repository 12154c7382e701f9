using BriefingSite.Model;

namespace BriefingSite.Link;

/// <summary>Scores briefings against each other on shared entities (rarer weighs more), shared tags and nearness in time.</summary>
/// <remarks>Works through an inverted index, so cost grows with shared mentions, not with the square of the site.</remarks>
public static class RelatedFinder
{
    public const int MaxRelated = 5;

    // Entities in more briefings than this say little about relatedness and would make the index quadratic.
    private const int MaxPostings = 200;

    public static IReadOnlyList<IReadOnlyList<string>> Find(IReadOnlyList<Briefing> briefings)
    {
        var postings = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var b = 0; b < briefings.Count; b++)
        {
            foreach (var key in Keys(briefings[b]))
            {
                (postings.TryGetValue(key, out var list) ? list : postings[key] = []).Add(b);
            }
        }

        var weight = postings.ToDictionary(p => p.Key, p => (p.Key.StartsWith("t:", StringComparison.Ordinal) ? 0.5 : 1.0) * Math.Log(1.0 + (double)briefings.Count / p.Value.Count), StringComparer.Ordinal);
        var related = new List<IReadOnlyList<string>>(briefings.Count);
        for (var b = 0; b < briefings.Count; b++)
        {
            var scores = new Dictionary<int, double>();
            foreach (var key in Keys(briefings[b]))
            {
                var list = postings[key];
                if (list.Count > MaxPostings)
                {
                    continue;
                }

                foreach (var other in list.Where(o => o != b))
                {
                    scores[other] = scores.GetValueOrDefault(other) + weight[key];
                }
            }

            related.Add(scores
                .Select(s => (Other: s.Key, Score: s.Value * Nearness(briefings[b].Date, briefings[s.Key].Date)))
                .Where(s => s.Score >= 1.0)
                .OrderByDescending(s => s.Score).ThenBy(s => briefings[s.Other].Slug, StringComparer.Ordinal)
                .Take(MaxRelated)
                .Select(s => briefings[s.Other].Slug)
                .ToList());
        }

        return related;
    }

    private static IEnumerable<string> Keys(Briefing briefing) =>
        briefing.Entities.Select(e => "e:" + e.Id).Concat(briefing.Tags.Select(t => "t:" + t)).Distinct(StringComparer.Ordinal);

    // Briefings a year apart keep most of their score; ten years apart, about half.
    private static double Nearness(DateOnly? a, DateOnly? b) =>
        a is { } x && b is { } y ? 0.5 + (0.5 / (1.0 + (Math.Abs(x.DayNumber - y.DayNumber) / 1825.0))) : 0.75;
}
