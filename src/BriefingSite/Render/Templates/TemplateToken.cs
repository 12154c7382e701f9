namespace BriefingSite.Render.Templates;

/// <summary>A piece of a template's source: text, or a tag's content between its braces.</summary>
/// <param name="IsTag">False for text.</param>
/// <param name="Text">The text, or the tag's content, trimmed, without its braces.</param>
/// <param name="Triple">For a tag in triple braces.</param>
internal record struct TemplateToken(bool IsTag, string Text, bool Triple)
{
    /// <summary>For text: how much of its start a standalone tag before it removes.</summary>
    public int TrimStart { get; set; }

    /// <summary>For text: how much of its end a standalone tag after it removes.</summary>
    public int TrimEnd { get; set; }

    /// <summary>True for the tags that Handlebars lets stand alone on a line: blocks, else, partials and comments.</summary>
    public readonly bool CanStandAlone => IsTag && !Triple && (Text.Length == 0 || Text[0] is '#' or '/' or '>' or '!' || Text == "else");
}
