namespace BriefingSite.Extract;

/// <summary>The content words of each sentence of an article, each word once per sentence, with how many sentences hold it.</summary>
/// <remarks>
/// Words are the tokens of three letters or more, lower case, that are not stop words. Each distinct word gets a
/// number; a sentence's words are kept as numbers in the order they first appear in it, which is the order the
/// ranker sums them in. A word is made a string only the first time the article uses it.
/// </remarks>
internal sealed class SentenceWords
{
    private readonly int[][] bySentence;
    private readonly List<int> sentenceCounts;

    public SentenceWords(TokenizedSentences sentences)
    {
        // Sized for the share of distinct words an article usually has, so the tables seldom grow.
        var capacity = sentences.Tokens.Sum(t => t.Count) / 3;
        var numbers = new Dictionary<string, int>(capacity, StringComparer.Ordinal);
        var lookup = numbers.GetAlternateLookup<ReadOnlySpan<char>>();
        var lastSentence = new List<int>(capacity);
        sentenceCounts = new List<int>(capacity);
        var words = new List<int>();
        Span<char> lower = stackalloc char[64];
        bySentence = new int[sentences.Count][];
        for (var s = 0; s < sentences.Count; s++)
        {
            words.Clear();
            var tokens = sentences.Tokens[s];
            for (var t = 0; t < tokens.Count; t++)
            {
                var text = tokens[t].Text;
                if (text.Length <= 2)
                {
                    continue;
                }

                var word = text.Length <= lower.Length ? lower[..text.Length] : new char[text.Length];
                text.AsSpan().ToLowerInvariant(word);
                if (!char.IsLetter(word[0]) || Lexicon.IsStopWord(word))
                {
                    continue;
                }

                if (!lookup.TryGetValue(word, out var number))
                {
                    number = numbers.Count;
                    numbers.Add(word.SequenceEqual(text) ? text : new string(word), number);
                    lastSentence.Add(-1);
                    sentenceCounts.Add(0);
                }

                if (lastSentence[number] != s)
                {
                    lastSentence[number] = s;
                    sentenceCounts[number]++;
                    words.Add(number);
                }
            }

            bySentence[s] = [.. words];
        }

        MostSentences = sentenceCounts.Count == 0 ? 1 : sentenceCounts.Max();
    }

    /// <summary>The most sentences any one word appears in; 1 when there are no words.</summary>
    public int MostSentences { get; }

    /// <summary>The distinct words of a sentence, as numbers, in the order they first appear in it.</summary>
    public int[] Of(int sentence) => bySentence[sentence];

    /// <summary>How many sentences hold the word.</summary>
    public int Sentences(int word) => sentenceCounts[word];
}
