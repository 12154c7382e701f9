namespace BriefingSite.Model;

/// <summary>One block of cleaned article text: a heading, paragraph, block quote or list item.</summary>
public sealed record ArticleBlock(BlockKind Kind, string Text);
