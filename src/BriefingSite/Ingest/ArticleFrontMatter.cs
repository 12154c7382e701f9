using System.Text.RegularExpressions;
using BriefingSite.Model;
using YamlDotNet.RepresentationModel;

namespace BriefingSite.Ingest;

/// <summary>
/// The YAML front matter a Markdown article may open with (a web clipper's, a blog's): its title, author, date,
/// address and tags, under the names such tools give them.
/// </summary>
public static partial class ArticleFrontMatter
{
    private static readonly string[] TitleKeys = ["title", "headline"];
    private static readonly string[] AuthorKeys = ["author", "authors", "byline", "creator"];
    private static readonly string[] DateKeys = ["date", "published", "publishDate", "pubDate", "published_at", "datePublished"];
    private static readonly string[] UrlKeys = ["url", "source", "link", "canonical_url", "original_url", "source_url"];
    private static readonly string[] TagKeys = ["tags", "keywords", "categories"];

    /// <summary>Splits the front matter from the article's Markdown and reads what it says of the article.</summary>
    /// <returns>What the front matter says, and the Markdown after it; no metadata and the whole text when there is none.</returns>
    /// <exception cref="ArticleException">The front matter is there but its YAML is broken (with its line and column).</exception>
    public static (ArticleMetadata Metadata, string Markdown) Split(string file, string text)
    {
        // Front matter is a block between '---' lines at the very top whose first line is a "key:" pair; a rule
        // ('---') above a paragraph is Markdown.
        var lines = text.Replace("\r\n", "\n").Split('\n');
        var close = lines[0].TrimEnd() == "---" ? Array.FindIndex(lines, 1, l => l.TrimEnd() is "---" or "...") : -1;
        if (close < 0 || lines[1..close].FirstOrDefault(l => l.Trim().Length > 0) is not { } first || !KeyLine().IsMatch(first))
        {
            return (new ArticleMetadata(), text);
        }

        var problems = new List<Diagnostic>();
        var document = FrontMatterDocument.Parse(file, text, problems);
        if (problems is [var problem, ..])
        {
            throw new ArticleException("front matter: " + problem.Message, problem.Line, problem.Column);
        }

        var fields = YamlFields.ByKey(document!.Fields);
        var metadata = new ArticleMetadata
        {
            Title = Texts(fields, TitleKeys).FirstOrDefault(),
            Authors = Texts(fields, AuthorKeys).Distinct(StringComparer.Ordinal).ToList(),
            Date = Texts(fields, DateKeys).Select(DateParser.Find).FirstOrDefault(d => d is not null),
            Url = Texts(fields, UrlKeys).FirstOrDefault(u => u.StartsWith("https://", StringComparison.OrdinalIgnoreCase) || u.StartsWith("http://", StringComparison.OrdinalIgnoreCase)),

            // "tags: [water, afghanistan]", "tags: water, afghanistan", "#clippings", "news/asia": one slug each.
            Tags = Texts(fields, TagKeys).SelectMany(t => t.Split(',')).Select(t => Slugs.From(t, fallback: "")).Where(t => t.Length > 0)
                .Distinct(StringComparer.Ordinal).ToList(),
        };
        return (metadata, document.Body);
    }

    // The one-line texts under the first of these keys the front matter has: a scalar, or a list's scalars.
    private static IEnumerable<string> Texts(Dictionary<string, YamlNode> fields, string[] keys)
    {
        foreach (var key in keys)
        {
            IEnumerable<string?> values = fields.GetValueOrDefault(key) switch
            {
                YamlScalarNode scalar => [scalar.Value],
                YamlSequenceNode list => list.Children.OfType<YamlScalarNode>().Select(s => s.Value),
                _ => [],
            };
            foreach (var value in values)
            {
                // A note-taking app's link to a page of its own ("[[Jane Roe]]") names what it links.
                if (TextNormaliser.OneLine(value ?? "").Trim('[', ']', ' ') is { Length: > 0 } text)
                {
                    yield return text;
                }
            }
        }
    }

    [GeneratedRegex(@"^[A-Za-z_][\w-]*\s*:(\s|$)")]
    private static partial Regex KeyLine();
}
