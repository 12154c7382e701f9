using BriefingSite.Model;

namespace BriefingSite.Extract;

/// <summary>Writes the summary (two or three central sentences in article order) and three to five key points.</summary>
internal static partial class Summarizer
{
    private const int LongSummary = 600;
    private const int KeyPointLength = 200;

    /// <param name="sentences">The body sentences.</param>
    /// <param name="tokenized">The same sentences in the same order, with their words.</param>
    /// <param name="entities">The article's entities.</param>
    /// <param name="quotes">The article's quotes: a point that is all quote is given its speaker.</param>
    public static (string Summary, IReadOnlyList<string> KeyPoints) Summarize(
        IReadOnlyList<BodySentence> sentences, TokenizedSentences tokenized, EntityIndex entities, IReadOnlyList<Quote> quotes)
    {
        var ranked = SentenceRanker.Rank(sentences, tokenized, entities);
        var chosen = ranked.Take(3).Select(r => r.Sentence).OrderBy(s => s.Number).ToList();
        if (chosen.Count == 3 && chosen.Sum(s => s.Text.Length) > LongSummary)
        {
            chosen = ranked.Take(2).Select(r => r.Sentence).OrderBy(s => s.Number).ToList();
        }

        // Each sentence with its quote marks paired: the summary leaves out the sentences between.
        var summary = string.Join(' ', chosen.Select(s => KeyPointWriter.Paired(KeyPointWriter.Clean(Text(s)))));
        var points = new List<(int Number, string Text)>();
        var pointWords = new List<HashSet<string>>();
        foreach (var (sentence, index, _) in ranked)
        {
            if (points.Count == 5 || (points.Count >= 3 && ranked.Count > 0 && points.Count >= ranked.Count / 4))
            {
                break;
            }

            if (chosen.Contains(sentence) || !SentenceRanker.EndsAsSentence(sentence.Text) || SentenceRanker.IsList(sentence.Text))
            {
                continue;
            }

            var words = pointWords.Count > 0 ? SentenceRanker.ContentWords(tokenized.Tokens[index]).ToHashSet() : [];
            if (pointWords.Exists(p => Overlaps(p, words)))
            {
                continue;
            }

            var point = KeyPointWriter.Write(Text(sentence), KeyPointLength);
            points.Add((sentence.Number, point));
            pointWords.Add(SentenceRanker.ContentWords(point).ToHashSet());
        }

        // Short articles: fall back on summary sentences rather than give fewer than three points.
        foreach (var sentence in chosen.Where(_ => points.Count < 3))
        {
            points.Add((sentence.Number, KeyPointWriter.Write(Text(sentence), KeyPointLength)));
        }

        return (summary, points.OrderBy(p => p.Number).Select(p => Attributed(p.Text, p.Number, quotes)).ToList());
    }

    /// <summary>
    /// A point that is all quote, with no one said to say it, ends with whose words they are: "“For Liverpool, this
    /// result is very, very important.” — Rafael Benitez". Alone in the list, a quote has lost the sentence naming its speaker.
    /// </summary>
    private static string Attributed(string point, int number, IReadOnlyList<Quote> quotes)
    {
        if (point is not ['"' or '“', ..] || Speaking().IsMatch(point))
        {
            return point;
        }

        var words = point.TrimStart('"', '“');
        var opening = words[..Math.Min(words.Length, 40)];
        var quote = quotes.FirstOrDefault(q => q.Speaker.Length > 0 && (q.Sentence == number || q.Text.Contains(opening, StringComparison.Ordinal)));
        return quote is null || point.Contains(quote.Speaker, StringComparison.Ordinal) ? point : $"{point} — {quote.Speaker}";
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?:said|says|told|tells|added|adds|explained|warned|insisted|argued|stated|according to)\b")]
    private static partial System.Text.RegularExpressions.Regex Speaking();

    // The report's first sentence may open on the dateline it was filed under; a saved page may put a line or two (a
    // date, a byline) before it.
    private static string Text(BodySentence sentence) => sentence.Number <= DatelineSentences ? Dateline.Without(sentence.Text) : sentence.Text;

    private const int DatelineSentences = 3;

    // Measured on the key point as written and the candidate sentence as it stands.
    private static bool Overlaps(HashSet<string> left, HashSet<string> right)
    {
        var shared = 0;
        foreach (var word in left)
        {
            shared += right.Contains(word) ? 1 : 0;
        }

        return shared > 0.6 * Math.Min(left.Count, right.Count);
    }
}
