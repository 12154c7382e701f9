namespace BriefingSite.Render.Templates;

/// <summary>What a <see cref="TemplateValue"/> names.</summary>
internal enum ValueKind
{
    /// <summary>A quoted string: a helper's argument.</summary>
    Literal,

    /// <summary>"this", "name", "a.b", "../name", "@root.a.b": a context, then keys looked up in it.</summary>
    Path,

    /// <summary>@index in an each.</summary>
    Index,

    /// <summary>@first in an each.</summary>
    First,

    /// <summary>@last in an each.</summary>
    Last,

    /// <summary>@key in an each: the key of a map's entry, the index of a list's item.</summary>
    Key,
}
