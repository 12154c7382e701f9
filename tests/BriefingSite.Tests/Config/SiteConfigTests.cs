using BriefingSite.Config;

namespace BriefingSite.Tests.Config;

public class SiteConfigTests
{
    [Fact]
    public void A_command_line_value_overrides_the_file_and_the_rest_of_the_file_stays()
    {
        // Given a configuration file and options given on the command line
        var file = new SiteConfig { Title = "Desk", Output = "public", BaseUrl = "https://a.example/" };
        var commandLine = new SiteConfig { Output = "/tmp/preview", BaseUrl = "https://b.example/x" };

        // When they are combined
        var options = file.With(commandLine).ToOptions("/site");

        // Then the command line wins where it speaks
        Assert.Equal("/tmp/preview", options.Output);
        Assert.Equal("https://b.example/x/", options.Settings.BaseUrl);
        Assert.Equal("Desk", options.Settings.Title);
        Assert.Equal("input", options.Content);
    }
}
