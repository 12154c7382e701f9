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
}
