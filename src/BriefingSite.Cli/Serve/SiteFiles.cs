using Microsoft.AspNetCore.StaticFiles;

namespace BriefingSite.Cli.Serve;

/// <summary>Maps a request path to a file of the output folder, as a static host such as GitHub Pages does.</summary>
public static class SiteFiles
{
    private static readonly FileExtensionContentTypeProvider Types = new();

    /// <summary>Resolves a decoded request path: a file, a redirect to the folder's slash form, or missing.</summary>
    public static SiteFile Resolve(string root, string requestPath)
    {
        var folder = Path.GetFullPath(root).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
        var relative = requestPath.TrimStart('/');
        var full = Path.GetFullPath(Path.Combine(folder, relative));
        if (!(full + Path.DirectorySeparatorChar).StartsWith(folder, StringComparison.Ordinal) || relative.Contains('\0'))
        {
            return Missing(folder);
        }

        if (Directory.Exists(full))
        {
            // Relative links of an index page only work from the folder's slash form.
            return requestPath.EndsWith('/') || relative.Length == 0
                ? Found(Path.Combine(full, "index.html"), folder)
                : new SiteFile(SiteFileKind.Redirect, requestPath + "/");
        }

        return Found(full, folder);
    }

    /// <summary>The Content-Type header for a file, with the charset the site is written in for text.</summary>
    public static string ContentType(string path)
    {
        var type = Types.TryGetContentType(path, out var known) ? known : "application/octet-stream";
        var text = type.StartsWith("text/", StringComparison.Ordinal) || type is "application/json" or "application/xml"
            or "application/atom+xml" or "application/javascript" or "image/svg+xml";
        return text ? type + "; charset=utf-8" : type;
    }

    private static SiteFile Found(string file, string folder) => File.Exists(file) ? new SiteFile(SiteFileKind.Page, file) : Missing(folder);

    private static SiteFile Missing(string folder) => new(SiteFileKind.Missing, Path.Combine(folder, "404.html"));
}
