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
        root.Subcommands.Add(Serve.ServeCommand.Create());
        root.Subcommands.Add(BuildServer.BuildServerCommand.Create());
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
        var site = new SiteOptions();
        var overwrite = new Option<bool>("--force") { Description = "Regenerate every field, overwriting hand edits (lists what it overwrites)" };
        var server = new Option<BuildServer.ServerUse>("--build-server")
        {
            Description = "auto: build through a build server that keeps this site in memory, and start one after building "
                + $"{BuildServer.ServedBuild.LargeSite:N0} briefings or more on a terminal; on: start one after any build; off: build here, stopping one",
        };
        var command = new Command(name, description);
        site.AddTo(command);
        if (force)
        {
            command.Options.Add(overwrite);
        }

        var served = name == "build";
        if (served)
        {
            command.Options.Add(server);
        }

        command.SetAction(parse =>
        {
            var options = site.Read(parse, force && parse.GetValue(overwrite), out var problems);
            if (options is null)
            {
                foreach (var problem in problems)
                {
                    System.Console.Error.WriteLine($"error: {problem}");
                }

                return 2;
            }

            // A forced build rewrites what a server keeps in memory: it runs here.
            return served && !options.Force
                ? StageRunner.Run(name, progress => BuildServer.ServedBuild.Run(options, site.Request(parse), parse.GetValue(server), progress))
                : StageRunner.Run(name, progress => run(options with { Progress = progress }));
        });
        return command;
    }
}
