using System.Net.Sockets;
using System.Runtime.InteropServices;
using System.Text.Json;
using BriefingSite.Cli.Serve;

namespace BriefingSite.Cli.BuildServer;

/// <summary>
/// A build server: builds one site on request, one build at a time, keeping in memory what each build loaded and made
/// (see <see cref="RepeatedBuilds"/>), so that a `briefing build` after an edit does only what the edit changed.
/// Stops when asked, or once <c>idle</c> has passed without a request.
/// </summary>
internal sealed class BuildServerHost : IDisposable
{
    private readonly Relay relay = new();
    private RepeatedBuilds? builds;
    private OutputWatcher? watcher;
    private (string Root, string Articles, string Content, string Output, string? Theme, BriefingSite.Model.SiteSettings Settings)? built;

    /// <summary>Listens at <paramref name="address"/> and serves builds of <paramref name="request"/>'s site until stopped or idle.</summary>
    /// <returns>0; also when another server already listens there.</returns>
    public static async Task<int> RunAsync(string address, BuildRequest request, TimeSpan idle)
    {
        using var listener = Listen(address);
        if (listener is null)
        {
            return 0;
        }

        using var host = new BuildServerHost();
        try
        {
            // The site was just built by the run that started this server: this finds it up to date and loads it in the
            // background, so the first request is as quick as the next.
            host.Warm(request);
            while (true)
            {
                using var wait = new CancellationTokenSource(idle);
                Socket connection;
                try
                {
                    connection = await listener.AcceptAsync(wait.Token).ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                    return 0;
                }

                using (connection)
                {
                    if (!host.Answer(connection))
                    {
                        return 0;
                    }
                }
            }
        }
        finally
        {
            File.Delete(address);
        }
    }

    /// <summary>Lets the last build's background work finish, so no cache file is left half-written.</summary>
    public void Dispose()
    {
        builds?.Dispose();
        watcher?.Dispose();
    }

    // One request: a build, its progress relayed, then its report; or a stop, answered once the site is let go of.
    private bool Answer(Socket connection)
    {
        using var stream = new NetworkStream(connection);
        using var reader = new StreamReader(stream);
        using var writer = new StreamWriter(stream) { AutoFlush = true };
        if (BuildRequest.FromJson(reader.ReadLine() ?? "null") is not { } request)
        {
            return true;
        }

        if (request.Stop)
        {
            builds?.FinishBackground();
            return false;
        }

        BuildReply reply;
        relay.To = step => writer.WriteLine(new BuildReply(Progress: step).ToJson());
        try
        {
            reply = new BuildReply(Report: Build(request));
        }
        catch (Exception error) when (Refused(error))
        {
            reply = new BuildReply(Error: error.Message);
        }
        finally
        {
            relay.To = null;
        }

        try
        {
            writer.WriteLine(reply.ToJson());
        }
        catch (IOException)
        {
            // The asking run was stopped before the report.
        }

        return true;
    }

    private void Warm(BuildRequest request)
    {
        try
        {
            Build(request);
        }
        catch (Exception error) when (Refused(error))
        {
            // Another run holds the site, or it cannot be read now: the first request builds and says why.
        }
    }

    // A build the server could not run now (another run holds the site, a file cannot be read): said to the asking run.
    private static bool Refused(Exception error) => error is InvalidOperationException or IOException or UnauthorizedAccessException;

    // briefing.yml is read again for each build: a changed one starts the memory afresh.
    private BuildReport Build(BuildRequest request)
    {
        var options = ConfiguredOptions.Read(request.Config, request.Overrides, force: false, out var problems)
            ?? throw new InvalidOperationException(string.Join("; ", problems));
        var key = (options.Root, options.Articles, options.Content, options.Output, options.Theme, options.Settings);
        if (key != built)
        {
            Dispose();
            watcher = new OutputWatcher(Path.GetFullPath(options.Output, options.Root));
            builds = new RepeatedBuilds(options with { Progress = relay, OutputChanges = watcher.TakeChanged });
            built = key;
        }

        return builds!.Build();
    }

    // The socket, unless a server already listens there; a socket left by a server that is gone is replaced.
    private static Socket? Listen(string address)
    {
        var endPoint = new UnixDomainSocketEndPoint(address);
        using (var probe = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified))
        {
            try
            {
                probe.Connect(endPoint);
                return null;
            }
            catch (SocketException)
            {
                File.Delete(address);
            }
        }

        var listener = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        try
        {
            listener.Bind(endPoint);
            listener.Listen(8);
            return listener;
        }
        catch (SocketException)
        {
            // Another server bound it first.
            listener.Dispose();
            return null;
        }
    }

    /// <summary>Puts this process in a session of its own: the terminal the starting run was in can close, or be
    /// interrupted, without stopping it. For the server's own process only.</summary>
    public static void Detach()
    {
        if (!OperatingSystem.IsWindows())
        {
            _ = NewSession();
        }
    }

    [DllImport("libc", EntryPoint = "setsid")]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int NewSession();

    /// <summary>Passes a build's progress to the connection that asked for the build.</summary>
    private sealed class Relay : IProgress<StageProgress>
    {
        private readonly Lock gate = new();

        public Action<StageProgress>? To { get; set; }

        // Reported from the build's threads, written to one connection.
        public void Report(StageProgress value)
        {
            try
            {
                lock (gate)
                {
                    To?.Invoke(value);
                }
            }
            catch (IOException)
            {
                // The asking run was stopped; the build goes on, and its report goes nowhere.
            }
        }
    }
}
