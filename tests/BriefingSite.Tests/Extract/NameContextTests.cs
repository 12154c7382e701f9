using System.Text.RegularExpressions;
using BriefingSite.Extract;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace BriefingSite.Tests.Extract;

public partial class NameContextTests
{
    private static Arbitrary<string> Befores { get; } = Arb.From(
        Gen.Elements("in", "the", "The", "within", "(in", "in,", "province", "of", "at", "towards", "x", " ", "  ", "\t", "\n", "\u00a0", "—", "\u200d")
            .ListOf().Select(string.Concat));

    [Property(MaxTest = 3000)]
    public Property Reads_a_place_preposition_as_the_whole_text_did() =>
        Prop.ForAll(Befores, before => Assert.Equal(PlacePreposition().IsMatch(before), NameContext.IsAfterPlacePreposition(before)));

    [Theory]
    [InlineData("He lives in ", true)]
    [InlineData("He came from the ", true)]
    [InlineData("the province of ", true)]
    [InlineData("He lives within ", false)]
    [InlineData("He met ", false)]
    public void Reads_a_place_preposition_before_a_name(string before, bool weakPlace) =>
        Assert.Equal(weakPlace, NameContext.IsAfterPlacePreposition(before));

    [Property(MaxTest = 3000)]
    public Property Reads_the_word_after_a_name_as_the_pattern_did() =>
        Prop.ForAll(
            Arb.From(Gen.Elements("'", "’", "s", "S", "sees", " ", "  ", "\t", ",", "said", "x", "A", "1", "-", "é").ListOf().Select(string.Concat)),
            after =>
            {
                var text = "Name" + after;
                var match = NextWord().Match(text, 4);
                Assert.Equal(match.Success ? match.Groups[1].Index..(match.Groups[1].Index + match.Groups[1].Length) : null, NameContext.NextWord(text, 4));
            });

    [GeneratedRegex(@"\G[’']?s?\s*,?\s*([a-z]+)")]
    private static partial Regex NextWord();

    // The pattern as it was tried on the whole text before the name.
    [GeneratedRegex(@"(?:\b(?:in|at|from|near|across|into|inside|outside|towards)\s+(?:the\s+)?|\b(?:province|district|city|region|town|village|capital)\s+of\s+)$")]
    private static partial Regex PlacePreposition();
}
