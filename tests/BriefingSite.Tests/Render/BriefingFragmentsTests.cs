using System.Text;
using BriefingSite.Cache;
using BriefingSite.Model;
using BriefingSite.Render;
using BriefingSite.Tests.Robustness;
using FsCheck.Xunit;

namespace BriefingSite.Tests.Render;

/// <summary>
/// Briefing fragments: joined, they give the briefings.json of before; kept in a store, one is used again only while
/// everything it is made from is the same.
/// </summary>
public sealed class BriefingFragmentsTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("fragments-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private string StorePath => Path.Combine(folder, "fragments.bin");

    /// <summary>One change to each thing a fragment is made from.</summary>
    private static readonly Dictionary<string, Func<Briefing, Briefing>> Changes = new(StringComparer.Ordinal)
    {
        ["title"] = b => b with { Title = "Strategic Standoff Deepens" },
        ["slug"] = b => b with { Slug = "standoff" },
        ["date"] = b => b with { Date = new DateOnly(2025, 2, 1) },
        ["no date"] = b => b with { Date = null },
        ["author"] = b => b with { Authors = ["Someone Else"] },
        ["second author"] = b => b with { Authors = [.. b.Authors, "Someone Else"] },
        ["source file"] = b => b with { Source = b.Source! with { File = "seeds/002.txt" } },
        ["source url"] = b => b with { Source = b.Source! with { Url = null } },
        ["source hash"] = b => b with { Source = b.Source! with { Sha256 = "def456" } },
        ["no source"] = b => b with { Source = null },
        ["summary"] = b => b with { Summary = "Pakistan answers the sanctions with talks." },
        ["key point"] = b => b with { KeyPoints = [.. b.KeyPoints, "Talks planned for March"] },
        ["key point order"] = b => b with { KeyPoints = [.. b.KeyPoints.Reverse()] },
        ["tag"] = b => b with { Tags = [.. b.Tags, "diplomacy"] },
        ["entity name"] = b => b with { Entities = Entity(b, e => e with { Name = "Jon Finer" }) },
        ["entity id"] = b => b with { Entities = Entity(b, e => e with { Id = "jon-finer" }) },
        ["entity type"] = b => b with { Entities = Entity(b, e => e with { Type = EntityType.Other }) },
        ["entity role"] = b => b with { Entities = Entity(b, e => e with { Role = "spokesperson" }) },
        ["entity alias"] = b => b with { Entities = Entity(b, e => e with { Aliases = [.. e.Aliases, "J. Finer"] }) },
        ["figure value"] = b => b with { Figures = [b.Figures[0] with { Value = "2,751 km" }] },
        ["figure about"] = b => b with { Figures = [b.Figures[0] with { About = "range of the Ababeel" }] },
        ["figure sentence"] = b => b with { Figures = [b.Figures[0] with { Sentence = 4 }] },
        ["event date"] = b => b with { Events = [b.Events[0] with { Date = "2024-12-20" }] },
        ["event text"] = b => b with { Events = [b.Events[0] with { Text = "The US widened sanctions" }] },
        ["event sentence"] = b => b with { Events = [b.Events[0] with { Sentence = null }] },
        ["quote speaker"] = b => b with { Quotes = [b.Quotes[0] with { Speaker = "Jon Finer" }] },
        ["quote text"] = b => b with { Quotes = [b.Quotes[0] with { Text = "Pakistan will answer." }] },
        ["quote sentence"] = b => b with { Quotes = [b.Quotes[0] with { Sentence = 5 }] },
        ["related"] = b => b with { Related = [.. b.Related, "notes"] },
        ["sources"] = b => b with { Sources = [.. b.Sources.Skip(1)] },
        ["unknown field"] = b => b with { Extra = Extra("two", 2) },
        ["nested unknown field"] = b => b with { Extra = Extra("one", 3) },
        ["no unknown field"] = b => b with { Extra = new Dictionary<string, object?>() },
    };

    public static TheoryData<string> ChangeNames => new(Changes.Keys);

    [Property(Arbitrary = [typeof(BriefingGenerators)], MaxTest = 200)]
    public void Joined_they_give_the_json_of_every_briefings_front_matter(Briefing[] briefings)
    {
        var expected = JsonValue.ToBytes(briefings.Select(FrontMatter.Of).ToList());

        Assert.Equal(Encoding.UTF8.GetString(expected), Encoding.UTF8.GetString(JsonOf(BriefingFragments.Of(briefings, new FragmentStore()))));
    }

    [Theory]
    [MemberData(nameof(ChangeNames))]
    public void A_stored_fragment_is_not_used_once_what_it_is_made_from_changed(string change)
    {
        // Given a store holding the fragments of a site (unknown fields only where the change is to them: their object is in the key)
        var first = change.Contains("unknown", StringComparison.Ordinal) ? WithUnknownFields : SampleSite.Standoff;
        var digest = Saved(Site(first)).Digest;

        // When one thing of one briefing changes
        var after = Site(Changes[change](first));
        var fragments = BriefingFragments.Of(after.Briefings, FragmentStore.Load(StorePath));

        // Then the site-wide files are those made without a store, and briefings.json is not taken as unchanged
        Assert.Equal(Files(after, BriefingFragments.Of(after.Briefings, new FragmentStore())), Files(after, fragments));
        Assert.NotEqual(digest, fragments.Digest);
    }

    [Theory]
    [MemberData(nameof(ChangeNames))]
    public void Each_object_is_the_json_of_the_briefings_front_matter_maps(string change)
    {
        // Given a briefing as each change leaves it, with unknown fields (one of them named as a contract field it lacks)
        var changed = Changes[change](SampleSite.Standoff with { Date = null, Extra = Extra("one", 2) });
        var briefing = changed with { Extra = new Dictionary<string, object?>(changed.Extra, StringComparer.Ordinal) { ["date"] = "someday", ["title"] = "shadowed" } };

        // When its object in briefings.json is made (written straight, not as maps)
        var json = JsonOf(BriefingFragments.Of([briefing], new FragmentStore()));

        // Then it is the JSON of the maps templates get
        Assert.Equal(Encoding.UTF8.GetString(JsonValue.ToBytes(new List<object?> { FrontMatter.Of(briefing) })), Encoding.UTF8.GetString(json));
    }

    [Fact]
    public void A_briefing_whose_body_alone_changed_keeps_its_fragments_and_the_store_is_not_written_again()
    {
        var before = Site(WithUnknownFields);
        var digest = Saved(before).Digest;
        var written = File.GetLastWriteTimeUtc(StorePath);
        var after = Site(WithUnknownFields with { Body = "A new body." });

        var store = FragmentStore.Load(StorePath);
        var fragments = BriefingFragments.Of(after.Briefings, store);
        store.Save(StorePath);

        Assert.Equal(digest, fragments.Digest);
        Assert.Equal(written, File.GetLastWriteTimeUtc(StorePath));
        Assert.Equal(Files(after, BriefingFragments.Of(after.Briefings, new FragmentStore())), Files(after, fragments));
    }

    [Fact]
    public void The_store_holds_only_the_briefings_of_the_last_site()
    {
        Saved(Site(SampleSite.Standoff));
        var after = Site(Changes["title"](SampleSite.Standoff));
        Saved(after);

        var reloaded = FragmentStore.Load(StorePath);
        var fragments = BriefingFragments.Of(after.Briefings, reloaded);

        Assert.Equal(Files(after, BriefingFragments.Of(after.Briefings, new FragmentStore())), Files(after, fragments));
        Assert.Equal(after.Briefings.Count, reloaded.Count);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(40)]
    [InlineData(-1)]
    [InlineData(-100)]
    public void A_damaged_store_only_costs_time(int cut)
    {
        // Given a store cut short (at a length from the start, or a count of bytes from the end), or filled with noise
        var site = Site(SampleSite.Standoff);
        Saved(site);
        var bytes = File.ReadAllBytes(StorePath);
        File.WriteAllBytes(StorePath, cut > 0 ? bytes[..cut] : cut < 0 ? bytes[..^(-cut)] : [.. bytes.Select(b => (byte)(b ^ 0x5a))]);

        var fragments = BriefingFragments.Of(site.Briefings, FragmentStore.Load(StorePath));

        Assert.Equal(Files(site, BriefingFragments.Of(site.Briefings, new FragmentStore())), Files(site, fragments));
    }

    [Fact]
    public void Objects_are_made_again_when_the_file_changed_before_they_were_read()
    {
        // Given a loaded store whose file is then replaced by the store of another site
        var site = Site(SampleSite.Standoff);
        Saved(site);
        var store = FragmentStore.Load(StorePath);
        var fragments = BriefingFragments.Of(site.Briefings, store);
        var other = new FragmentStore();
        BriefingFragments.Of([.. site.Briefings.Skip(1)], other);
        other.Save(StorePath);

        // When briefings.json is made, which reads the objects
        var json = JsonOf(fragments);

        // Then it is made from the briefings, not from the other file
        Assert.Equal(JsonValue.ToBytes(site.Briefings.Select(FrontMatter.Of).ToList()), json);
    }

    private static Briefing WithUnknownFields => SampleSite.Standoff with { Extra = Extra("one", 2) };

    private static Dictionary<string, object?> Extra(string note, int last) => new(StringComparer.Ordinal)
    {
        ["my_note"] = note,
        ["meta"] = new Dictionary<string, object?>(StringComparer.Ordinal) { ["list"] = new List<object?> { 1L, (long)last } },
    };

    private static List<EntityRef> Entity(Briefing briefing, Func<EntityRef, EntityRef> change) =>
        [change(briefing.Entities[0]), .. briefing.Entities.Skip(1)];

    private static Site Site(Briefing first) => SampleSite.Build(first);

    private BriefingFragments Saved(Site site)
    {
        var store = FragmentStore.Load(StorePath);
        var fragments = BriefingFragments.Of(site.Briefings, store);
        store.Save(StorePath);
        return fragments;
    }

    private static (string SearchIndex, string Json) Files(Site site, BriefingFragments fragments) =>
        (Encoding.UTF8.GetString(SearchIndex.Script(site, new SiteLinks(site), fragments)), Encoding.UTF8.GetString(JsonOf(fragments)));

    // briefings.json as written: its pieces one after another.
    private static byte[] JsonOf(BriefingFragments fragments) => new OutputFile("briefings.json", fragments.Json()).Content.ToArray();
}
