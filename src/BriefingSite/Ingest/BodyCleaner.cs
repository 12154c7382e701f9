using BriefingSite.Model;

namespace BriefingSite.Ingest;

/// <summary>The cleaning every format shares: clutter, front matter, bibliography, headings, spacing, title.</summary>
public static class BodyCleaner
{
    public static (ArticleMetadata Metadata, IReadOnlyList<ArticleBlock> Blocks, IReadOnlyList<string> Sources) Clean(
        IReadOnlyList<ArticleBlock> blocks, ArticleMetadata known)
    {
        var (filtered, trailingAuthors) = ClutterFilter.Filter(blocks);
        var (metadata, body) = FrontMatterFinder.Find(filtered, known);
        if (metadata.Authors.Count == 0)
        {
            metadata = metadata with { Authors = trailingAuthors };
        }

        var (withoutSources, sources) = ReferenceSection.Split(body);
        var finished = MarkHeadings(withoutSources)
            .Select(b => b with { Text = SpacingRepair.Repair(b.Kind == BlockKind.Heading ? b.Text : FragmentJoiner.Join(b.Text)) })
            .Where(b => b.Text.Length > 0)
            .ToList();

        var title = metadata.Title is { Length: > 0 } given ? SpacingRepair.Repair(given) : TitleWriter.Write(finished);
        return (metadata with { Title = title }, finished, [.. sources.Select(SpacingRepair.Repair)]);
    }

    // A short title-like line with running text after it is a section heading, whatever the format said.
    private static List<ArticleBlock> MarkHeadings(IReadOnlyList<ArticleBlock> blocks)
    {
        var marked = new List<ArticleBlock>(blocks.Count);
        for (var i = 0; i < blocks.Count; i++)
        {
            var block = blocks[i];
            var followedByText = i + 1 < blocks.Count && blocks[i + 1].Kind != BlockKind.Heading;
            var isHeading = block.Kind == BlockKind.Paragraph && followedByText && LineShape.IsHeading(block.Text)
                && !LineShape.IsProse(block.Text);
            marked.Add(isHeading ? block with { Kind = BlockKind.Heading } : block);
        }

        return marked;
    }
}
