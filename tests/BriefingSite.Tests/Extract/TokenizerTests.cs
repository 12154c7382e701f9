using BriefingSite.Extract;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace BriefingSite.Tests.Extract;

public class TokenizerTests
{
    // Letters of every case and script, digits of every kind, marks, the joiners words hold, and the spaces between them.
    private static readonly char[] Alphabet =
    [
        'a', 's', 'S', 'J', 'U', 'x', 'é', 'İ', 'ß', 'ǅ', 'ʰ', '中', '1', '²', 'Ⅳ', '٣', '\u0301', '\u0903', '\u200d', '\u200c',
        '_', '.', '-', '&', '\'', '’', '‘', ' ', '\t', '\n', '\u00a0', '\u2028', ',', '"', '(', '\ud83d', '\ude42',
    ];

    private static Gen<string> Sentences { get; } = Gen.OneOf(
        Gen.Elements(Alphabet).ArrayOf().Select(chars => new string(chars)),
        Gen.Elements("U.S.", "J. Ratcliffe", "U.S.-based", "Pakistan's", "don'ts2", "rock&roll", "Tehreek-i-Taliban", "A.B", "s", " ")
            .ListOf().Select(string.Concat));

    [Property(MaxTest = 2000)]
    public Property Reads_the_words_the_pattern_read() =>
        Prop.ForAll(Arb.From(Sentences), text => Assert.Equal(ReferenceTokenizer.Tokenize(text), Words(text)));

    [Fact]
    public void Reads_the_words_the_pattern_read_in_the_sample_articles()
    {
        foreach (var name in SeedArticles.Names)
        {
            foreach (var block in SeedArticles.Read(name).Blocks)
            {
                Assert.Equal(ReferenceTokenizer.Tokenize(block.Text), Words(block.Text));
            }
        }
    }

    [Fact]
    public void Keeps_abbreviations_initials_and_joined_words_whole_and_leaves_off_possessives()
    {
        var words = Tokenizer.Tokenize("U.S. envoy J. Ratcliffe met Tehreek-i-Taliban's rock&roll fans in O’Hare.");

        Assert.Equal(["U.S.", "envoy", "J.", "Ratcliffe", "met", "Tehreek-i-Taliban", "s", "rock&roll", "fans", "in", "O’Hare"], words.Select(w => w.Text));
    }

    private static List<(string Text, int Start, int End)> Words(string text) =>
        [.. Tokenizer.Tokenize(text).Select(t => (t.Text, t.Start, t.End))];
}
