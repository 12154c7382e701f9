using System.Diagnostics;
using System.Net.Sockets;
using BriefingSite.Cli.BuildServer;
using BriefingSite.Publish;
using BriefingSite.Tests.Cache;
using BriefingSite.Tests.EndToEnd;
using BriefingSite.Tests.Serve;

namespace BriefingSite.Tests.BuildServer;

/// <summary>`briefing build` through a build server: the server builds as a build here would, and goes when told or idle.</summary>
public sealed class BuildServerTests : IDisposable
{
    private readonly string root = Directory.CreateTempSubdirectory("build-server-").FullName;

    public BuildServerTests()
    {
        SeedSite.CopyFolder(Path.Combine(RepositoryRoot.Path, "seeds"), Path.Combine(root, "articles"));
        foreach (var file in Directory.GetFiles(Path.Combine(root, "articles")))
        {
            File.SetLastWriteTimeUtc(file, DateTime.UtcNow.AddHours(-1));
        }

        File.WriteAllText(Path.Combine(root, "briefing.yml"), "title: Test briefings\narticles: articles\n");
    }

    private BuildRequest Request => new(root, Path.Combine(root, "briefing.yml"), null, null, null, null, null);

    private BuildOptions Options => new() { Root = root, Articles = "articles", Settings = new() { Title = "Test briefings" } };

    // A server a failed test started is stopped with it.
    public void Dispose()
    {
        if (ServerAddress.For(Request) is { } address)
        {
            BuildServerClient.Stop(address, Request);
        }

        Directory.Delete(root, recursive: true);
    }

    [Fact]
    public async Task A_server_builds_what_it_is_asked_relays_the_progress_and_ends_as_a_clean_build()
    {
        // Given a built site and a server listening for it (in this process)
        var (address, server) = await BuiltAndServed();
        Assert.True(BuildServerClient.Build(address, Request, null)?.UpToDate);

        // When a briefing is edited and the server is asked to build
        var file = Directory.GetFiles(Path.Combine(root, "input"), "*.md").Order(StringComparer.Ordinal).First();
        File.WriteAllText(file, File.ReadAllText(file).Replace("\ntitle: ", "\ntitle: Edited by hand ", StringComparison.Ordinal));
        var steps = new List<StageProgress>();
        var report = BuildServerClient.Build(address, Request, new Collect(steps));

        // Then its report is the build's, its progress came along, and the site is as a clean build makes it
        Assert.NotNull(report);
        Assert.False(report.UpToDate);
        Assert.Equal(5, report.Briefings);
        Assert.Empty(report.Problems);
        Assert.Contains(steps, step => step.Stage == "render" && step.Done == step.Total);
        Assert.Contains("Edited by hand", File.ReadAllText(Path.Combine(root, "output", "index.html")), StringComparison.Ordinal);
        AssertSameAsCleanBuild();

        // And asked to stop, it lets go of the site and its socket
        BuildServerClient.Stop(address, Request);
        Assert.Equal(0, await server.WaitAsync(TimeSpan.FromSeconds(30)));
        Assert.False(File.Exists(address));
    }

    [Fact]
    public async Task A_build_the_server_cannot_run_is_an_error_for_the_asking_run_and_the_server_goes_on()
    {
        var (address, server) = await BuiltAndServed();

        // While another run holds the content folder (once the server's own first build let go of it), the server's
        // build is refused, and the asking run is told why
        IDisposable? held = null;
        Assert.True(await ServedSite.EventuallyAsync(() => (held = TryLock()) is not null), "the server kept the content folder");
        using (held)
        {
            var refused = Assert.Throws<InvalidOperationException>(() => BuildServerClient.Build(address, Request, null));
            Assert.Contains("another briefing run is writing", refused.Message, StringComparison.Ordinal);
        }

        // Once it is free, the same server builds
        Assert.NotNull(BuildServerClient.Build(address, Request, null));
        BuildServerClient.Stop(address, Request);
        Assert.Equal(0, await server.WaitAsync(TimeSpan.FromSeconds(30)));
    }

    [Fact]
    public async Task A_server_stops_by_itself_once_idle()
    {
        var address = Path.Combine(root, "server.sock");
        var server = BuildServerHost.RunAsync(address, Request, TimeSpan.FromSeconds(1));

        Assert.Equal(0, await server.WaitAsync(TimeSpan.FromSeconds(60)));
        Assert.False(File.Exists(address));
    }

    [Fact]
    public void No_server_answers_where_none_listens()
    {
        var address = Path.Combine(root, "none.sock");
        Assert.Null(BuildServerClient.Build(address, Request, null));

        // A socket file a stopped server left behind
        File.WriteAllText(address, "");
        Assert.Null(BuildServerClient.Build(address, Request, null));
    }

