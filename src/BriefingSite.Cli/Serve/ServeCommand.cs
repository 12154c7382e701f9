using System.CommandLine;
using BriefingSite;
using BriefingSite.Config;

namespace BriefingSite.Cli.Serve;

/// <summary>`briefing serve`: builds once, serves the site on 127.0.0.1, rebuilds on every saved change and reloads open pages.</summary>
public static class ServeCommand
{
    public const int DefaultPort = 4000;

    public static Command Create()
    {
        var config = new Option<string>("--config") { Description = $"Site configuration file (default: {SiteConfig.FileName} in the current folder, when present)" };
        var articles = new Option<string>("--articles") { Description = "Folder of articles (.txt, .md, .html); default: seeds" };
        var content = new Option<string>("--content") { Description = "Folder of Markdown briefings; default: input" };
        var output = new Option<string>("--output") { Description = "Folder the site is written to; default: output" };
        var theme = new Option<string>("--theme") { Description = "Theme folder whose files override the default theme; default: theme" };
        var baseUrl = new Option<string>("--base-url") { Description = "Absolute URL the site is published at, e.g. https://user.github.io/repo/" };
        var port = new Option<int>("--port") { Description = $"Port on 127.0.0.1 to serve at (default {DefaultPort}; 0 picks a free one)", DefaultValueFactory = _ => DefaultPort };
        var command = new Command("serve", "Build, then serve the site at http://127.0.0.1:PORT/, rebuilding and reloading open pages when articles, briefings or the theme change.")
        {
            config, articles, content, output, theme, baseUrl, port,
        };
        command.SetAction(async (parse, cancel) =>
        {
            var log = parse.InvocationConfiguration.Output;
            var errors = parse.InvocationConfiguration.Error;
            static string? Full(string? path) => path is null ? null : Path.GetFullPath(path);
            var overrides = new SiteConfig
            {
                Articles = Full(parse.GetValue(articles)),
                Content = Full(parse.GetValue(content)),
                Output = Full(parse.GetValue(output)),
                Theme = Full(parse.GetValue(theme)),
                BaseUrl = parse.GetValue(baseUrl),
            };
            var options = ConfiguredOptions.Read(parse.GetValue(config), overrides, force: false, out var problems);
            if (options is null)
            {
                problems.ForEach(p => errors.WriteLine($"error: {p}"));
                return 2;
            }

            return await RunAsync(options, parse.GetValue(port), log, errors, cancel).ConfigureAwait(false);
        });
        return command;
    }

    /// <summary>Serves until <paramref name="cancel"/> fires (Ctrl+C).</summary>
    /// <returns>0 after a clean stop; 2 when the port is taken or out of range.</returns>
    public static async Task<int> RunAsync(BuildOptions options, int port, TextWriter log, TextWriter errors, CancellationToken cancel)
    {
        if (port is < 0 or > 65535)
        {
            errors.WriteLine($"error: --port must be between 0 and 65535, not {port}");
            return 2;
        }

        PreviewServer server;
        try
        {
            server = await PreviewServer.StartAsync(options, port, log, errors, cancel).ConfigureAwait(false);
        }
        catch (IOException error) when (PreviewServer.IsPortTaken(error))
        {
            errors.WriteLine($"error: port {port} on 127.0.0.1 is already in use; try --port {(port == 65535 ? 4001 : port + 1)} or --port 0");
            return 2;
        }
        catch (OperationCanceledException)
        {
            return 0;
        }

        await using (server.ConfigureAwait(false))
        {
            var watched = string.Join(", ", server.Watched.Select(f => ShownPath.Of(options.Root, f)));
            log.WriteLine($"serving {ShownPath.Of(options.Root, Path.GetFullPath(options.Output, options.Root))}/ at {server.Address} "
                + $"(watching {(watched.Length > 0 ? watched : "nothing")}); Ctrl+C stops");
            try
            {
                await Task.Delay(Timeout.Infinite, cancel).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                log.WriteLine("stopping");
            }
        }

        return 0;
    }
}
