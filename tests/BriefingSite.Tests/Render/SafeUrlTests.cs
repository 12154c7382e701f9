using BriefingSite.Render;

namespace BriefingSite.Tests.Render;

public class SafeUrlTests
{
    [Theory]
    [InlineData("https://example.org/a?b=c", true)]
    [InlineData("HTTP://example.org", true)]
    [InlineData("../entities/x.html", true)]
    [InlineData("#s12", true)]
    [InlineData("javascript:alert(1)", false)]
    [InlineData(" JavaScript:alert(1)", false)]
    [InlineData("java\tscript:alert(1)", false)]
    [InlineData("data:text/html,<script>", false)]
    [InlineData("vbscript:x", false)]
    [InlineData("//evil.example/x", false)]
    [InlineData("\\\\evil.example/x", false)]
    [InlineData("", false)]
    public void Allows_only_http_https_and_relative_links(string url, bool linkable)
    {
        Assert.Equal(linkable, SafeUrl.IsLinkable(url));
    }

    [Theory]
    [InlineData("https://example.org/x", true)]
    [InlineData("../x.html", false)]
    [InlineData("javascript:alert(1)//https://x", false)]
    public void Web_urls_are_absolute_http_or_https(string url, bool web)
    {
        Assert.Equal(web, SafeUrl.IsWeb(url));
    }
}
