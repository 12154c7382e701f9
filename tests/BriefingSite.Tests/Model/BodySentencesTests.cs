using BriefingSite.Model;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace BriefingSite.Tests.Model;

public class BodySentencesTests
{
    private static Arbitrary<string> Bodies { get; } = Arb.From(
        Gen.Elements("One", "Mr.", "Dr", "U.S.", "Q.", "e.g.", "x", "2024", ".", "!", "?", "”", "“", ")", " ", "  ", "\n", "\n\n", "\r\n",
                "\t", "# ", "## Head", "> ", "- ", "#", "The", "said.", "\u00a0", "(A")
            .ListOf().Select(string.Concat));

    [Property(MaxTest = 2000)]
    public Property Numbers_the_sentences_as_before() =>
        Prop.ForAll(Bodies, body => Assert.Equal(ReferenceBodySentences.Enumerate(body), BodySentences.Enumerate(body)));

    [Property(MaxTest = 500)]
    public Property Cuts_the_blocks_as_before() =>
        Prop.ForAll(Bodies, body => Assert.Equal(ReferenceBodySentences.Blocks(body), Blocks(body)));

    [Fact]
    public void Numbers_a_body_once_while_it_is_kept()
    {
        var body = string.Concat("The harbour opened. ", "Ships came.\n\nMore followed.");
        var first = BodySentences.Enumerate(body);

        Assert.Same(first, BodySentences.Enumerate(body));
        Assert.Equal(first, BodySentences.Enumerate(new string(body.AsSpan())));
        Assert.IsNotType<List<BodySentence>>(first);
    }

    private static List<string> Blocks(string body)
    {
        var blocks = new List<string>();
        var walker = new BodySentences.BlockWalker(body);
        while (walker.Next(out var block))
        {
            blocks.Add(block.ToString());
        }

        return blocks;
    }
}
