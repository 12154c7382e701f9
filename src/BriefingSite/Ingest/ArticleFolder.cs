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

        var results = Files(folder).AsBalancedParallel().AsOrdered().Select(f => ReadOne(f, root)).ToList();
        diagnostics.AddRange(results.Select(r => r.Problem).OfType<Diagnostic>());
        return results.Select(r => r.Article).OfType<Article>().ToList();
    }

    /// <summary>Every article file below a folder (hidden files and folder notes left out), in ordinal order.</summary>
    /// <param name="notes">Where the folder notes found are listed (<see cref="IsFolderNote"/>), in ordinal order.</param>
    public static IReadOnlyList<string> Files(string folder, List<string>? notes = null)
    {
        var files = new List<string>();
        foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories))
        {
            if (!IsArticle(file) || Path.GetFileName(file).StartsWith('.'))
            {
                continue;
            }

            (IsFolderNote(file) ? notes : files)?.Add(file);
        }

        files.Sort(StringComparer.Ordinal);
        notes?.Sort(StringComparer.Ordinal);
        return files;
    }

    /// <summary>A file that tells of the folder rather than being an article: README.txt, LICENSE.md, NOTICE and the like.</summary>
    public static bool IsFolderNote(string path) => FolderNotes.Contains(Path.GetFileName(path).Split('.')[0]);

    private static readonly HashSet<string> FolderNotes = new(["README", "LICENSE", "LICENCE", "NOTICE", "COPYING", "CHANGELOG"], StringComparer.OrdinalIgnoreCase);

    /// <summary>Files larger than this are not read at all: no saved news page comes near it.</summary>
    public const long MaxFileBytes = 16 * 1024 * 1024;

    /// <summary>
    /// Cleaned text longer than this is not extracted: extraction takes about 8 s per million characters
    /// (measured on a 1-4 MB text), and a long report runs to some 150,000.
    /// </summary>
    public const int MaxTextCharacters = 500_000;

    private static (Article? Article, Diagnostic? Problem) ReadOne(string path, string root)
    {
        var display = Display(path, root);
        try
        {
            var length = new FileInfo(path).Length;
            return length > MaxFileBytes ? (null, TooLarge(display, length)) : Parse(display, File.ReadAllBytes(path));
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            return (null, new Diagnostic(display, null, null, "cannot read file: " + error.Message));
        }
    }

    /// <summary>An article from a file's bytes, or the problem that stops it (named by <paramref name="display"/>).</summary>
    public static (Article? Article, Diagnostic? Problem) Parse(string display, byte[] bytes)
    {
        try
        {
            var article = ArticleReader.Read(display, bytes);
            var characters = article.Blocks.Sum(b => (long)b.Text.Length);
            return characters > MaxTextCharacters
                ? (null, new Diagnostic(display, null, null,
                    $"article text is {characters:N0} characters, over the {MaxTextCharacters:N0} limit: skipped (is it many articles in one file? split it)"))
                : (article, null);
        }
        catch (ArticleException error)
        {
            return (null, new Diagnostic(display, error.Line, error.Column, error.Message));
        }
    }

    /// <summary>The problem of a file over <see cref="MaxFileBytes"/>, which is not read at all.</summary>
    public static Diagnostic TooLarge(string display, long length) => new(display, null, null,
        $"article is {Megabytes(length)}, over the {Megabytes(MaxFileBytes)} limit: skipped (is it many articles in one file? split it)");

    private static string Megabytes(long bytes) => (bytes / 1024d / 1024d).ToString("0.0 'MB'", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>A path as the user knows it: relative to the project root, forward slashes.</summary>
    public static string Display(string path, string root) => Path.GetRelativePath(root, Path.GetFullPath(path, root)).Replace('\\', '/');
}
