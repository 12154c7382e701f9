using System.Text.RegularExpressions;
using BriefingSite.Model;

namespace BriefingSite.Extract;

/// <summary>Ranks body sentences by how much they carry the article's main claims: centrality, position and shape.</summary>
internal static partial class SentenceRanker
{
    /// <summary>Sentences best first, each with its place in the list given and its score.</summary>
    /// <param name="sentences">The sentences to rank.</param>
    /// <param name="tokenized">The same sentences in the same order, with their words.</param>
    /// <param name="entities">The article's entities.</param>
    public static IReadOnlyList<RankedSentence> Rank(
        IReadOnlyList<BodySentence> sentences, TokenizedSentences tokenized, EntityIndex entities)
    {
        var words = new SentenceWords(tokenized);
        var top = Math.Max(1, words.MostSentences);
        var firstOfBlock = FirstOfBlock(sentences);
        var ranked = new List<RankedSentence>(sentences.Count);
        for (var i = 0; i < sentences.Count; i++)
        {
            var sentence = sentences[i];
            var distinct = words.Of(i);
            var centrality = 0.0;
            if (distinct.Length > 0)
            {
                var sum = 0.0;
                foreach (var word in distinct)
                {
                    sum += (double)words.Sentences(word) / top;
                }

                centrality = sum / Math.Sqrt(distinct.Length + 4);
            }

            var salient = Salient(entities, entities.Find(sentence.Text, tokenized.Tokens[i]));
            // Position counts some: a news report's opening sentence is its main claim, though an analysis may open on a
            // hook (docs/quality.md: with 0.3 rather than 0.1, 92 % of the BBC corpus's summaries hold it, not 81 %).
            var position = (i == 0 ? 0.3 : 0) + (firstOfBlock.Contains(sentence.Number) ? 0.05 : 0) + (i < sentences.Count / 5 ? 0.05 : 0);
            var concrete = HasDigit(sentence.Text) ? 0.1 : 0;
            ranked.Add(new RankedSentence(sentence, i, centrality + Math.Min(salient, 3) * 0.1 + position + concrete - Penalty(sentence.Text)));
        }

        // Best score first, then earlier number, then earlier place: the order a stable sort on score and number gives.
        ranked.Sort(static (a, b) => b.Score.CompareTo(a.Score) is not 0 and var byScore ? byScore
            : a.Sentence.Number.CompareTo(b.Sentence.Number) is not 0 and var byNumber ? byNumber
            : a.Index.CompareTo(b.Index));
        return ranked;
    }

    public static List<string> ContentWords(string text) => ContentWords(Tokenizer.Tokenize(text));

    /// <summary>The words that say something, lower case, in order, repeats kept.</summary>
    public static List<string> ContentWords(IReadOnlyList<Token> tokens)
    {
        var words = new List<string>(tokens.Count);
        for (var i = 0; i < tokens.Count; i++)
        {
            var word = tokens[i].Text.ToLowerInvariant();
            if (word.Length > 2 && char.IsLetter(word[0]) && !Lexicon.IsStopWord(word))
            {
                words.Add(word);
            }
        }

        return words;
    }

    // The numbers of the sentences that open their block.
    private static HashSet<int> FirstOfBlock(IReadOnlyList<BodySentence> sentences)
    {
        var blocks = new HashSet<int>();
        var first = new HashSet<int>();
        foreach (var sentence in sentences)
        {
            if (blocks.Add(sentence.Block))
            {
                first.Add(sentence.Number);
            }
        }

        return first;
    }

    // Entities named in the sentence that the article names at least twice.
    private static int Salient(EntityIndex entities, IReadOnlyList<(int Start, int End, EntityRef Entity)> mentions)
    {
        // Each name counted once, found among the mentions before it: a sentence holds a few.
        var salient = 0;
        for (var i = 0; i < mentions.Count; i++)
        {
            var name = mentions[i].Entity.Name;
            if (!NamedBefore(mentions, i, name))
            {
                salient += entities.Mentions.GetValueOrDefault(name) >= 2 ? 1 : 0;
            }
        }

        return salient;
    }

    private static bool NamedBefore(IReadOnlyList<(int Start, int End, EntityRef Entity)> mentions, int at, string name)
    {
        for (var i = 0; i < at; i++)
        {
            if (mentions[i].Entity.Name == name)
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasDigit(string text)
    {
        foreach (var c in text)
        {
            if (char.IsDigit(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>False for a line with no full stop at its end: a heading, a caption or a teaser for another story, not a claim of this one.</summary>
    public static bool EndsAsSentence(string sentence) => IsStop(LastMark(sentence));

    private static bool IsStop(char mark) => mark is '.' or '!' or '?' or '…' or ':' or ';';

    // The sentence's last character but closing quotes and brackets; a space when none is left.
    private static char LastMark(string sentence) => sentence.AsSpan().TrimEnd().TrimEnd("\"”’')") is [.., var last] ? last : ' ';

    private static double Penalty(string sentence)
    {
        var wordCount = sentence.AsSpan().Count(' ') + 1;
        var penalty = 0.0;
        var last = LastMark(sentence);
        penalty += last is '?' ? 1.0 : 0;
        penalty += IsStop(last) ? 0 : 1.0;
        penalty += wordCount < 8 ? 1.0 : wordCount > 50 ? 0.5 : 0;
        penalty += RhetoricalOpener().IsMatch(sentence) ? 0.6 : 0;
        penalty += VagueOpener().IsMatch(sentence) ? 0.2 : 0;
        penalty += QuotedShare(sentence) > 0.4 ? 0.6 : 0;
        penalty += IsList(sentence) ? 1.0 : 0;
        return penalty;
    }

    /// <summary>True for a team's line-up or a squad ("S Best (Ulster), S Byrne (Leinster), …", "Almunia, Lauren, Toure,
    /// …"): names listed, no claim made; told by its commas, three or more to ten words, or its brackets.</summary>
    public static bool IsList(string sentence)
    {
        var commas = sentence.AsSpan().Count(',');
        return (commas >= 5 && commas * 10 >= (sentence.AsSpan().Count(' ') + 1) * 3) || sentence.AsSpan().Count('(') >= 4;
    }

    private static double QuotedShare(string sentence)
    {
        // Spans, not arrays of marks: every sentence of every article is measured.
        var open = sentence.AsSpan().IndexOfAny('“', '"');
        if (open < 0)
        {
            return 0;
        }

        var close = sentence.AsSpan(open + 1).IndexOfAny('”', '"') is var after and >= 0 ? open + 1 + after : -1;
        return (double)((close < 0 ? sentence.Length : close) - open) / sentence.Length;
    }

    [GeneratedRegex(@"^(?:Some (?:would )?(?:argue|say|believe)|Arguably|In other words|For instance|For example|Of course|Surprisingly|Unfortunately|Actually|Interestingly|Needless to say|It is (?:crucial|important|worth)|Clearly|Rather|Yet|And|But|If|Namely|Perhaps|Maybe)\b")]
    private static partial Regex RhetoricalOpener();

    [GeneratedRegex(@"^(?:This|These|That|Those|It|They|He|She|Such|However|Moreover|Furthermore|Additionally|Meanwhile|Therefore|Thus|In this context|In response|On the other hand)\b")]
    private static partial Regex VagueOpener();
}
