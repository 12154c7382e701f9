using BriefingSite.Link;

namespace BriefingSite.Tests.Link;

public class NameKeyMemoTests
{
    [Fact]
    public void Gives_the_keys_NameKeys_gives_and_the_same_ones_when_asked_again()
    {
        // Given a memo
        var memo = new NameKeyMemo();

        // When a name is asked for twice
        var first = memo.Skeleton("Tehreek-i-Taliban Pakistan");
        var again = memo.Skeleton("Tehreek-i-Taliban Pakistan");

        // Then both answers are NameKeys' answer, the second the very same string
        Assert.Equal(NameKeys.Skeleton("Tehreek-i-Taliban Pakistan"), first);
        Assert.Same(first, again);
        Assert.Equal(NameKeys.Words("Imran Khan"), memo.Words("Imran Khan"));
        Assert.Equal(NameKeys.ContentWords("Pakistan Muslim League"), memo.ContentWords("Pakistan Muslim League"));
    }
}
