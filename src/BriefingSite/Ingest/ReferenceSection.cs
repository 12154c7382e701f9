using System.Text.RegularExpressions;
using BriefingSite.Model;

namespace BriefingSite.Ingest;

/// <summary>Splits a bibliography ("Bibliography", "References", "Sources", "Works Cited") off the end of an article body.</summary>
public static partial class ReferenceSection
{
    public static (IReadOnlyList<ArticleBlock> Body, IReadOnlyList<string> Sources) Split(IReadOnlyList<ArticleBlock> blocks)
    {
        // The last such heading wins: an article may discuss "sources" earlier, but the list closes it.
        for (var i = blocks.Count - 1; i > 0; i--)
        {
            if (blocks[i].Text.Length <= 40 && Heading().IsMatch(blocks[i].Text))
            {
                var sources = blocks.Skip(i + 1).Select(b => b.Text).Where(t => t.Length > 0).ToList();
                return ([.. blocks.Take(i)], sources);
            }
        }

        return (blocks, []);
    }

    [GeneratedRegex(@"^(?:bibliography|references?|sources?|works cited|citations|notes|endnotes|footnotes|further reading)\s*:?$", RegexOptions.IgnoreCase)]
    private static partial Regex Heading();
}
