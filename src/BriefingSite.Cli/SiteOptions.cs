using System.CommandLine;
using BriefingSite.Config;

namespace BriefingSite.Cli;

/// <summary>The options every site command takes (--config, the four folders, --base-url), read into build options.</summary>
internal sealed class SiteOptions
{
    private readonly Option<string> config = new("--config") { Description = $"Site configuration file (default: {SiteConfig.FileName} in the current folder, when present)" };
    private readonly Option<string> articles = new("--articles") { Description = "Folder of articles (.txt, .md, .html); default: seeds" };
    private readonly Option<string> content = new("--content") { Description = "Folder of Markdown briefings; default: input" };
    private readonly Option<string> output = new("--output") { Description = "Folder the site is written to; default: output" };
    private readonly Option<string> theme = new("--theme") { Description = "Theme folder whose files override the default theme; default: theme" };
    private readonly Option<string> baseUrl = new("--base-url") { Description = "Absolute URL the site is published at, e.g. https://user.github.io/repo/" };

    public void AddTo(Command command)
    {
        foreach (var option in new Option[] { config, articles, content, output, theme, baseUrl })
        {
            command.Options.Add(option);
        }
    }

    /// <summary>briefing.yml overridden by the command line; null (with the problems) when the configuration is unusable.</summary>
    public BuildOptions? Read(ParseResult parse, bool force, out List<BriefingSite.Model.Diagnostic> problems)
    {
        var request = Request(parse);
        return ConfiguredOptions.Read(parse.GetValue(config), request.Overrides, force, out problems);
    }

    /// <summary>The command line's options as a build server is asked to build with them (folders as full paths).</summary>
    public BuildServer.BuildRequest Request(ParseResult parse)
    {
        // Options name folders from where the command runs; briefing.yml names them from its own folder.
        string? Full(Option<string> option) => parse.GetValue(option) is { } path ? Path.GetFullPath(path) : null;
        return new(Environment.CurrentDirectory, parse.GetValue(config), Full(articles), Full(content), Full(output), Full(theme), parse.GetValue(baseUrl));
    }
}
