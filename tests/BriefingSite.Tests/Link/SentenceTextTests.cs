using BriefingSite.Link;
using BriefingSite.Model;

namespace BriefingSite.Tests.Link;

public class SentenceTextTests
{
    [Fact]
    public void A_name_counts_as_a_whole_word_inside_one_sentence()
    {
        // Given sentences where "Khan" stands alone, inside a longer word, and at both ends of a sentence
        var text = new SentenceText(Sentences("Khanate rulers met.", "They met Khan.", "Khan spoke", "Imran Khan's party"));

        // When the sentences naming Khan are asked for
        var found = text.Naming(["Khan"]);

        // Then the word inside "Khanate" does not count, and the others each count once
        Assert.Equal([2, 3, 4], found.Select(s => s.Number));
    }

    [Fact]
    public void Finds_what_a_sentence_by_sentence_search_finds()
    {
        // Given random sentences over a small alphabet, where names often touch, overlap and repeat
        var random = new Random(7);
        string Word() => new([.. Enumerable.Range(0, random.Next(1, 4)).Select(_ => "abAB1 .-"[random.Next(8)])]);
        for (var round = 0; round < 2000; round++)
        {
            var sentences = Sentences([.. Enumerable.Range(0, random.Next(0, 6)).Select(_ => string.Concat(Enumerable.Range(0, random.Next(0, 6)).Select(_ => Word())))]);
            var names = Enumerable.Range(0, random.Next(1, 4)).Select(_ => Word().Trim()).Where(n => n.Length > 0).Distinct().ToList();

            // When both ways look for the names
            var joined = new SentenceText(sentences).Naming(names);
            var oneByOne = sentences.Where(s => names.Any(n => MentionFinder.ContainsWord(s.Text, n)));

            // Then they find the same sentences
            Assert.Equal(oneByOne.Select(s => s.Number), joined.Select(s => s.Number));
        }
    }

    private static List<BodySentence> Sentences(params string[] texts) => [.. texts.Select((t, i) => new BodySentence(i + 1, 0, t))];
}
