namespace BriefingSite.Model;

/// <summary>The kind of a block of article text.</summary>
public enum BlockKind
{
    Heading,
    Paragraph,
    Quote,
    ListItem,
}
