using BriefingSite.Link;

namespace BriefingSite.Tests.Link;

public class NameWordsTests
{
    [Fact]
    public void Keys_a_word_no_known_name_holds_empty_and_takes_the_known_key_itself()
    {
        const string text = "Beijing's China-Pakistan economic corridor, said the minister.";
        var own = NameWords.Of(text);
        var known = new HashSet<string>(StringComparer.Ordinal) { NameKeys.SkeletonOfWord("china"), NameKeys.SkeletonOfWord("economic") };

        var read = NameWords.Of(text, known);

        // The same words at the same places; a known word's key is the set's own string, any other's is "".
        Assert.Equal(own.Select(w => (w.Start, w.End)), read.Select(w => (w.Start, w.End)));
        Assert.Equal(own.Select(w => known.Contains(w.Key) ? w.Key : ""), read.Select(w => w.Key));
        Assert.Equal(2, read.Count(w => w.Key.Length > 0));
        Assert.All(read.Where(w => w.Key.Length > 0), w => Assert.Same(known.First(k => k == w.Key), w.Key));
    }
}
