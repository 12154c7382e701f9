using BriefingSite.Ingest;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace BriefingSite.Tests.Ingest;

public class TextNormaliserTests
{
    // Every kind of space, newline and invisible character the normaliser treats, among ordinary letters.
    private static readonly char[] Alphabet =
    [
        'a', 'b', ' ', ' ', '\t', '\r', '\n', '\u00a0', '\u2007', '\u202f', '\u2002', '\u2003', '\u2009', '\u200b', '\u200c',
        '\u200d', '\u2060', '\ufeff', '\u00ad', '\u2028', '\u2029', '\0', '\v', '\f', '\u0085', '\u3000', '.',
    ];

    private static Arbitrary<string> Texts { get; } = Arb.From(Gen.Elements(Alphabet).ArrayOf().Select(chars => new string(chars)));

    [Property(MaxTest = 2000)]
    public Property Evens_out_white_space_as_before() =>
        Prop.ForAll(Texts, text => Assert.Equal(ReferenceTextNormaliser.Normalise(text), TextNormaliser.Normalise(text)));

    [Property(MaxTest = 500)]
    public Property Counts_the_words_a_split_on_spaces_gives() =>
        Prop.ForAll(Texts, text => Assert.Equal(ReferenceTextNormaliser.WordCount(text), LineShape.WordCount(text)));

    [Fact]
    public void Makes_one_newline_style_and_single_spaces_and_drops_invisible_characters()
    {
        Assert.Equal("a b\n\nc\nd", TextNormaliser.Normalise("  a \u00a0 b\r\n\r\u200bc\u2028d\u00ad  "));
    }
}
