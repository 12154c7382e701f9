using System.Text;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using BriefingSite.Model;

namespace BriefingSite.Tests.Render;

/// <summary>A rendered site held in memory, with its pages parsed, for assertions about files and links.</summary>
internal sealed class RenderedSite
{
    private readonly Dictionary<string, IHtmlDocument> documents = new(StringComparer.Ordinal);

    public RenderedSite(IReadOnlyList<OutputFile> files)
    {
        Files = files;
        Paths = files.Select(f => f.Path).ToHashSet(StringComparer.Ordinal);
    }

    public IReadOnlyList<OutputFile> Files { get; }

    public HashSet<string> Paths { get; }

    public IEnumerable<string> Pages => Files.Select(f => f.Path).Where(p => p.EndsWith(".html", StringComparison.Ordinal));

    public string Text(string path) => Encoding.UTF8.GetString(Files.Single(f => f.Path == path).Content.Span);

    public IHtmlDocument Document(string path)
    {
        if (!documents.TryGetValue(path, out var document))
        {
            document = new HtmlParser().ParseDocument(Text(path));
            documents[path] = document;
        }

        return document;
    }

    /// <summary>Resolves a relative URL found on a page to a path in the site and its fragment, or null for an absolute URL.</summary>
    public static (string Path, string? Fragment)? Resolve(string page, string url)
    {
        if (url.Contains(':', StringComparison.Ordinal) || url.StartsWith("//", StringComparison.Ordinal))
        {
            return null;
        }

        var fragment = url.Contains('#') ? url[(url.IndexOf('#') + 1)..] : null;
        var path = url.Split('#')[0].Split('?')[0];
        if (path.Length == 0)
        {
            return (page, fragment);
        }

        var segments = page.Split('/').SkipLast(1).ToList();
        foreach (var segment in path.Split('/'))
        {
            if (segment == "..")
            {
                if (segments.Count == 0)
                {
                    return ("<outside the site>/" + path, fragment);
                }

                segments.RemoveAt(segments.Count - 1);
            }
            else if (segment != ".")
            {
                segments.Add(segment);
            }
        }

        return (string.Join('/', segments), fragment);
    }
}
