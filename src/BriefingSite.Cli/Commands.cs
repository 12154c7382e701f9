using System.CommandLine;
using BriefingSite;
using BriefingSite.Config;

namespace BriefingSite.Cli;

/// <summary>The `briefing` command line: init, then build, extract, render and check, each reading briefing.yml and the same overriding options.</summary>
public static class Commands
{
    public static RootCommand Create()
    {
        var root = new RootCommand("BriefingSite: turns articles into briefing pages with key facts, and those into a static site.");
        root.Subcommands.Add(Init());
        root.Subcommands.Add(Stage("build", "Extract briefings from the articles, then render the site (extract + render).", BriefingPipeline.Build, force: true));
        root.Subcommands.Add(Stage("extract", "Turn articles into Markdown briefings in the content folder, keeping hand edits.", BriefingPipeline.Extract, force: true));
        root.Subcommands.Add(Stage("render", "Render the briefings of the content folder into a static site.", BriefingPipeline.Render, force: false));
        root.Subcommands.Add(Stage("check", "Validate the briefings and entity files of the content folder; print file:line:column: message per problem.", BriefingPipeline.Check, force: false));
        return root;
    }

    private static Command Init()
    {
        var folder = new Argument<string>("DIR") { Description = "Folder for the new site (created when missing)", DefaultValueFactory = _ => "." };
        var command = new Command("init", "Start a site: briefing.yml, articles/, input/, theme/README.md and a GitHub Pages workflow.") { folder };
        command.SetAction(parse =>
        {
            var target = Path.GetFullPath(parse.GetValue(folder)!);
            var (written, kept) = SiteScaffolder.Create(target);
            foreach (var path in written)
            {
                System.Console.WriteLine($"created {Path.Combine(parse.GetValue(folder)!, path)}");
            }

            foreach (var path in kept)
            {
                System.Console.WriteLine($"kept existing {Path.Combine(parse.GetValue(folder)!, path)}");
            }

            System.Console.WriteLine("Next: put articles in articles/, then run `briefing build` in that folder and open output/index.html.");
            return 0;
        });
        return command;
    }

    private static Command Stage(string name, string description, Func<BuildOptions, BuildReport> run, bool force)
    {
        var config = new Option<string>("--config") { Description = $"Site configuration file (default: {SiteConfig.FileName} in the current folder, when present)" };
        var articles = new Option<string>("--articles") { Description = "Folder of articles (.txt, .md, .html); default: seeds" };
        var content = new Option<string>("--content") { Description = "Folder of Markdown briefings; default: input" };
        var output = new Option<string>("--output") { Description = "Folder the site is written to; default: output" };
        var theme = new Option<string>("--theme") { Description = "Theme folder whose files override the default theme; default: theme" };
        var baseUrl = new Option<string>("--base-url") { Description = "Absolute URL the site is published at, e.g. https://user.github.io/repo/" };
        var overwrite = new Option<bool>("--force") { Description = "Regenerate every field, overwriting hand edits (lists what it overwrites)" };
        var command = new Command(name, description) { config, articles, content, output, theme, baseUrl };
        if (force)
        {
            command.Options.Add(overwrite);
        }

        command.SetAction(parse =>
        {
            // Options name folders from where the command runs; briefing.yml names them from its own folder.
            static string? Full(string? path) => path is null ? null : Path.GetFullPath(path);
            var overrides = new SiteConfig
            {
                Articles = Full(parse.GetValue(articles)),
                Content = Full(parse.GetValue(content)),
                Output = Full(parse.GetValue(output)),
                Theme = Full(parse.GetValue(theme)),
                BaseUrl = parse.GetValue(baseUrl),
            };
            var options = ConfiguredOptions.Read(parse.GetValue(config), overrides, force && parse.GetValue(overwrite), out var problems);
            if (options is null)
            {
                foreach (var problem in problems)
                {
                    System.Console.Error.WriteLine($"error: {problem}");
                }

                return 2;
            }

            return StageRunner.Run(name, progress => run(options with { Progress = progress }));
        });
        return command;
    }
}
