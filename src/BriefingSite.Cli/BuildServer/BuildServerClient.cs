using System.Diagnostics;
using System.Net.Sockets;

namespace BriefingSite.Cli.BuildServer;

/// <summary>The `briefing build` side of a build server: asks one to build, starts one, stops one.</summary>
internal static class BuildServerClient
{
    /// <summary>How long a started server waits for the next build before it stops.</summary>
    public static readonly TimeSpan IdleTime = TimeSpan.FromMinutes(10);

    /// <summary>Has the server at <paramref name="address"/> build, relaying its progress.</summary>
    /// <returns>The build's report; null when no server answers there, or one stopped before its report (build here then).</returns>
    /// <exception cref="InvalidOperationException">The server could not run the build (the content folder is locked by another run).</exception>
    public static BuildReport? Build(string address, BuildRequest request, IProgress<StageProgress>? progress)
    {
        using var connection = Connect(address);
        if (connection is null)
        {
            return null;
        }

        try
        {
            using var stream = new NetworkStream(connection);
            using var reader = new StreamReader(stream);
            using var writer = new StreamWriter(stream) { AutoFlush = true };
            writer.WriteLine(request.ToJson());
            while (reader.ReadLine() is { } line)
            {
                switch (BuildReply.FromJson(line))
                {
                    case { Report: { } report }:
                        return report;
                    case { Error: { } error }:
                        throw new InvalidOperationException(error);
                    case { Progress: { } step }:
                        progress?.Report(step);
                        break;
                }
            }
        }
        catch (IOException)
        {
            // The server went away mid-build: what it finished is in the cache, and a build here does the rest.
        }

        return null;
    }

    /// <summary>Starts a server for this request in a process of its own, which outlives this one and keeps the site in memory.</summary>
    public static void Start(string address, BuildRequest request)
    {
        var start = new ProcessStartInfo
        {
            WorkingDirectory = request.Folder,
            UseShellExecute = false,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };

        // The same tool: its own executable, or the runtime with the tool's assembly (`dotnet briefing.dll`, `dotnet run`).
        var self = Environment.ProcessPath ?? "dotnet";
        start.FileName = self;
        if (Path.GetFileNameWithoutExtension(self) == "dotnet")
        {
            start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, typeof(BuildServerClient).Assembly.GetName().Name + ".dll"));
        }

        foreach (var argument in BuildServerCommand.Arguments(address, request, IdleTime))
        {
            start.ArgumentList.Add(argument);
        }

        // Its standard streams are pipes this process closes: it holds no terminal or caller's pipe open.
        using var process = Process.Start(start)!;
        process.StandardInput.Close();
        process.StandardOutput.Close();
        process.StandardError.Close();

        // Returns once it listens, so that the next run finds it rather than building beside its first loading.
        var clock = Stopwatch.StartNew();
        while (!process.HasExited && clock.Elapsed < StartTime && !Listens(address))
        {
            Thread.Sleep(20);
        }
    }

    /// <summary>How long <see cref="Start"/> waits at most for the new server to listen.</summary>
    public static readonly TimeSpan StartTime = TimeSpan.FromSeconds(10);

    private static bool Listens(string address)
    {
        using var connection = Connect(address);
        if (connection is not null)
        {
            // An empty request: the server reads none and goes on.
            connection.Shutdown(SocketShutdown.Send);
        }

        return connection is not null;
    }

    /// <summary>Tells the server at <paramref name="address"/> to stop, if one runs there, and waits until it has let go of the site.</summary>
    public static void Stop(string address, BuildRequest request)
    {
        using var connection = Connect(address);
        if (connection is null)
        {
            return;
        }

        connection.ReceiveTimeout = (int)TimeSpan.FromMinutes(1).TotalMilliseconds;
        try
        {
            using var stream = new NetworkStream(connection);
            using var reader = new StreamReader(stream);
            using var writer = new StreamWriter(stream) { AutoFlush = true };
            writer.WriteLine((request with { Stop = true }).ToJson());
            reader.ReadToEnd();
        }
        catch (IOException)
        {
            // Gone already, or still finishing after a minute: a build here then waits for the content lock or says who holds it.
        }
    }

    private static Socket? Connect(string address)
    {
        if (!File.Exists(address))
        {
            return null;
        }

        var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        try
        {
            socket.Connect(new UnixDomainSocketEndPoint(address));
            return socket;
        }
        catch (SocketException)
        {
            // A socket left by a server that is gone.
            socket.Dispose();
            return null;
        }
    }
}
