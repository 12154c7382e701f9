using BriefingSite.Model;

namespace BriefingSite.Ingest;

/// <summary>Removes page clutter around and inside an article body, line by line, keeping every body paragraph.</summary>
public static class ClutterFilter
{
    /// <summary>The body without clutter, and author names found in "Author" blocks or lone name lines at its end.</summary>
    public static (IReadOnlyList<ArticleBlock> Blocks, IReadOnlyList<string> Authors) Filter(IReadOnlyList<ArticleBlock> blocks)
    {
        var kept = new List<ArticleBlock>();
        var seenProse = false;
        foreach (var block in blocks)
        {
            // Lists of other articles and comments follow these markers; before any prose they are menus.
            if (seenProse && block.Kind != BlockKind.ListItem && ClutterPatterns.IsSectionEnd(block.Text))
            {
                break;
            }

            if (ClutterPatterns.IsClutterLine(block.Text))
            {
                continue;
            }

            seenProse |= LineShape.IsProse(block.Text);
            kept.Add(block);
        }

        var authors = DropTrailers(kept);
        if (kept.Count > 0)
        {
            kept[^1] = kept[^1] with { Text = ClutterPatterns.StripGluedLink(kept[^1].Text) };
        }

        return (kept, authors);
    }

    // Walks back from the end over blurbs, labels, bare links and lone names; names there are the byline.
    private static List<string> DropTrailers(List<ArticleBlock> kept)
    {
        var authors = new List<string>();
        while (kept.Count > 1)
        {
            var text = kept[^1].Text;
            var isName = LineShape.IsPersonName(text) && !ClutterPatterns.IsAuthorLabel(text);
            if (!isName && !ClutterPatterns.IsTrailer(text))
            {
                break;
            }

            // A name is only a byline when it ends the article or stands under an "Author" label.
            if (isName && authors.Count > 0 && !ClutterPatterns.IsAuthorLabel(kept[^2].Text))
            {
                break;
            }

            if (isName)
            {
                authors.Insert(0, text);
            }

            kept.RemoveAt(kept.Count - 1);
        }

        return authors;
    }
}
