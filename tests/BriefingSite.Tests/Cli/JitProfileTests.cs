using BriefingSite.Cache;
using BriefingSite.Cli;
using BriefingSite.Tests.EndToEnd;

namespace BriefingSite.Tests.Cli;

/// <summary>A command leaves the runtime a profile of what it compiled, in the user's cache, for its next run.</summary>
public sealed class JitProfileTests : IDisposable
{
    private readonly string root = Directory.CreateTempSubdirectory("jit-").FullName;

    public void Dispose() => Directory.Delete(root, recursive: true);

    [Fact]
    public void A_build_leaves_a_profile_for_this_build_of_the_tool_and_forgets_an_old_one()
    {
        // Given a cache folder holding the profile of another build of the tool, last used a month ago
        var cache = Path.Combine(root, "cache");
        var old = Directory.CreateDirectory(Path.Combine(cache, "briefing", "jit", "another-build"));
        File.WriteAllText(Path.Combine(old.FullName, "build.profile"), "old");
        File.SetLastWriteTimeUtc(Path.Combine(old.FullName, "build.profile"), DateTime.UtcNow.AddDays(-30));

        // When a build runs with that cache folder
        Run(cache, profiles: "on");

        // Then the build's profile is written for this build of the tool, and the old one is gone
        var profile = new FileInfo(Path.Combine(cache, "briefing", "jit", ToolVersion.Id, "build.profile"));
        Assert.True(profile.Exists && profile.Length > 0, $"{profile.FullName} was not written");
        Assert.False(Directory.Exists(old.FullName), "the old build's profile was kept");
    }

    [Fact]
    public void A_build_with_profiles_off_writes_none()
    {
        var cache = Path.Combine(root, "cache");

        Run(cache, profiles: "off");

        Assert.False(Directory.Exists(Path.Combine(cache, "briefing")));
    }

    private void Run(string cache, string profiles)
    {
        var project = Directory.CreateDirectory(Path.Combine(root, "site")).FullName;
        var articles = Path.Combine(project, "articles");
        SeedSite.CopyFolder(Path.Combine(RepositoryRoot.Path, "seeds"), articles);
        ToolProcess.Run(project, new Dictionary<string, string> { ["XDG_CACHE_HOME"] = cache, [JitProfile.Switch] = profiles },
            "build", "--articles", articles, "--build-server", "off");
    }
}
