using System.Net;
using System.Net.Sockets;

namespace BriefingSite.Tests.Browser;

/// <summary>Serves a built site under a sub-path (http://127.0.0.1:port/repo/), as GitHub Pages serves a project site.</summary>
/// <remarks>Like Pages, a missing file is answered with the site's 404.html and status 404.</remarks>
public sealed class StaticServer : IDisposable
{
    private static readonly Dictionary<string, string> Types = new(StringComparer.OrdinalIgnoreCase)
    {
        [".html"] = "text/html; charset=utf-8",
        [".css"] = "text/css; charset=utf-8",
        [".js"] = "text/javascript; charset=utf-8",
        [".svg"] = "image/svg+xml",
        [".json"] = "application/json",
        [".xml"] = "application/xml",
        [".txt"] = "text/plain; charset=utf-8",
    };

    private readonly HttpListener listener = new();
    private readonly string folder;
    private readonly string prefixPath;

    public StaticServer(string folder, string subPath)
    {
        this.folder = folder;
        prefixPath = "/" + subPath.Trim('/') + "/";
        Port = FreePort();
        listener.Prefixes.Add($"http://127.0.0.1:{Port}{prefixPath}");
        listener.Start();
        _ = Task.Run(Serve);
    }

    public int Port { get; }

    /// <summary>The site's root URL, ending in "/".</summary>
    public string Root => $"http://127.0.0.1:{Port}{prefixPath}";

    public void Dispose() => listener.Close();

    private async Task Serve()
    {
        while (listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await listener.GetContextAsync();
            }
            catch (Exception error) when (error is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            // Each request on its own: a slow or aborted one (a page left while it loads) neither holds up nor ends the others.
            _ = Task.Run(() => AnswerOrDrop(context));
        }
    }

    private void AnswerOrDrop(HttpListenerContext context)
    {
        try
        {
            Answer(context);
        }
        catch (Exception error) when (error is HttpListenerException or IOException or ObjectDisposedException or InvalidOperationException)
        {
            // The browser went away before the answer was written: nothing is waiting for it.
        }
    }

    private void Answer(HttpListenerContext context)
    {
        using var response = context.Response;
        var relative = Uri.UnescapeDataString(context.Request.Url!.AbsolutePath)[prefixPath.Length..];
        if (relative.Length == 0 || relative.EndsWith('/'))
        {
            relative += "index.html";
        }

        var file = Path.GetFullPath(Path.Combine(folder, relative));
        if (!file.StartsWith(folder, StringComparison.Ordinal) || !File.Exists(file))
        {
            response.StatusCode = 404;
            file = Path.Combine(folder, "404.html");
        }

        var bytes = File.ReadAllBytes(file);
        response.ContentType = Types.GetValueOrDefault(Path.GetExtension(file), "application/octet-stream");
        response.ContentLength64 = bytes.Length;
        response.OutputStream.Write(bytes);
    }

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }
}
