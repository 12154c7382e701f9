using BriefingSite.Cli.Serve;

namespace BriefingSite.Tests.Serve;

public sealed class SiteFilesTests : IDisposable
{
    private readonly string root = Directory.CreateTempSubdirectory("site-files-").FullName;

    public SiteFilesTests()
    {
        Directory.CreateDirectory(Path.Combine(root, "briefings"));
        File.WriteAllText(Path.Combine(root, "index.html"), "home");
        File.WriteAllText(Path.Combine(root, "briefings", "index.html"), "list");
        File.WriteAllText(Path.Combine(root, "briefings", "a.html"), "a");
    }

    public void Dispose() => Directory.Delete(root, recursive: true);

    [Theory]
    [InlineData("/", "index.html")]
    [InlineData("/briefings/", "briefings/index.html")]
    [InlineData("/briefings/a.html", "briefings/a.html")]
    public void Finds_files_and_the_index_page_of_folders(string request, string file)
    {
        var found = SiteFiles.Resolve(root, request);

        Assert.Equal(new SiteFile(SiteFileKind.Page, Path.Combine(root, file)), found);
    }

    [Fact]
    public void Sends_a_folder_without_its_slash_to_the_slash_form_so_relative_links_work()
    {
        Assert.Equal(new SiteFile(SiteFileKind.Redirect, "/briefings/"), SiteFiles.Resolve(root, "/briefings"));
    }

    [Theory]
    [InlineData("/briefings/gone.html")]
    [InlineData("/../outside.txt")]
    [InlineData("/briefings/../../etc/passwd")]
    public void Answers_missing_and_outside_paths_with_the_404_page(string request)
    {
        Assert.Equal(new SiteFile(SiteFileKind.Missing, Path.Combine(root, "404.html")), SiteFiles.Resolve(root, request));
    }

    [Theory]
    [InlineData("a.html", "text/html; charset=utf-8")]
    [InlineData("style.css", "text/css; charset=utf-8")]
    [InlineData("feed.xml", "text/xml; charset=utf-8")]
    [InlineData("favicon.svg", "image/svg+xml; charset=utf-8")]
    [InlineData("search-index.json", "application/json; charset=utf-8")]
    [InlineData("photo.png", "image/png")]
    [InlineData("unknown.qqq", "application/octet-stream")]
    public void Names_content_types_with_a_charset_for_text(string file, string type)
    {
        Assert.Equal(type, SiteFiles.ContentType(file));
    }
}
