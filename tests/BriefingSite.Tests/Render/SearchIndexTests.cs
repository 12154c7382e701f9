using System.Text;
using BriefingSite.Cache;
using BriefingSite.Link;
using BriefingSite.Model;
using BriefingSite.Render;
using BriefingSite.Tests.Robustness;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace BriefingSite.Tests.Render;

/// <summary>The search index made from word ids gives the bytes the index made from word strings gave.</summary>
public sealed class SearchIndexTests
{
    public static TheoryData<int, int> Sites => new()
    {
        { 1, 0 }, { 2, 0 }, { 3, 500 }, { 4, 2_000 }, { 5, 5_000 }, { 6, SearchIndex.WordBudget },
    };

    [Theory]
    [InlineData("Pakistan has explained that its nuclear status serves as a deterrent against India. Relations between them are low.", "Pakistan has explained that its nuclear status serves as a deterrent against India.")]
    [InlineData("While the US focuses on Pakistan’s missile programme, it conveniently overlooks India’s own missile development.", "While the US focuses on Pakistan’s missile programme, it conveniently overlooks India’s…")]
    [InlineData("A short summary.", "A short summary.")]
    public void A_snippet_is_cut_at_a_word_and_marked_cut_unless_a_sentence_ends_there(string summary, string snippet) =>
        Assert.Equal(snippet, SearchIndex.Snippet(summary));

    [Theory]
    [MemberData(nameof(Sites))]
    public void Gives_the_bytes_of_the_index_made_from_word_strings(int seed, int budget)
    {
        // Given sixty briefings with many words, so that under a small budget each keeps only its rarest
        var site = WordySite.Build(seed, 60);
        var fragments = BriefingFragments.Of(site.Briefings, new FragmentStore());

        // When the index is made from word ids
        var index = SearchIndex.Script(site, new SiteLinks(site), fragments, budget);

        // Then it is the index made from word strings
        Assert.Equal(Text(ReferenceSearchIndex.Script(site, new SiteLinks(site), budget)), Text(index));
        Assert.Contains(Enumerable.Range(0, site.Briefings.Count), at => fragments.Words(at).Length > SearchIndex.MinWordsPerBriefing);
    }

    [Fact]
    public void Gives_the_same_bytes_with_words_from_a_store_that_knew_other_briefings()
    {
        // Given a store that holds the words of another site, with ids of its own
        var store = new FragmentStore();
        BriefingFragments.Of(WordySite.Build(7, 40).Briefings, store);
        var site = WordySite.Build(8, 60);

        // When the index of this site is made with it
        var index = SearchIndex.Script(site, new SiteLinks(site), BriefingFragments.Of(site.Briefings, store), 0);

        // Then the ids make no difference
        Assert.Equal(Text(ReferenceSearchIndex.Script(site, new SiteLinks(site), 0)), Text(index));
    }

    [Fact]
    public void Gives_the_bytes_of_before_for_the_sample_site()
    {
        var site = SampleSite.Build();

        Assert.Equal(Text(ReferenceSearchIndex.Script(site, new SiteLinks(site))), Text(SearchIndex.Script(site, new SiteLinks(site))));
    }

    [Fact]
    public void Leaves_out_the_trailing_empty_values_of_each_row_as_before()
    {
        // Given briefings that lack, from the last value back, their tags, entities, words, summary and date,
        // and entities without roles, or without roles and aliases
        static EntityRef Named(string name, string? role = null, params string[] aliases) =>
            new() { Name = name, Id = name.ToLowerInvariant().Replace(' ', '-'), Type = EntityType.Person, Role = role, Aliases = aliases };
        Briefing[] briefings =
        [
            new() { Title = "Title only", Slug = "title-only", Summary = "", Body = "" },
            new() { Title = "Dated", Slug = "dated", Date = new DateOnly(2024, 5, 1), Summary = "", Body = "" },
            new() { Title = "Common words", Slug = "common-words", Summary = "the and of", Body = "" },
            new() { Title = "Worded", Slug = "worded", Summary = "harbour ferries crossing", Body = "" },
            new() { Title = "Named", Slug = "named", Summary = "harbour board", Entities = [Named("Maria Lopez"), Named("Ann Roe", null, "Annie")], Body = "Maria Lopez and Ann Roe." },
            new() { Title = "Tagged", Slug = "tagged", Summary = "ferries", Tags = ["ferries"], Entities = [Named("Bo Li", "Harbour master")], Body = "Bo Li spoke." },
            new() { Title = "Tagged, no entities", Slug = "tagged-no-entities", Summary = "", Tags = ["ferries"], Body = "" },
        ];
        var site = CrossLinker.Link(briefings, [], new SiteSettings());

        // When the index is made, then each row is as the index made from word strings has it
        Assert.Equal(Text(ReferenceSearchIndex.Script(site, new SiteLinks(site))), Text(SearchIndex.Script(site, new SiteLinks(site))));
    }

    [Property(MaxTest = 300)]
    public Property Search_words_are_the_words_read_one_string_at_a_time() =>
        Prop.ForAll(Arb.From(Gen.OneOf(BriefingGenerators.Text, Gen.Elements("Café naïve", "e\u0301te", "İstanbul ΑΘΗΝΑ", "a—b", "🙂x", new string('é', 100)))), text =>
            Assert.Equal(ReferenceSearchWords.Of(text).ToList(), Spans(text)));

    [Theory]
    [InlineData("the", false)]
    [InlineData("ab", false)]
    [InlineData("123", true)]
    [InlineData("naïve", true)]
    public void A_word_is_telling_as_before(string word, bool telling)
    {
        Assert.Equal(telling, ReferenceSearchWords.Telling(word));
        Assert.Equal(telling, SearchWords.Telling(word));
    }

    private static List<string> Spans(string text)
    {
        var words = new List<string>();
        foreach (var word in SearchWords.Spans(text, new char[2]))
        {
            words.Add(word.ToString());
        }

        return words;
    }

    private static string Text(byte[] bytes) => Encoding.UTF8.GetString(bytes);
}
