using BriefingSite.Cli;
using BriefingSite.Config;

namespace BriefingSite.Tests.Config;

public sealed class SiteScaffolderTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("init-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void Init_writes_a_site_that_builds_with_its_own_configuration()
    {
        // Given a new site made by `briefing init`, its title changed by hand, and one article
        Assert.Equal(0, Commands.Create().Parse(["init", folder]).Invoke());
        var config = Path.Combine(folder, "briefing.yml");
        File.WriteAllText(config, File.ReadAllText(config).Replace("title: Briefings", "title: Border desk", StringComparison.Ordinal));
        File.Copy(Directory.GetFiles(Path.Combine(RepositoryRoot.Path, "seeds")).Order(StringComparer.Ordinal).First(), Path.Combine(folder, "articles", "first.txt"));

        // When it is built from its configuration, the base URL given on the command line
        var exit = Commands.Create().Parse(["build", "--config", config, "--base-url", "https://desk.github.io/border"]).Invoke();

        // Then the folders of briefing.yml are used, its title shows, and the command line's base URL reaches the page
        Assert.Equal(0, exit);
        Assert.Single(Directory.GetFiles(Path.Combine(folder, "input"), "*.md"));
        var home = File.ReadAllText(Path.Combine(folder, "output", "index.html"));
        Assert.Contains("<title>Border desk</title>", home, StringComparison.Ordinal);
        Assert.Contains("href=\"https://desk.github.io/border/\"", home, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(folder, "theme", "README.md")));
        Assert.False(File.Exists(Path.Combine(folder, "output", "README.md")));
    }

    [Fact]
    public void The_workflow_publishes_with_the_official_pages_actions()
    {
        // Given a new site
        SiteScaffolder.Create(folder);

        // When its workflow is read
        var workflow = File.ReadAllText(Path.Combine(folder, ".github", "workflows", "pages.yml"));

        // Then it builds with .NET and the tool, passing the Pages URL, and deploys with the three Pages actions
        Assert.Contains("uses: actions/configure-pages@", workflow, StringComparison.Ordinal);
        Assert.Contains("uses: actions/setup-dotnet@", workflow, StringComparison.Ordinal);
        Assert.Contains("-- build --base-url \"${{ steps.pages.outputs.base_url }}/\"", workflow, StringComparison.Ordinal);
        Assert.Contains("uses: actions/upload-pages-artifact@", workflow, StringComparison.Ordinal);
        Assert.Contains("path: output", workflow, StringComparison.Ordinal);
        Assert.Contains("uses: actions/deploy-pages@", workflow, StringComparison.Ordinal);
        Assert.Contains("pages: write", workflow, StringComparison.Ordinal);
        Assert.Contains("id-token: write", workflow, StringComparison.Ordinal);
        Assert.DoesNotContain(Directory.GetFileSystemEntries(Path.Combine(folder, "input")), f => !Path.GetFileName(f).StartsWith('.'));
    }

    [Fact]
    public void Init_keeps_a_file_that_already_exists()
    {
        // Given a folder that already has its own briefing.yml
        File.WriteAllText(Path.Combine(folder, "briefing.yml"), "title: Mine\n");

        // When it is scaffolded
        var (written, kept) = SiteScaffolder.Create(folder);

        // Then that file is untouched and the rest are written
        Assert.Equal(["briefing.yml"], kept);
        Assert.Contains("articles/README", written);
        Assert.Equal("title: Mine\n", File.ReadAllText(Path.Combine(folder, "briefing.yml")));
    }
}
