using BriefingSite.Model;

namespace BriefingSite.Link;

/// <summary>Scores briefings against each other on shared entities, shared tags and nearness in time, and says why.</summary>
/// <remarks>
/// An entity weighs by rarity (inverse briefing frequency, near zero when every briefing names it) times how central it is to both briefings (the geometric mean
/// of log-scaled mention counts), so two briefings about the TTP relate more than two that mention Pakistan in passing.
/// A tag weighs half an entity of equal rarity. Works through an inverted index, so cost grows with shared postings,
/// not with the square of the site; keys in more than <see cref="MaxPostings"/> briefings are too common to tell.
/// </remarks>
public sealed class RelatedFinder
{
    public const int MaxRelated = 5;
    private const int MaxPostings = 200;
    private const double MinScore = 1.0;

    private readonly IReadOnlyList<Briefing> briefings;
    private readonly List<string> keys = [];
    private readonly List<double> weight = [];
    private readonly List<List<(int Briefing, double Centrality)>> postings = [];

    // Per briefing, its keys (as numbers, ascending) with how central each is to it.
    private readonly (int Key, double Centrality)[][] entries;

    private RelatedFinder(IReadOnlyList<Briefing> briefings)
    {
        this.briefings = briefings;
        var named = briefings.AsParallel().AsOrdered().Select(Centrality).ToArray();
        var number = new Dictionary<string, int>(StringComparer.Ordinal);
        entries = new (int, double)[briefings.Count][];
        for (var b = 0; b < briefings.Count; b++)
        {
            foreach (var (key, centrality) in named[b])
            {
                if (!number.TryGetValue(key, out var k))
                {
                    number[key] = k = keys.Count;
                    keys.Add(key);
                    postings.Add([]);
                }

                postings[k].Add((b, centrality));
            }

            entries[b] = [.. named[b].Select(n => (number[n.Key], n.Value)).OrderBy(e => e.Item1)];
        }

        for (var k = 0; k < keys.Count; k++)
        {
            weight.Add((IsTag(keys[k]) ? 0.5 : 1.0) * Math.Log((briefings.Count + 1.0) / postings[k].Count));
        }
    }

    public static RelatedFinder Index(IReadOnlyList<Briefing> briefings) => new(briefings);

    /// <summary>Slugs of the most related briefings of each briefing, most related first (what extraction writes).</summary>
    public static IReadOnlyList<IReadOnlyList<string>> Find(IReadOnlyList<Briefing> briefings)
    {
        var finder = Index(briefings);
        return Enumerable.Range(0, briefings.Count).AsParallel().AsOrdered()
            .Select(b => (IReadOnlyList<string>)finder.Rank(b).Select(r => r.Slug).ToList())
            .ToList();
    }

    /// <summary>The most related briefings of briefing number <paramref name="b"/>, with reasons.</summary>
    public IReadOnlyList<RelatedBriefing> Rank(int b)
    {
        var scores = new Dictionary<int, double>();
        foreach (var (key, mine) in entries[b])
        {
            if (postings[key].Count <= MaxPostings)
            {
                foreach (var (other, theirs) in postings[key])
                {
                    scores[other] = scores.GetValueOrDefault(other) + (weight[key] * Math.Sqrt(mine * theirs));
                }
            }
        }

        scores.Remove(b);

        // Only the few that make the cut are explained, so the reasons cost nothing on a large site.
        return scores
            .Select(s => (Other: s.Key, Score: s.Value * Nearness(briefings[b].Date, briefings[s.Key].Date)))
            .Where(s => s.Score >= MinScore)
            .OrderByDescending(s => s.Score).ThenBy(s => briefings[s.Other].Slug, StringComparer.Ordinal)
            .Take(MaxRelated)
            .Select(s => Explain(b, s.Other))
            .ToList();
    }

    /// <summary>How and why briefing <paramref name="b"/> relates to briefing <paramref name="other"/>.</summary>
    public RelatedBriefing Explain(int b, int other)
    {
        var theirs = entries[other].ToDictionary(e => e.Key, e => e.Centrality);
        var shared = entries[b]
            .Where(e => theirs.ContainsKey(e.Key) && postings[e.Key].Count <= MaxPostings)
            .Select(e => (Key: keys[e.Key], Score: weight[e.Key] * Math.Sqrt(e.Centrality * theirs[e.Key])))
            .OrderByDescending(k => k.Score).ThenBy(k => k.Key, StringComparer.Ordinal)
            .ToList();
        return new RelatedBriefing
        {
            Slug = briefings[other].Slug,
            Score = Math.Round(shared.Sum(k => k.Score) * Nearness(briefings[b].Date, briefings[other].Date), 3),
            Entities = shared.Where(k => !IsTag(k.Key)).Select(k => k.Key[2..]).ToList(),
            Tags = shared.Where(k => IsTag(k.Key)).Select(k => k.Key[2..]).ToList(),
        };
    }

    // Keys "e:<id>" and "t:<tag>"; an entity's centrality is 1 + log2 of the sentences that name it (at least one).
    private static Dictionary<string, double> Centrality(Briefing briefing)
    {
        var keys = new Dictionary<string, double>(StringComparer.Ordinal);
        var sentences = BodySentences.Enumerate(briefing.Body);
        foreach (var entity in briefing.Entities)
        {
            var mentions = Math.Max(1, MentionFinder.Find(sentences, entity).Count);
            keys["e:" + entity.Id] = Math.Max(keys.GetValueOrDefault("e:" + entity.Id), 1.0 + Math.Log2(mentions));
        }

        foreach (var tag in briefing.Tags)
        {
            keys["t:" + tag] = 1.0;
        }

        return keys;
    }

    private static bool IsTag(string key) => key.StartsWith("t:", StringComparison.Ordinal);

    // Briefings a year apart keep most of their score; ten years apart, about half.
    private static double Nearness(DateOnly? a, DateOnly? b) =>
        a is { } x && b is { } y ? 0.5 + (0.5 / (1.0 + (Math.Abs(x.DayNumber - y.DayNumber) / 1825.0))) : 0.75;
}
