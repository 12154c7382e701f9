using System.Text.RegularExpressions;
using BriefingSite.Cli.Serve;
using BriefingSite.Tests.EndToEnd;

namespace BriefingSite.Tests.Serve;

/// <summary>The seed articles copied into a fresh folder and served by a preview server on a free port.</summary>
public sealed partial class ServedSite : IAsyncDisposable
{
    private PreviewServer? server;

    private ServedSite(IReadOnlyDictionary<string, string>? themeFiles)
    {
        SeedSite.CopyFolder(Path.Combine(RepositoryRoot.Path, "seeds"), Path.Combine(Root, "seeds"));
        foreach (var (path, text) in themeFiles ?? new Dictionary<string, string>())
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(Root, "theme", path))!);
            File.WriteAllText(Path.Combine(Root, "theme", path), text);
        }

        Options = new() { Root = Root, Theme = themeFiles is null ? null : "theme" };
    }

    public string Root { get; } = Directory.CreateTempSubdirectory("served-site-").FullName;

    public BuildOptions Options { get; }

    public PreviewServer Server => server!;

    public StringWriter Log { get; } = new();

    public string Output => Path.Combine(Root, "output");

    public string Input => Path.Combine(Root, "input");

    public HttpClient Client { get; } = new() { Timeout = TimeSpan.FromSeconds(60) };

    /// <param name="themeFiles">Files of the site's own theme, by path in it, over the default theme; none by default.</param>
    public static async Task<ServedSite> StartAsync(IReadOnlyDictionary<string, string>? themeFiles = null)
    {
        var site = new ServedSite(themeFiles);
        var log = TextWriter.Synchronized(site.Log);
        site.server = await PreviewServer.StartAsync(site.Options, 0, log, log, CancellationToken.None);
        return site;
    }

    public Uri Url(string relative) => new(Server.Address, relative);

    /// <summary>Gives a briefing a new front matter title, as a person saving the file would.</summary>
    public void SetTitle(string slug, string title) => SetTitleIn(Path.Combine(Input, slug + ".md"), title);

    public static void SetTitleIn(string file, string title) =>
        File.WriteAllText(file, TitleLine().Replace(File.ReadAllText(file), "title: " + title, 1));

    /// <summary>Polls until the condition holds; false after the timeout (generous: machines under load are slow).</summary>
    public static async Task<bool> EventuallyAsync(Func<bool> condition, int seconds = 30)
    {
        var until = DateTime.UtcNow.AddSeconds(seconds);
        while (!condition())
        {
            if (DateTime.UtcNow > until)
            {
                return false;
            }

            await Task.Delay(50);
        }

        return true;
    }

    public async ValueTask DisposeAsync()
    {
        if (server is not null)
        {
            await server.DisposeAsync();
        }

        Client.Dispose();
        Directory.Delete(Root, recursive: true);
    }

    [GeneratedRegex("^title: .*$", RegexOptions.Multiline)]
    private static partial Regex TitleLine();
}
