using BriefingSite.Config;
using BriefingSite.Model;

namespace BriefingSite.Cli;

/// <summary>The options of a run: briefing.yml (when there is one), overridden by what the command line sets.</summary>
internal static class ConfiguredOptions
{
    /// <param name="configFile">The --config value; null for briefing.yml in the current folder, which may be absent.</param>
    /// <returns>The options, or null when the configuration is missing or broken (the problems say why).</returns>
    public static BuildOptions? Read(string? configFile, SiteConfig overrides, bool force, out List<Diagnostic> problems)
    {
        problems = [];
        var path = Path.GetFullPath(configFile ?? SiteConfig.FileName);
        if (configFile is not null && !File.Exists(path))
        {
            problems.Add(new Diagnostic(configFile, null, null, "configuration file does not exist"));
            return null;
        }

        var relative = Path.GetRelativePath(Environment.CurrentDirectory, path).Replace('\\', '/');
        var fromFile = SiteConfigReader.ReadFile(path, relative.StartsWith("../", StringComparison.Ordinal) ? path : relative, problems);
        if (overrides.BaseUrl is string url && !Uri.TryCreate(url, UriKind.Absolute, out _))
        {
            problems.Add(new Diagnostic("--base-url", null, null, $"must be an absolute URL such as https://user.github.io/repo/, not '{url}'"));
        }

        return problems.Count > 0 ? null : fromFile.With(overrides).ToOptions(Path.GetDirectoryName(path)!, force);
    }
}
