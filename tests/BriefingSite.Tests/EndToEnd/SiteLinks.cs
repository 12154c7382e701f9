using System.Text.RegularExpressions;

namespace BriefingSite.Tests.EndToEnd;

/// <summary>Checks that every relative link and anchor of a built site resolves on disk, as a browser opening it via file:// would need.</summary>
internal static partial class SiteLinks
{
    public static IReadOnlyList<string> Broken(string outputFolder)
    {
        var broken = new List<string>();
        var ids = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var page in Directory.EnumerateFiles(outputFolder, "*.html", SearchOption.AllDirectories))
        {
            var html = File.ReadAllText(page);
            foreach (Match link in Link().Matches(html))
            {
                var target = System.Net.WebUtility.HtmlDecode(link.Groups["url"].Value);
                if (target.Length == 0 || target.StartsWith("mailto:", StringComparison.Ordinal) || Uri.TryCreate(target, UriKind.Absolute, out var absolute) && absolute.Scheme is "http" or "https")
                {
                    continue;
                }

                var (path, fragment) = Split(target);
                var file = path.Length == 0 ? page : Path.GetFullPath(Path.Combine(Path.GetDirectoryName(page)!, Uri.UnescapeDataString(path)));
                if (!File.Exists(file))
                {
                    broken.Add($"{Relative(outputFolder, page)}: {target} (no such file)");
                }
                else if (fragment.Length > 0 && file.EndsWith(".html", StringComparison.Ordinal) && !IdsOf(file, ids).Contains(fragment))
                {
                    broken.Add($"{Relative(outputFolder, page)}: {target} (no such anchor)");
                }
            }
        }

        return broken;
    }

    private static (string Path, string Fragment) Split(string target)
    {
        var hash = target.IndexOf('#');
        var path = hash >= 0 ? target[..hash] : target;
        var query = path.IndexOf('?');
        return (query >= 0 ? path[..query] : path, hash >= 0 ? target[(hash + 1)..] : "");
    }

    private static HashSet<string> IdsOf(string file, Dictionary<string, HashSet<string>> cache)
    {
        if (!cache.TryGetValue(file, out var set))
        {
            set = Id().Matches(File.ReadAllText(file)).Select(m => m.Groups["id"].Value).ToHashSet(StringComparer.Ordinal);
            cache[file] = set;
        }

        return set;
    }

    private static string Relative(string root, string file) => Path.GetRelativePath(root, file).Replace('\\', '/');

    [GeneratedRegex("""\s(?:href|src)="(?<url>[^"]*)"|\s(?:href|src)='(?<url>[^']*)'""")]
    private static partial Regex Link();

    [GeneratedRegex("""\sid="(?<id>[^"]+)"|\sname="(?<id>[^"]+)" """)]
    private static partial Regex Id();
}
