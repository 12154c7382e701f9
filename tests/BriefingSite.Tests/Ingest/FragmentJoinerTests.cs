using BriefingSite.Ingest;

namespace BriefingSite.Tests.Ingest;

public class FragmentJoinerTests
{
    [Theory]
    [InlineData("because several important figures . Chosen by the president-elect himself are closer.", "because several important figures chosen by the president-elect himself are closer.")]
    [InlineData("the government has explained . That its nuclear status is a deterrent.", "the government has explained that its nuclear status is a deterrent.")]
    [InlineData("Prime Minister Imran Khan . Who is under arrest, demonstrate this.", "Prime Minister Imran Khan, who is under arrest, demonstrate this.")]
    [InlineData("the talks stalled . and nobody knew why.", "the talks stalled and nobody knew why.")]
    public void Joins_a_fragment_split_off_by_a_stray_full_stop(string text, string expected)
    {
        Assert.Equal(expected, FragmentJoiner.Join(text));
    }

    [Theory]
    [InlineData("The talks stalled. Who is to blame?")]
    [InlineData("Relations improved. That is why trade grew.")]
    [InlineData("The firm grew fast. Founded by two brothers, it now employs many.")]
    public void Leaves_real_sentences_alone(string text)
    {
        Assert.Equal(text, FragmentJoiner.Join(text));
    }
}
