using System.Net;
using System.Text;
using BriefingSite;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace BriefingSite.Cli.Serve;

/// <summary>Serves the output folder on 127.0.0.1, rebuilds it when a source changes, and reloads open pages.</summary>
public sealed class PreviewServer : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly ReloadSignal signal = new();
    private readonly string output;
    private Rebuilder? rebuilder;
    private RepeatedBuilds? builds;
    private ChangeWatcher? watcher;
    private OutputWatcher? outputWatcher;

    private PreviewServer(WebApplication app, string output)
    {
        this.app = app;
        this.output = output;
    }

    /// <summary>The address pages are served from, ending in "/".</summary>
    public Uri Address { get; private set; } = null!;

    /// <summary>The folders watched for changes (those that exist).</summary>
    public IReadOnlyList<string> Watched => watcher?.Folders ?? [];

    /// <summary>How many builds have finished, the first one included.</summary>
    public int Builds => rebuilder?.Builds ?? 0;

    /// <summary>The reload numbers the page at this path (as "briefings/x.html") is served with now (see <see cref="ReloadSignal.For"/>).</summary>
    public (int Build, int Search, int? Early) ReloadsFor(string page) => signal.For(page);

    /// <summary>Listens on 127.0.0.1:<paramref name="port"/> (0 for a free port), runs the first build, then watches the sources.</summary>
    /// <exception cref="IOException">The port is taken (see <see cref="IsPortTaken"/>).</exception>
    public static async Task<PreviewServer> StartAsync(BuildOptions options, int port, TextWriter log, TextWriter errors, CancellationToken cancel)
    {
        var output = Path.GetFullPath(options.Output, options.Root);
        KeepThreadsForRequests();
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().ConfigureKestrel(k => k.Listen(IPAddress.Loopback, port));

        // Open event streams end with the server; do not wait long for them on Ctrl+C.
        builder.Services.Configure<HostOptions>(h => h.ShutdownTimeout = TimeSpan.FromSeconds(2));
        var server = new PreviewServer(builder.Build(), output);
        server.app.Run(server.AnswerAsync);
        try
        {
            await server.app.StartAsync(cancel).ConfigureAwait(false);
        }
        catch
        {
            await server.app.DisposeAsync().ConfigureAwait(false);
            throw;
        }

        var bound = server.app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        server.Address = new Uri(bound.TrimEnd('/') + "/");
        server.outputWatcher = new OutputWatcher(output);
        // Open pages reload as soon as the pages are written, each page open on one written early at once, not after
        // the site-wide files; the briefings a build writes are recorded with their bytes, so their files' events start no build;
        // the site's files are stamped again only where the watcher saw a change.
        server.builds = new RepeatedBuilds(options with
        {
            PagesWritten = () => server.rebuilder?.PagesWritten(),
            ContentWritten = (file, bytes) => server.rebuilder?.Written(file, bytes),
            PageWritten = server.signal.PageWritten,
            OutputChanges = server.outputWatcher.TakeChanged,
        });
        server.rebuilder = new Rebuilder(server.builds.Build, options.Root, server.outputWatcher, log, errors, server.signal);
        server.rebuilder.BuildNow("first build");
        string?[] sources = [options.Articles, options.Content, options.Theme];
        server.watcher = new ChangeWatcher(
            sources.OfType<string>().Select(s => Path.GetFullPath(s, options.Root)), output, server.rebuilder.Changed);
        return server;
    }

    /// <summary>
    /// A build's parallel stages hold a pool thread per core; without more threads at hand, the pool adds one only every
    /// half second or so, and the reload events and the pages a reloading browser asks for would wait for the stage's end.
    /// </summary>
    private static void KeepThreadsForRequests()
    {
        ThreadPool.GetMinThreads(out var workers, out var completions);
        ThreadPool.SetMinThreads(Math.Max(workers, Environment.ProcessorCount + 4), completions);
    }

    /// <summary>True when starting failed because something else listens on the port.</summary>
    public static bool IsPortTaken(Exception error) =>
        error is Microsoft.AspNetCore.Connections.AddressInUseException
        || (error.InnerException is { } inner && IsPortTaken(inner));

    public async ValueTask DisposeAsync()
    {
        watcher?.Dispose();
        rebuilder?.Dispose();
        builds?.Dispose();
        outputWatcher?.Dispose();
        await app.StopAsync().ConfigureAwait(false);
        await app.DisposeAsync().ConfigureAwait(false);
    }

    private async Task AnswerAsync(HttpContext context)
    {
        var request = context.Request;
        var response = context.Response;
        response.Headers.CacheControl = "no-store";
        if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method))
        {
            response.StatusCode = StatusCodes.Status405MethodNotAllowed;
            return;
        }

        switch (request.Path.Value)
        {
            case ReloadScript.EventsPath:
                await StreamReloadsAsync(context).ConfigureAwait(false);
                return;
            case ReloadScript.ScriptPath:
                await SendAsync(response, "text/javascript; charset=utf-8", Encoding.UTF8.GetBytes(ReloadScript.Source), HttpMethods.IsHead(request.Method)).ConfigureAwait(false);
                return;
        }

        var found = SiteFiles.Resolve(output, request.Path.Value ?? "/");
        if (found.Kind == SiteFileKind.Redirect)
        {
            response.Redirect(found.Target + request.QueryString, permanent: false);
            return;
        }

        var type = SiteFiles.ContentType(found.Target);
        var html = type.StartsWith("text/html", StringComparison.Ordinal);
        if (found.Kind == SiteFileKind.Page && !html && Unchanged(context, found.Target))
        {
            return;
        }

        response.StatusCode = found.Kind == SiteFileKind.Missing ? StatusCodes.Status404NotFound : StatusCodes.Status200OK;
        byte[] bytes;
        try
        {
            bytes = await File.ReadAllBytesAsync(found.Target, context.RequestAborted).ConfigureAwait(false);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            // No 404.html yet (the first build failed) or a file removed by a build in the meantime.
            response.StatusCode = StatusCodes.Status404NotFound;
            await SendAsync(response, "text/plain; charset=utf-8", "Not found\n"u8.ToArray(), HttpMethods.IsHead(request.Method)).ConfigureAwait(false);
            return;
        }

        if (html)
        {
            var page = Path.GetRelativePath(output, found.Target).Replace('\\', '/');
            bytes = Encoding.UTF8.GetBytes(ReloadScript.Inject(Encoding.UTF8.GetString(bytes), signal.For(page), page));
        }

        await SendAsync(response, type, bytes, HttpMethods.IsHead(request.Method)).ConfigureAwait(false);
    }

    /// <summary>Answers 304 when the browser holds this version of an asset; pages always come fresh with their script.</summary>
    /// <remarks>Revalidating rather than refetching keeps a reload fast when a page pulls in large scripts such as the search index.</remarks>
    private static bool Unchanged(HttpContext context, string file)
    {
        var info = new FileInfo(file);
        if (!info.Exists)
        {
            return false;
        }

        var tag = $"\"{info.Length:x}-{info.LastWriteTimeUtc.Ticks:x}\"";
        context.Response.Headers.CacheControl = "no-cache";
        context.Response.Headers.ETag = tag;
        if (context.Request.Headers.IfNoneMatch.ToString() != tag)
        {
            return false;
        }

        context.Response.StatusCode = StatusCodes.Status304NotModified;
        return true;
    }

    private static async Task SendAsync(HttpResponse response, string type, byte[] bytes, bool headOnly)
    {
        response.ContentType = type;
        response.ContentLength = bytes.Length;
        if (!headOnly)
        {
            await response.Body.WriteAsync(bytes).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Server-Sent Events: the reload numbers ("build search") on connect, then the new ones each time a build changes
    /// the site; and while a build runs, each page it has written ("build search path", with the number it is written for).
    /// </summary>
    private async Task StreamReloadsAsync(HttpContext context)
    {
        var response = context.Response;
        response.ContentType = "text/event-stream";
        context.Features.Get<IHttpResponseBodyFeature>()?.DisableBuffering();
        using var ended = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, app.Lifetime.ApplicationStopping);
        try
        {
            // From no page told: one served before the running build wrote it hears of it on connect.
            var at = signal.Start;
            var events = FormattableString.Invariant($"retry: 500\ndata: {at.Build} {at.Search}\n\n");
            while (true)
            {
                await response.WriteAsync(events, ended.Token).ConfigureAwait(false);
                await response.Body.FlushAsync(ended.Token).ConfigureAwait(false);
                var (now, pages) = await signal.NextAsync(at, ended.Token).ConfigureAwait(false);
                events = (now.Build, now.Search) != (at.Build, at.Search)
                    ? FormattableString.Invariant($"data: {now.Build} {now.Search}\n\n")
                    : string.Concat(pages.Select(page => FormattableString.Invariant($"data: {now.Coming} {now.Search} {page}\n\n")));
                at = now;
            }
        }
        catch (OperationCanceledException)
        {
            // The page went away or the server is stopping: the stream simply ends.
        }
    }
}
