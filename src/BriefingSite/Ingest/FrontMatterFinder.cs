using System.Text.RegularExpressions;
using BriefingSite.Model;

namespace BriefingSite.Ingest;

/// <summary>Reads the lines above an article's first paragraph: menu words, category labels, title, byline and date.</summary>
public static partial class FrontMatterFinder
{
    public static (ArticleMetadata Metadata, IReadOnlyList<ArticleBlock> Body) Find(IReadOnlyList<ArticleBlock> blocks, ArticleMetadata known)
    {
        var firstProse = FirstProse(blocks);
        if (firstProse < 0)
        {
            return (known, blocks);
        }

        var metadata = known;
        var authors = new List<string>(known.Authors);
        var body = new List<ArticleBlock>();
        for (var i = 0; i < firstProse; i++)
        {
            var block = blocks[i];
            var text = Bullet().Replace(block.Text, string.Empty);
            if (DateParser.IsDateLine(text))
            {
                metadata = metadata with { Date = metadata.Date ?? DateParser.Find(text) };
            }
            else if (Byline().Match(text) is { Success: true } byline && SplitNames(byline.Groups[1].Value).All(LineShape.IsPersonName))
            {
                AddAuthors(authors, byline.Groups[1].Value);
            }
            else if (text != block.Text && LineShape.IsPersonName(text))
            {
                AddAuthors(authors, text);
            }
            else if (metadata.Title is null && (block.Kind == BlockKind.Heading || LineShape.IsTitle(text)))
            {
                metadata = metadata with { Title = text };
            }
            else if (SameText(text, metadata.Title) || ClutterPatterns.IsAuthorLabel(text))
            {
                continue;
            }
            else if (LineShape.WordCount(text) >= 5 && metadata.Title is not null)
            {
                // A standfirst under the title is part of the article.
                body.Add(block);
            }

            // Anything else this high up is a menu word or a category label such as "US Pakistan".
        }

        body.AddRange(blocks.Skip(firstProse).Where(b => !SameText(b.Text, metadata.Title)));
        return (metadata with { Authors = authors }, body);
    }

    private static int FirstProse(IReadOnlyList<ArticleBlock> blocks)
    {
        for (var i = 0; i < blocks.Count; i++)
        {
            if (blocks[i].Kind != BlockKind.Heading && LineShape.IsProse(blocks[i].Text) && !DateParser.IsDateLine(blocks[i].Text))
            {
                return i;
            }
        }

        return -1;
    }

    private static void AddAuthors(List<string> authors, string names)
    {
        foreach (var name in SplitNames(names))
        {
            if (!authors.Contains(name))
            {
                authors.Add(name);
            }
        }
    }

    private static string[] SplitNames(string names) =>
        names.Split([" and ", ", ", " & "], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static bool SameText(string text, string? title) =>
        title is not null && string.Equals(text.Trim(), title.Trim(), StringComparison.OrdinalIgnoreCase);

    [GeneratedRegex(@"^\s*[•·|▪●◦*\-–—]\s*")]
    private static partial Regex Bullet();

    [GeneratedRegex(@"^(?:by|written by|words by|author\s*:)\s+(.+?)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex Byline();
}
