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

    // Candidates kept beyond the last shown, for those that repeat a title shown before them.
    private const int Spares = 3;
    private const int MaxPostings = 200;
    private const double MinScore = 1.0;

    private readonly IReadOnlyList<Briefing> briefings;
    private readonly List<string> keys = [];

    // Each key as a reason reads: the entity id or tag without its "e:" or "t:".
    private readonly List<string> shown = [];
    private readonly List<double> weight = [];
    private readonly List<List<(int Briefing, double Centrality)>> postings = [];

    // Per briefing, its keys (as numbers, ascending) with how central each is to it.
    private readonly (int Key, double Centrality)[][] entries;

    private RelatedFinder(IReadOnlyList<Briefing> briefings, IReadOnlyList<IReadOnlyList<int>> mentions)
    {
        this.briefings = briefings;
        var named = briefings.Select((b, i) => Centrality(b, mentions[i])).ToArray();
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
                    shown.Add(key[2..]);
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

    public static RelatedFinder Index(IReadOnlyList<Briefing> briefings) => new(briefings, MentionCounts(briefings));

    /// <param name="mentions">For each briefing, how many of its body sentences name each of its entities (see <see cref="BodyReading.MentionCounts"/>).</param>
    public static RelatedFinder Index(IReadOnlyList<Briefing> briefings, IReadOnlyList<IReadOnlyList<int>> mentions) => new(briefings, mentions);

    /// <summary>Slugs of the most related briefings of each briefing, most related first (what extraction writes).</summary>
    public static IReadOnlyList<IReadOnlyList<string>> Find(IReadOnlyList<Briefing> briefings) => Find(briefings, MentionCounts(briefings));

    /// <param name="mentions">As for <see cref="Index(IReadOnlyList{Briefing}, IReadOnlyList{IReadOnlyList{int}})"/>.</param>
    public static IReadOnlyList<IReadOnlyList<string>> Find(IReadOnlyList<Briefing> briefings, IReadOnlyList<IReadOnlyList<int>> mentions)
    {
        var finder = Index(briefings, mentions);

        // A batch of briefings shares one score table, cleared after each, instead of a dictionary per briefing.
        return Enumerable.Range(0, briefings.Count).Chunk(256).AsParallel().AsOrdered()
            .SelectMany(batch =>
            {
                var scores = new double[briefings.Count];
                return batch.Select(b => (IReadOnlyList<string>)finder.Chosen(b, scores).Select(o => briefings[o].Slug).ToList()).ToList();
            })
            .ToList();
    }

    /// <summary>The most related briefings of briefing number <paramref name="b"/>, with reasons.</summary>
    public IReadOnlyList<RelatedBriefing> Rank(int b) => Chosen(b, new double[briefings.Count]).Select(other => Explain(b, other)).ToList();

    // The best, but one briefing of each title: an article saved twice (two briefings of one title) is listed once.
    private IEnumerable<int> Chosen(int b, double[] scores) =>
        Best(b, scores, MaxRelated + Spares).DistinctBy(other => briefings[other].Title, StringComparer.Ordinal).Take(MaxRelated);

    /// <summary>The numbers of the most related briefings of briefing number <paramref name="b"/>, most related first.</summary>
    /// <param name="scores">All zero on entry, and left so.</param>
    private IEnumerable<int> Best(int b, double[] scores, int count)
    {
        var touched = new List<int>();
        foreach (var (key, mine) in entries[b])
        {
            if (postings[key].Count <= MaxPostings)
            {
                foreach (var (other, theirs) in postings[key])
                {
                    if (scores[other] == 0)
                    {
                        touched.Add(other);
                    }

                    scores[other] += weight[key] * Math.Sqrt(mine * theirs);
                }
            }
        }

        // The best few are kept as they come rather than sorting every candidate.
        var best = new List<(int Other, double Score)>(count + 1);
        foreach (var other in touched)
        {
            // Every share is positive, so a zero sum is a briefing already taken (or this one).
            var sum = scores[other];
            scores[other] = 0;
            var score = sum * Nearness(briefings[b].Date, briefings[other].Date);
            if (other == b || sum == 0 || score < MinScore)
            {
                continue;
            }

            // Most candidates fall short of the last one kept: one comparison turns them away.
            if (best.Count == count && !Ranks(score, other, best[^1].Score, best[^1].Other))
            {
                continue;
            }

            best.Insert(PlaceAmong(best, score, other), (other, score));
            if (best.Count > count)
            {
                best.RemoveAt(count);
            }
        }

        return best.Select(s => s.Other);
    }

    // Where a candidate goes among those kept. A plain loop: a lambda here would capture the loop's variables, and so
    // allocate for every candidate, kept or not (millions on a large site).
    private int PlaceAmong(List<(int Other, double Score)> best, double score, int other)
    {
        var at = 0;
        while (at < best.Count && !Ranks(score, other, best[at].Score, best[at].Other))
        {
            at++;
        }

        return at;
    }

    // Higher score first, then slug order.
    private bool Ranks(double score, int other, double keptScore, int kept) =>
        score > keptScore || (score == keptScore && string.CompareOrdinal(briefings[other].Slug, briefings[kept].Slug) < 0);

    /// <summary>How and why briefing <paramref name="b"/> relates to briefing <paramref name="other"/>.</summary>
    /// <remarks>Called for every related pair of a site: plain loops, and the sum taken in the order the reasons are shown.</remarks>
    public RelatedBriefing Explain(int b, int other)
    {
        var shared = new List<(int Key, double Score)>();
        var (mine, theirs) = (entries[b], entries[other]);
        for (int i = 0, j = 0; i < mine.Length && j < theirs.Length;)
        {
            // Both lists are in key order, so the shared keys come from one walk through the two.
            if (mine[i].Key < theirs[j].Key)
            {
                i++;
            }
            else if (mine[i].Key > theirs[j].Key)
            {
                j++;
            }
            else
            {
                var key = mine[i].Key;
                if (postings[key].Count <= MaxPostings)
                {
                    shared.Add((key, weight[key] * Math.Sqrt(mine[i].Centrality * theirs[j].Centrality)));
                }

                i++;
                j++;
            }
        }

        shared.Sort((x, y) => x.Score != y.Score ? y.Score.CompareTo(x.Score) : string.CompareOrdinal(keys[x.Key], keys[y.Key]));
        var sum = 0.0;
        var (entities, tags) = (new List<string>(), new List<string>());
        foreach (var (key, score) in shared)
        {
            sum += score;
            (IsTag(keys[key]) ? tags : entities).Add(shown[key]);
        }

        return new RelatedBriefing
        {
            Slug = briefings[other].Slug,
            Score = Math.Round(sum * Nearness(briefings[b].Date, briefings[other].Date), 3),
            Entities = entities,
            Tags = tags,
        };
    }

    private static List<IReadOnlyList<int>> MentionCounts(IReadOnlyList<Briefing> briefings) =>
        briefings.AsBalancedParallel().AsOrdered().Select(b =>
        {
            var sentences = new SentenceText(BodySentences.Enumerate(b.Body));
            return (IReadOnlyList<int>)b.Entities.Select(e => MentionFinder.Find(sentences, e).Count).ToList();
        }).ToList();

    // Keys "e:<id>" and "t:<tag>"; an entity's centrality is 1 + log2 of the sentences that name it (at least one).
    private static Dictionary<string, double> Centrality(Briefing briefing, IReadOnlyList<int> mentions)
    {
        var keys = new Dictionary<string, double>(StringComparer.Ordinal);
        for (var e = 0; e < briefing.Entities.Count; e++)
        {
            var key = "e:" + briefing.Entities[e].Id;
            keys[key] = Math.Max(keys.GetValueOrDefault(key), 1.0 + Math.Log2(Math.Max(1, mentions[e])));
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
