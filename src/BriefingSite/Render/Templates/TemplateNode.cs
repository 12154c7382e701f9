namespace BriefingSite.Render.Templates;

/// <summary>One step of a parsed template: text, a value, a helper call, a block with its branches, or a partial.</summary>
internal sealed class TemplateNode
{
    public required NodeKind Kind { get; init; }

    /// <summary>The text of a text node, the helper's or the partial's name.</summary>
    public string Text { get; init; } = "";

    /// <summary>The value written or tested, for values and blocks.</summary>
    public TemplateValue? Value { get; init; }

    /// <summary>True for triple braces: written without HTML escaping.</summary>
    public bool Raw { get; init; }

    /// <summary>A helper's arguments.</summary>
    public TemplateValue[] Arguments { get; init; } = [];

    /// <summary>A block's content, rendered when its test passes (or for each item).</summary>
    public TemplateNode[] Body { get; init; } = [];

    /// <summary>A block's {{else}} branch.</summary>
    public TemplateNode[] Inverse { get; init; } = [];
}
