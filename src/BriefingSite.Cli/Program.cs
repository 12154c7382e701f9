using System.CommandLine;

var root = new RootCommand("BriefingSite");
var articles = new Option<DirectoryInfo>("--articles") { Description = "Articles folder" };
var build = new Command("build", "Extract and render") { articles };
build.SetAction(parse => { Console.WriteLine(parse.GetValue(articles)?.FullName); return 0; });
root.Subcommands.Add(build);
return root.Parse(args).Invoke();
