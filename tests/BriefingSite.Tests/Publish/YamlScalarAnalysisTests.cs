using BriefingSite.Publish;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace BriefingSite.Tests.Publish;

public class YamlScalarAnalysisTests
{
    // Characters that decide a style, a few that do not, and ones around them (breaks, tabs, non-printables, a lone surrogate).
    private const string Alphabet = "a -:#'\"?,[]{}!&*|>%@`.\n\r\t\u0085\u2028\u00a0é\ud83d\u0001\ufffe";

    [Fact]
    public void The_shortcut_for_inert_inner_text_agrees_with_the_full_scan_on_every_short_text()
    {
        foreach (var length in new[] { 3, 4 })
        {
            var chars = new char[length];
            var count = (int)Math.Pow(Alphabet.Length, length);
            for (var n = 0; n < count; n++)
            {
                for (int i = 0, rest = n; i < length; i++, rest /= Alphabet.Length)
                {
                    chars[i] = Alphabet[rest % Alphabet.Length];
                }

                var text = new string(chars);
                Assert.True(YamlScalarAnalysis.Scan(text) == YamlScalarAnalysis.Of(text), $"differs on \"{text}\"");
            }
        }
    }

    [Fact]
    public void The_shortcut_for_inner_marks_agrees_with_the_full_scan_on_every_text_of_five_marks_and_spaces()
    {
        // Every mark and every kind of space or break a mark looks at beside it, in every place of a five-character text.
        const string marks = "a :#',?\t\n";
        var chars = new char[5];
        for (var n = 0; n < (int)Math.Pow(marks.Length, chars.Length); n++)
        {
            for (int i = 0, rest = n; i < chars.Length; i++, rest /= marks.Length)
            {
                chars[i] = marks[rest % marks.Length];
            }

            var text = new string(chars);
            Assert.True(YamlScalarAnalysis.Scan(text) == YamlScalarAnalysis.Of(text), $"differs on \"{text}\"");
        }
    }

    [Property(MaxTest = 3000)]
    public Property The_shortcut_agrees_with_the_full_scan_on_random_text() =>
        Prop.ForAll(
            Gen.OneOf(YamlValueGenerators.Text, Gen.Elements(Alphabet.ToCharArray()).ListOf().Select(cs => "x" + string.Concat(cs.Take(8)) + "y")).ToArbitrary(),
            text => YamlScalarAnalysis.Scan(text) == YamlScalarAnalysis.Of(text));
}
