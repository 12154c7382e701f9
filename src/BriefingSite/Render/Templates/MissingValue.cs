namespace BriefingSite.Render.Templates;

/// <summary>What a helper is given for a name that does not resolve, written as Handlebars.Net writes its own: the name.</summary>
internal sealed class MissingValue(string name)
{
    /// <summary>For "../name" climbing above the page's data.</summary>
    public static readonly MissingValue Parent = new("..");

    public override string ToString() => name;
}
