using BriefingSite.Model;

namespace BriefingSite.Config;

/// <summary>A site's briefing.yml: what it is called, where it is published, and its folders; unset values keep the defaults.</summary>
public sealed record SiteConfig
{
    public const string FileName = "briefing.yml";

    public string? Title { get; init; }

    public string? Description { get; init; }

    /// <summary>Absolute URL the site is published at (https://user.github.io/repo/); only feeds, sitemaps and metadata use it.</summary>
    public string? BaseUrl { get; init; }

    public string? Language { get; init; }

    public string? Theme { get; init; }

    public string? Articles { get; init; }

    public string? Content { get; init; }

    public string? Output { get; init; }

    /// <summary>This configuration with every value set in <paramref name="overrides"/> replacing its own.</summary>
    public SiteConfig With(SiteConfig overrides) => new()
    {
        Title = overrides.Title ?? Title,
        Description = overrides.Description ?? Description,
        BaseUrl = overrides.BaseUrl ?? BaseUrl,
        Language = overrides.Language ?? Language,
        Theme = overrides.Theme ?? Theme,
        Articles = overrides.Articles ?? Articles,
        Content = overrides.Content ?? Content,
        Output = overrides.Output ?? Output,
    };

    /// <summary>The build this configuration asks for, its folders relative to <paramref name="root"/>.</summary>
    public BuildOptions ToOptions(string root, bool force = false)
    {
        var defaults = new BuildOptions();
        var settings = new SiteSettings();
        return new BuildOptions
        {
            Root = root,
            Articles = Articles ?? defaults.Articles,
            Content = Content ?? defaults.Content,
            Output = Output ?? defaults.Output,
            Theme = Theme ?? defaults.Theme,
            Force = force,
            Settings = new SiteSettings
            {
                Title = Title ?? settings.Title,
                Description = Description ?? settings.Description,
                Language = Language ?? settings.Language,
                BaseUrl = string.IsNullOrWhiteSpace(BaseUrl) ? null : BaseUrl.TrimEnd('/') + "/",
            },
        };
    }
}
