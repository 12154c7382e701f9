using System.CommandLine;
using BriefingSite;

namespace BriefingSite.Cli;

/// <summary>The `briefing` command line: build, extract and render, each with the same folder options.</summary>
public static class Commands
{
    public static RootCommand Create()
    {
        var root = new RootCommand("BriefingSite: turns articles into briefing pages with key facts, and those into a static site.");
        root.Subcommands.Add(Stage("build", "Extract briefings from the articles, then render the site (extract + render).", BriefingPipeline.Build, force: true));
        root.Subcommands.Add(Stage("extract", "Turn articles into Markdown briefings in the content folder, keeping hand edits.", BriefingPipeline.Extract, force: true));
        root.Subcommands.Add(Stage("render", "Render the briefings of the content folder into a static site.", BriefingPipeline.Render, force: false));
        root.Subcommands.Add(Stage("check", "Validate the briefings and entity files of the content folder; print file:line:column: message per problem.", BriefingPipeline.Check, force: false));
        return root;
    }

    private static Command Stage(string name, string description, Func<BuildOptions, BuildReport> run, bool force)
    {
        var articles = new Option<string>("--articles") { Description = "Folder of articles (.txt, .md, .html)", DefaultValueFactory = _ => "seeds" };
        var content = new Option<string>("--content") { Description = "Folder of Markdown briefings", DefaultValueFactory = _ => "input" };
        var output = new Option<string>("--output") { Description = "Folder the site is written to", DefaultValueFactory = _ => "output" };
        var theme = new Option<string>("--theme") { Description = "Theme folder whose files override the default theme", DefaultValueFactory = _ => "theme" };
        var overwrite = new Option<bool>("--force") { Description = "Regenerate every field, overwriting hand edits (lists what it overwrites)" };
        var command = new Command(name, description) { articles, content, output, theme };
        if (force)
        {
            command.Options.Add(overwrite);
        }

        command.SetAction(parse =>
        {
            var options = new BuildOptions
            {
                Articles = parse.GetValue(articles)!,
                Content = parse.GetValue(content)!,
                Output = parse.GetValue(output)!,
                Theme = parse.GetValue(theme),
                Force = force && parse.GetValue(overwrite),
            };
            return StageRunner.Run(name, () => run(options));
        });
        return command;
    }
}
