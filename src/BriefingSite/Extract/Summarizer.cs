using BriefingSite.Model;

namespace BriefingSite.Extract;

/// <summary>Writes the summary (two or three central sentences in article order) and three to five key points.</summary>
internal static class Summarizer
{
    private const int LongSummary = 600;
    private const int KeyPointLength = 200;

    public static (string Summary, IReadOnlyList<string> KeyPoints) Summarize(IReadOnlyList<BodySentence> sentences, EntityIndex entities)
    {
        var ranked = SentenceRanker.Rank(sentences, entities);
        var chosen = ranked.Take(3).Select(r => r.Sentence).OrderBy(s => s.Number).ToList();
        if (chosen.Count == 3 && chosen.Sum(s => s.Text.Length) > LongSummary)
        {
            chosen = ranked.Take(2).Select(r => r.Sentence).OrderBy(s => s.Number).ToList();
        }

        var summary = string.Join(' ', chosen.Select(s => KeyPointWriter.Clean(s.Text)));
        var points = new List<(int Number, string Text)>();
        foreach (var (sentence, _) in ranked)
        {
            if (points.Count == 5 || (points.Count >= 3 && ranked.Count > 0 && points.Count >= ranked.Count / 4))
            {
                break;
            }

            if (chosen.Contains(sentence) || points.Any(p => Overlaps(p.Text, sentence.Text)))
            {
                continue;
            }

            points.Add((sentence.Number, KeyPointWriter.Write(sentence.Text, KeyPointLength)));
        }

        // Short articles: fall back on summary sentences rather than give fewer than three points.
        foreach (var sentence in chosen.Where(_ => points.Count < 3))
        {
            points.Add((sentence.Number, KeyPointWriter.Write(sentence.Text, KeyPointLength)));
        }

        return (summary, points.OrderBy(p => p.Number).Select(p => p.Text).ToList());
    }

    private static bool Overlaps(string a, string b)
    {
        var left = SentenceRanker.ContentWords(a).ToHashSet();
        var right = SentenceRanker.ContentWords(b).ToHashSet();
        var shared = left.Intersect(right).Count();
        return shared > 0.6 * Math.Min(left.Count, right.Count);
    }
}
