using BriefingSite.Model;

namespace BriefingSite.Ingest;

/// <summary>Reads every article file of a folder; a file that cannot be read adds a diagnostic and the rest go on.</summary>
public static class ArticleFolder
{
    private static readonly string[] Extensions = [".txt", ".md", ".markdown", ".html", ".htm", ".html.gz", ".htm.gz"];

    public static bool IsArticle(string path) => Extensions.Any(e => path.EndsWith(e, StringComparison.OrdinalIgnoreCase));

    public static IReadOnlyList<Article> Read(string folder, string root, List<Diagnostic> diagnostics)
    {
        if (!Directory.Exists(folder))
        {
            diagnostics.Add(new Diagnostic(Display(folder, root), null, null, "articles folder does not exist"));
            return [];
        }

        var files = Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Where(IsArticle)
            .Where(f => !Path.GetFileName(f).StartsWith('.'))
            .Order(StringComparer.Ordinal)
            .ToList();
        var results = files.AsParallel().AsOrdered().Select(f => ReadOne(f, root)).ToList();
        diagnostics.AddRange(results.Select(r => r.Problem).OfType<Diagnostic>());
        return results.Select(r => r.Article).OfType<Article>().ToList();
    }

    private static (Article? Article, Diagnostic? Problem) ReadOne(string path, string root)
    {
        var display = Display(path, root);
        try
        {
            return (ArticleReader.Read(display, File.ReadAllBytes(path)), null);
        }
        catch (ArticleException error)
        {
            return (null, new Diagnostic(display, null, null, error.Message));
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            return (null, new Diagnostic(display, null, null, "cannot read file: " + error.Message));
        }
    }

    /// <summary>A path as the user knows it: relative to the project root, forward slashes.</summary>
    public static string Display(string path, string root) => Path.GetRelativePath(root, Path.GetFullPath(path, root)).Replace('\\', '/');
}
