using BriefingSite.Tests.Cli;
using BriefingSite.Tests.EndToEnd;
using BriefingSite.Tests.Ingest;
using Xunit.Abstractions;

namespace BriefingSite.Tests.Cache;

/// <summary>The same articles give the same bytes whatever the number of threads the build runs on.</summary>
public sealed class DeterminismTests(ITestOutputHelper output) : IDisposable
{
    private readonly string root = Directory.CreateTempSubdirectory("threads-").FullName;

    public void Dispose() => Directory.Delete(root, recursive: true);

    [Fact]
    public void One_thread_and_four_threads_build_byte_identical_sites()
    {
        var articles = Path.Combine(root, "articles");
        SeedSite.CopyFolder(Path.Combine(RepositoryRoot.Path, "seeds"), articles);
        var bbc = Path.Combine(RepoPaths.Shared, "corpora", "bbc", "business");
        if (Directory.Exists(bbc))
        {
            // Enough articles that the parallel stages split their work many ways.
            foreach (var file in Directory.GetFiles(bbc).Order(StringComparer.Ordinal).Take(60))
            {
                File.Copy(file, Path.Combine(articles, "bbc-" + Path.GetFileName(file)));
            }
        }
        else
        {
            output.WriteLine($"{bbc} is absent: only the seeds are built");
        }

        var single = Build("one", threads: 1, articles);
        var many = Build("four", threads: 4, articles);

        Assert.Equal(FolderContents.Of(Path.Combine(single, "input")), FolderContents.Of(Path.Combine(many, "input")));
        Assert.Equal(FolderContents.Of(Path.Combine(single, "output")), FolderContents.Of(Path.Combine(many, "output")));
    }

    // A separate process, since the thread count PLINQ uses is fixed when a process starts.
    private string Build(string name, int threads, string articles)
    {
        var project = Path.Combine(root, name);
        Directory.CreateDirectory(project);
        var log = ToolProcess.Run(project, new Dictionary<string, string>
        {
            ["DOTNET_PROCESSOR_COUNT"] = threads.ToString(System.Globalization.CultureInfo.InvariantCulture),
        }, "build", "--articles", articles);
        output.WriteLine($"{threads} threads: {log}");
        return project;
    }
}
