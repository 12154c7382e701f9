using System.Text.RegularExpressions;
using BriefingSite.Model;

namespace BriefingSite.Extract;

/// <summary>Ranks body sentences by how much they carry the article's main claims: centrality, position and shape.</summary>
internal static partial class SentenceRanker
{
    /// <summary>Sentences best first, each with its score.</summary>
    /// <param name="sentences">The sentences to rank.</param>
    /// <param name="tokenized">The same sentences in the same order, with their words.</param>
    /// <param name="entities">The article's entities.</param>
    public static IReadOnlyList<(BodySentence Sentence, double Score)> Rank(
        IReadOnlyList<BodySentence> sentences, TokenizedSentences tokenized, EntityIndex entities)
    {
        var frequency = new Dictionary<string, int>(StringComparer.Ordinal);
        var words = tokenized.Tokens.Select(ContentWords).ToList();
        foreach (var word in words.SelectMany(w => w.Distinct()))
        {
            frequency[word] = frequency.GetValueOrDefault(word) + 1;
        }

        var top = Math.Max(1, frequency.Count == 0 ? 1 : frequency.Values.Max());
        var firstOfBlock = sentences.GroupBy(s => s.Block).Select(g => g.First().Number).ToHashSet();
        var ranked = new List<(BodySentence, double)>();
        for (var i = 0; i < sentences.Count; i++)
        {
            var sentence = sentences[i];
            var distinct = words[i].Distinct().ToList();
            var centrality = distinct.Count == 0 ? 0 : distinct.Sum(w => (double)frequency[w] / top) / Math.Sqrt(distinct.Count + 4);
            var salient = entities.Find(sentence.Text, tokenized.Tokens[i]).Select(m => m.Entity.Name).Distinct()
                .Count(n => entities.Mentions.GetValueOrDefault(n) >= 2);
            // Position counts a little: an opening line is often a hook, not the main claim.
            var position = (i == 0 ? 0.1 : 0) + (firstOfBlock.Contains(sentence.Number) ? 0.05 : 0) + (i < sentences.Count / 5 ? 0.05 : 0);
            var concrete = sentence.Text.Any(char.IsDigit) ? 0.1 : 0;
            ranked.Add((sentence, centrality + Math.Min(salient, 3) * 0.1 + position + concrete - Penalty(sentence.Text)));
        }

        return ranked.OrderByDescending(r => r.Item2).ThenBy(r => r.Item1.Number).ToList();
    }

    public static List<string> ContentWords(string text) => ContentWords(Tokenizer.Tokenize(text));

    public static List<string> ContentWords(IReadOnlyList<Token> tokens) =>
        tokens.Select(t => t.Text.ToLowerInvariant())
            .Where(w => w.Length > 2 && char.IsLetter(w[0]) && !Lexicon.IsStopWord(w)).ToList();

    private static double Penalty(string sentence)
    {
        var wordCount = sentence.AsSpan().Count(' ') + 1;
        var penalty = 0.0;
        penalty += sentence.TrimEnd('"', '”', '’', ')').EndsWith('?') ? 1.0 : 0;
        penalty += wordCount < 8 ? 1.0 : wordCount > 50 ? 0.5 : 0;
        penalty += RhetoricalOpener().IsMatch(sentence) ? 0.6 : 0;
        penalty += VagueOpener().IsMatch(sentence) ? 0.2 : 0;
        penalty += QuotedShare(sentence) > 0.4 ? 0.6 : 0;
        return penalty;
    }

    private static double QuotedShare(string sentence)
    {
        var open = sentence.IndexOfAny(['“', '"']);
        if (open < 0)
        {
            return 0;
        }

        var close = sentence.IndexOfAny(['”', '"'], open + 1);
        return (double)((close < 0 ? sentence.Length : close) - open) / sentence.Length;
    }

    [GeneratedRegex(@"^(?:Some (?:would )?(?:argue|say|believe)|Arguably|In other words|For instance|For example|Of course|Surprisingly|Unfortunately|Actually|Interestingly|Needless to say|It is (?:crucial|important|worth)|Clearly|Rather|Yet|And|But|If|Namely|Perhaps|Maybe)\b")]
    private static partial Regex RhetoricalOpener();

    [GeneratedRegex(@"^(?:This|These|That|Those|It|They|He|She|Such|However|Moreover|Furthermore|Additionally|Meanwhile|Therefore|Thus|In this context|In response|On the other hand)\b")]
    private static partial Regex VagueOpener();
}
