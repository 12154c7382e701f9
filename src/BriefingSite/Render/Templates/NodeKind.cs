namespace BriefingSite.Render.Templates;

/// <summary>What a <see cref="TemplateNode"/> does.</summary>
internal enum NodeKind
{
    /// <summary>Text written as it is.</summary>
    Text,

    /// <summary>{{value}}, HTML-escaped, or {{{value}}}, as it is.</summary>
    Value,

    /// <summary>{{helper arguments…}}, its result HTML-escaped, or in triple braces, as it is.</summary>
    Helper,

    /// <summary>{{#if value}}…{{else}}…{{/if}}.</summary>
    If,

    /// <summary>{{#unless value}}…{{else}}…{{/unless}}.</summary>
    Unless,

    /// <summary>{{#each value}}…{{else}}…{{/each}}.</summary>
    Each,

    /// <summary>{{> name}}: a partial, in the current context.</summary>
    Partial,
}
