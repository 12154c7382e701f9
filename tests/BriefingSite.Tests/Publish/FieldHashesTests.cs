using System.Security.Cryptography;
using System.Text;
using BriefingSite.Model;
using BriefingSite.Publish;
using BriefingSite.Tests.Robustness;
using FsCheck.Xunit;

namespace BriefingSite.Tests.Publish;

public class FieldHashesTests
{
    private static readonly Briefing Sample = FrontMatterWriterTests.Sample();

    [Fact]
    public void Hashes_taken_from_a_like_briefing_equal_hashes_made_afresh()
    {
        var edited = Sample with { Summary = "My own words.", Tags = ["mine"], Body = "Rewritten." };

        var reused = FieldHashes.FieldsOf(edited, Sample, FieldHashes.FieldsOf(Sample));

        Assert.Equal(FieldHashes.FieldsOf(edited), reused);
    }

    [Fact]
    public void Item_prints_of_lists_unchanged_since_an_earlier_fingerprint_equal_prints_made_afresh()
    {
        var earlier = FieldHashes.Of(Sample);
        var changed = Sample with { Figures = [new Figure { Value = "3 km", About = "a new range", Sentence = 2 }] };

        var print = FieldHashes.Of(changed, earlier);

        Assert.Equal(FieldHashes.Of(changed).Items, print.Items);
        Assert.Same(earlier.Items["entities"], print.Items["entities"]);
    }

    [Property(Arbitrary = [typeof(BriefingGenerators)], MaxTest = 500)]
    public void A_fingerprint_equals_one_made_from_the_emitter_text_of_each_field_and_item(Briefing briefing) =>
        AssertSamePrint(Reference(briefing), FieldHashes.Of(briefing));

    [Fact]
    public void Fingerprints_of_real_briefings_equal_ones_made_from_the_emitter_text()
    {
        foreach (var briefing in RealBriefings.All())
        {
            AssertSamePrint(Reference(briefing), FieldHashes.Of(briefing));
        }
    }

    private static void AssertSamePrint(Fingerprint expected, Fingerprint actual)
    {
        Assert.Equal(expected.Fields.OrderBy(f => f.Key, StringComparer.Ordinal), actual.Fields.OrderBy(f => f.Key, StringComparer.Ordinal));
        Assert.Equal(expected.Items.Keys.Order(StringComparer.Ordinal), actual.Items.Keys.Order(StringComparer.Ordinal));
        foreach (var (list, prints) in expected.Items)
        {
            Assert.Equal(prints, actual.Items[list]);
        }
    }

    // The fingerprint as first defined: SHA-256 of each field's and item's YAML as YamlDotNet's Emitter wrote it.
    private static Fingerprint Reference(Briefing b)
    {
        var fields = FrontMatterWriter.Fields(b).Where(f => !b.Extra.ContainsKey(f.Key))
            .ToDictionary(f => f.Key, f => Sha(EmitterFrontMatter.ValueText(f.Key, f.Value), 16), StringComparer.Ordinal);
        foreach (var absent in new[] { "date", "author", "source" })
        {
            fields.TryAdd(absent, Sha("", 16));
        }

        fields[FieldHashes.BodyField] = Sha(EmitterFrontMatter.BodyText(b.Body), 16);
        var items = new Dictionary<string, IReadOnlyList<string>>
        {
            ["key_points"] = Prints("key_points", b.KeyPoints, s => s, s => s),
            ["tags"] = Prints("tags", b.Tags, s => s, s => s),
            ["entities"] = Prints("entities", b.Entities, e => e.Id, FrontMatterWriter.Item),
            ["figures"] = Prints("figures", b.Figures, f => $"{f.Value}\n{f.Sentence}", FrontMatterWriter.Item),
            ["events"] = Prints("events", b.Events, e => $"{e.Date}\n{e.Text}", FrontMatterWriter.Item),
            ["quotes"] = Prints("quotes", b.Quotes, q => $"{q.Speaker}\n{q.Text}", FrontMatterWriter.Item),
            ["related"] = Prints("related", b.Related, s => s, s => s),
            ["sources"] = Prints("sources", b.Sources, s => s, s => s),
        };
        return new Fingerprint(fields, items);

        static List<string> Prints<T>(string name, IReadOnlyList<T> list, Func<T, string> key, Func<T, object> yaml) =>
            list.Select(item => Sha(key(item), 10) + ":" + Sha(EmitterFrontMatter.ValueText(name, yaml(item)), 10)).ToList();
    }

    private static string Sha(string text, int length) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..length];
}
