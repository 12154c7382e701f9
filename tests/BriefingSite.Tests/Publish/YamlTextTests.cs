using System.Text;
using BriefingSite.Model;
using BriefingSite.Publish;
using BriefingSite.Tests.Robustness;
using FsCheck.Xunit;

namespace BriefingSite.Tests.Publish;

/// <summary>The hand-written YAML equals what YamlDotNet's Emitter wrote, value by value and file by file.</summary>
public class YamlTextTests
{
    [Property(Arbitrary = [typeof(YamlValueGenerators)], MaxTest = 3000)]
    public void A_value_is_written_as_the_emitter_wrote_it(YamlCase value) =>
        Assert.Equal(EmitterFrontMatter.ValueText(value.Key, value.Value), FrontMatterWriter.ValueText(value.Key, value.Value));

    [Property(Arbitrary = [typeof(YamlValueGenerators)], MaxTest = 1000)]
    public void A_value_under_any_key_in_a_file_is_written_as_the_emitter_wrote_it(YamlCase value)
    {
        var briefing = FrontMatterWriterTests.Sample() with { Extra = new Dictionary<string, object?> { [value.Key] = value.Value, ["z"] = value.Value } };

        Assert.Equal(EmitterFrontMatter.Write(briefing), FrontMatterWriter.Write(briefing));
    }

    [Property(Arbitrary = [typeof(BriefingGenerators)], MaxTest = 1000)]
    public void A_random_briefing_is_written_as_the_emitter_wrote_it(Briefing briefing)
    {
        Assert.Equal(EmitterFrontMatter.Write(briefing), FrontMatterWriter.Write(briefing));
        Assert.Equal(Encoding.UTF8.GetBytes(EmitterFrontMatter.Write(briefing)), FrontMatterWriter.Utf8(briefing));
        foreach (var (key, value) in FrontMatterWriter.Fields(briefing))
        {
            Assert.Equal(EmitterFrontMatter.ValueText(key, value), FrontMatterWriter.ValueText(key, value));
        }
    }

    [Fact]
    public void Real_briefings_are_written_as_the_emitter_wrote_them()
    {
        var briefings = RealBriefings.All();

        foreach (var briefing in briefings)
        {
            Assert.Equal(EmitterFrontMatter.Write(briefing), FrontMatterWriter.Write(briefing));
            Assert.Equal(Encoding.UTF8.GetBytes(EmitterFrontMatter.Write(briefing)), FrontMatterWriter.Utf8(briefing));
            foreach (var item in briefing.Entities.Select(FrontMatterWriter.Item).Concat(briefing.Figures.Select(FrontMatterWriter.Item)))
            {
                Assert.Equal(EmitterFrontMatter.ValueText("entities", item), FrontMatterWriter.ValueText("entities", item));
            }
        }

        Assert.True(briefings.Count >= 5);
    }

    [Theory]
    [InlineData("", "--- \"\"")]
    [InlineData("a: b", "'a: b'")]
    [InlineData("it's: x", "\"it's: x\"")]
    [InlineData("🙂", "\"\\U0001F642\"")]
    [InlineData("٣", "\"٣\"")]
    [InlineData("١٢.٥", "\"١٢.٥\"")]
    [InlineData("NULL", "\"NULL\"")]
    [InlineData("Nulls", "Nulls")]
    [InlineData("OFF", "\"OFF\"")]
    [InlineData("-.inf", "\"-.inf\"")]
    [InlineData("2024-01-01 and after", "\"2024-01-01 and after\"")]
    public void Quotes_text_a_reader_would_misread(string text, string yaml) => Assert.Equal(yaml, FrontMatterWriter.ValueText("summary", text));
}
