using BriefingSite.Extract;

namespace BriefingSite.Tests.Extract;

public class SluggerTests
{
    [Theory]
    [InlineData("Strategic Standoff!", "strategic-standoff")]
    [InlineData("Pakistan’s Café Défense", "pakistans-cafe-defense")]
    [InlineData("U.S. Secretary of State", "us-secretary-of-state")]
    [InlineData("5th Province? Pak-Afghan Relations", "5th-province-pak-afghan-relations")]
    [InlineData("!!!", "briefing")]
    public void Makes_lower_case_ascii_slugs(string title, string expected)
    {
        Assert.Equal(expected, Slugger.Slug(title));
    }

    [Fact]
    public void Cuts_long_titles_at_a_word_boundary()
    {
        var slug = Slugger.Slug("Pakistan Has No Rationale to Develop Long-Range Missiles that Might Threaten the United States");

        Assert.True(slug.Length <= Slugger.MaxLength, slug);
        Assert.False(slug.EndsWith('-'));
        Assert.StartsWith("pakistan-has-no-rationale", slug, StringComparison.Ordinal);
    }
}