    [Fact]
    public async Task A_server_that_goes_away_before_its_report_leaves_the_build_to_the_asking_run()
    {
        // Given something listening that reads the request and closes without a report (a server stopped mid-build)
        var address = Path.Combine(root, "gone.sock");
        using var listener = UnixSocket();
        listener.Bind(new UnixDomainSocketEndPoint(address));
        listener.Listen(1);
        var gone = Task.Run(async () =>
        {
            using var connection = await listener.AcceptAsync();
            using var reader = new StreamReader(new NetworkStream(connection));
            await reader.ReadLineAsync();
        });

        // Then the asking run hears no report, and builds itself
        Assert.Null(BuildServerClient.Build(address, Request, null));
        await gone.WaitAsync(TimeSpan.FromSeconds(30));
    }

    [Fact]
    public async Task A_server_ignores_what_is_no_request_and_answers_the_next()
    {
        var (address, server) = await BuiltAndServed();

        using (var stranger = UnixSocket())
        {
            stranger.Connect(new UnixDomainSocketEndPoint(address));
            stranger.Send("not json\n"u8);
            stranger.Shutdown(SocketShutdown.Send);
        }

        Assert.True(BuildServerClient.Build(address, Request, null)?.UpToDate);
        BuildServerClient.Stop(address, Request);
        Assert.Equal(0, await server.WaitAsync(TimeSpan.FromSeconds(30)));
    }

    [Fact]
    public async Task Build_server_on_starts_a_server_process_that_the_next_builds_use_and_off_stops_it()
    {
        // When a build asks for a server
        var first = ServedBuild.Run(Options, Request, ServerUse.On, null);

        // Then it builds here, says it started one, and a server process answers at the request's address
        Assert.Equal(5, first.Extracted);
        Assert.Contains(ServedBuild.Started, first.Notes);
        var address = ServerAddress.For(Request)!;
        Assert.True(await ServedSite.EventuallyAsync(() => File.Exists(address), seconds: 60), "no server process listened");
        var served = BuildServerClient.Build(address, Request, null);
        Assert.NotNull(served);
        Assert.True(served.UpToDate);

        // And a build after an edit goes through it, as a clean build would end
        var file = Directory.GetFiles(Path.Combine(root, "input"), "*.md").Order(StringComparer.Ordinal).First();
        File.WriteAllText(file, File.ReadAllText(file).Replace("\ntitle: ", "\ntitle: Edited by hand ", StringComparison.Ordinal));
        var edited = ServedBuild.Run(Options, Request, ServerUse.Auto, null);
        Assert.Equal(0, edited.Extracted);
        Assert.DoesNotContain(ServedBuild.Started, edited.Notes);
        AssertSameAsCleanBuild();

        // And --build-server off stops it before building here
        var clock = Stopwatch.StartNew();
        var here = ServedBuild.Run(Options, Request, ServerUse.Off, null);
        Assert.True(here.UpToDate);
        Assert.True(await ServedSite.EventuallyAsync(() => !File.Exists(address)), $"the server did not stop ({clock.Elapsed})");
        Assert.Null(BuildServerClient.Build(address, Request, null));
    }

    [Fact]
    public void Each_site_and_way_of_building_has_its_own_address_in_a_folder_of_the_users_own()
    {
        var address = ServerAddress.For(Request)!;

        Assert.Equal(address, ServerAddress.For(Request with { Stop = true }));
        Assert.NotEqual(address, ServerAddress.For(Request with { Output = Path.Combine(root, "elsewhere") }));
        Assert.NotEqual(address, ServerAddress.For(Request with { Folder = Path.Combine(root, "articles") }));
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(Path.GetDirectoryName(address)!));
        }
    }

    // The site built, then a server for it started in this process: its address, and its run.
    private async Task<(string Address, Task<int> Server)> BuiltAndServed()
    {
        BriefingPipeline.Build(Options);
        var address = Path.Combine(root, "server.sock");
        var server = Task.Run(() => BuildServerHost.RunAsync(address, Request, TimeSpan.FromMinutes(5)));
        Assert.True(await ServedSite.EventuallyAsync(() => File.Exists(address)), "the server did not listen");
        return (address, server);
    }

    private static Socket UnixSocket() => new(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);

    private IDisposable? TryLock()
    {
        try
        {
            return ContentLock.Take(Path.Combine(root, "input"));
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }

    private void AssertSameAsCleanBuild()
    {
        var clean = Directory.CreateTempSubdirectory("clean-").FullName;
        try
        {
            SeedSite.CopyFolder(Path.Combine(root, "articles"), Path.Combine(clean, "articles"));
            Directory.CreateDirectory(Path.Combine(clean, "input"));
            foreach (var briefing in Directory.GetFiles(Path.Combine(root, "input"), "*.md"))
            {
                File.Copy(briefing, Path.Combine(clean, "input", Path.GetFileName(briefing)));
            }

            var report = BriefingPipeline.Build(Options with { Root = clean });
            Assert.Empty(report.Problems);
            Assert.Equal(FolderContents.Of(Path.Combine(clean, "output")), FolderContents.Of(Path.Combine(root, "output")));
        }
        finally
        {
            Directory.Delete(clean, recursive: true);
        }
    }

    // Progress reported synchronously, as the client reports it from the connection.
    private sealed class Collect(List<StageProgress> steps) : IProgress<StageProgress>
    {
        public void Report(StageProgress value) => steps.Add(value);
    }
}
