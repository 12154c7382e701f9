using BriefingSite.Model;

namespace BriefingSite.Render;

/// <summary>Renders a linked site with a theme into the files of a static site.</summary>
public sealed class SiteRenderer(Theme theme)
{
    public Theme Theme { get; } = theme;

    public IReadOnlyList<OutputFile> Render(Site site) => throw new NotImplementedException();
}
