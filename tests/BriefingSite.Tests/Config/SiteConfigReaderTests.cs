using BriefingSite.Config;
using BriefingSite.Model;

namespace BriefingSite.Tests.Config;

public class SiteConfigReaderTests
{
    [Fact]
    public void Reads_every_setting_of_a_hand_written_file()
    {
        // Given a briefing.yml with comments and every setting
        const string text = """
            # my site
            title: Desk briefings
            description: "What we read this week"
            base_url: https://desk.github.io/briefs
            language: fr
            theme: my-theme
            articles: clippings
            content: briefings
            output: public
            """;
        var problems = new List<Diagnostic>();

        // When it is read
        var config = SiteConfigReader.Read(text, "briefing.yml", problems);

        // Then each value arrives, and the build options carry them with the base URL ending in a slash
        Assert.Empty(problems);
        var options = config.ToOptions("/site");
        Assert.Equal("Desk briefings", options.Settings.Title);
        Assert.Equal("What we read this week", options.Settings.Description);
        Assert.Equal("https://desk.github.io/briefs/", options.Settings.BaseUrl);
        Assert.Equal("fr", options.Settings.Language);
        Assert.Equal(("my-theme", "clippings", "briefings", "public", "/site"), (options.Theme, options.Articles, options.Content, options.Output, options.Root));
    }

    [Fact]
    public void An_empty_value_or_file_keeps_the_defaults()
    {
        // Given a file whose base_url is left empty, and an empty file
        var problems = new List<Diagnostic>();

        // When both are read
        var partial = SiteConfigReader.Read("base_url:\ntitle: Mine\n", "briefing.yml", problems).ToOptions("/site");
        var empty = SiteConfigReader.Read("", "briefing.yml", problems).ToOptions("/site");

        // Then what is unset is the default
        Assert.Empty(problems);
        Assert.Null(partial.Settings.BaseUrl);
        Assert.Equal("Mine", partial.Settings.Title);
        Assert.Equal(new BuildOptions { Root = "/site" }, empty);
    }

    [Fact]
    public void A_misspelt_setting_is_reported_with_its_line_and_column()
    {
        // Given a typo on the second line
        var problems = new List<Diagnostic>();

        // When the file is read
        SiteConfigReader.Read("title: Mine\nbase_ulr: https://x.github.io/\n", "site/briefing.yml", problems);

        // Then one message names the file, the place and the known settings
        var problem = Assert.Single(problems);
        Assert.StartsWith("site/briefing.yml:2:1: unknown setting 'base_ulr'; the settings are title,", problem.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("title: [a, b]\n", "'title' must be text")]
    [InlineData("base_url: desk.github.io/briefs\n", "'base_url' must be an absolute http(s) URL")]
    [InlineData("title: 'unclosed\n", "briefing.yml:")]
    [InlineData("- title\n", "must be a list of 'setting: value' lines")]
    [InlineData("title: Mine\nextra:\n :  a: b\n", "is a key missing before ':'")]
    [InlineData("title: [Mine\"\nlanguage: en\n", "this '[' is not closed")]
    public void A_broken_value_is_reported_not_thrown(string text, string message)
    {
        // Given a file with a value of the wrong kind or broken YAML
        var problems = new List<Diagnostic>();

        // When it is read
        var config = SiteConfigReader.Read(text, "briefing.yml", problems);

        // Then a located problem says what is wrong and the value is not used
        Assert.Contains(message, Assert.Single(problems).ToString(), StringComparison.Ordinal);
        Assert.Null(config.BaseUrl);
    }
}
