using System.Text;
using BriefingSite.Model;

namespace BriefingSite.Tests.Model;

public class SameWordsComparerTests
{
    [Theory]
    [InlineData("The harbour is open.", "the harbour is open")]
    [InlineData("The harbour is open.", "  The  harbour\tis \"open\"!")]
    [InlineData("“It is – over,” he said.", "it is over he said")]
    [InlineData("", " ... ")]
    public void Texts_with_the_same_words_are_equal_and_hash_alike(string x, string y)
    {
        Assert.True(SameWordsComparer.Instance.Equals(x, y));
        Assert.Equal(SameWordsComparer.Instance.GetHashCode(x), SameWordsComparer.Instance.GetHashCode(y));
    }

    [Theory]
    [InlineData("The harbour is open.", "The harbour is closed.")]
    [InlineData("The harbour is open.", "The harbour is open today.")]
    [InlineData("The harbour is", "The harbour is open")]
    [InlineData("harbour-side", "harbour side")]
    [InlineData("", "open")]
    public void Texts_with_other_words_differ(string x, string y)
    {
        Assert.False(SameWordsComparer.Instance.Equals(x, y));
        Assert.False(SameWordsComparer.Instance.Equals(y, x));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Random_texts_are_equal_and_hash_as_their_words_in_lower_case_joined_by_one_space(int seed)
    {
        var random = new Random(seed);
        string[] pieces = ["Harbour", "harbour", "ÉTÉ", "été", "open", "K", "\u212A", "1.5", "it's", "–", "...", "“", "”", "(", ")", ",", "-", "a-b"];
        string[] gaps = [" ", "  ", "\t", "\n", "\u00A0", "\u2028", ""];
        string Text(int words) => string.Concat(Enumerable.Range(0, words).Select(_ => pieces[random.Next(pieces.Length)] + gaps[random.Next(gaps.Length)]));

        for (var i = 0; i < 400; i++)
        {
            // Short texts meet often by their words; some are longer than the comparer's buffer on the stack
            var (x, y) = i % 20 == 0 ? (Text(300), Text(300)) : (Text(random.Next(4)), Text(random.Next(4)));
            var comparer = SameWordsComparer.Instance;

            Assert.Equal(Words(x) == Words(y), comparer.Equals(x, y));
            Assert.Equal(string.GetHashCode(Words(x).AsSpan()), comparer.GetHashCode(x));
        }
    }

    // The reference: runs of other characters than white space, punctuation trimmed from their edges, the empty ones
    // dropped, each character in lower case, joined by one space.
    private static string Words(string text)
    {
        char[] edges = ['.', ',', ';', ':', '!', '?', '"', '\'', '‘', '’', '“', '”', '…', '-', '–', '—', '(', ')'];
        var runs = new List<string>();
        var run = new StringBuilder();
        foreach (var c in text + " ")
        {
            if (!char.IsWhiteSpace(c))
            {
                run.Append(c);
            }
            else if (run.Length > 0)
            {
                runs.Add(run.ToString());
                run.Clear();
            }
        }

        return string.Join(' ', runs.Select(r => r.Trim(edges)).Where(r => r.Length > 0).Select(r => string.Concat(r.Select(char.ToLowerInvariant))));
    }
}
