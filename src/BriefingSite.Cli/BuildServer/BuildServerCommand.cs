using System.CommandLine;
using System.Globalization;

namespace BriefingSite.Cli.BuildServer;

/// <summary>`briefing build-server ADDRESS REQUEST IDLE-SECONDS`: the hidden command a `briefing build` starts a build server with.</summary>
internal static class BuildServerCommand
{
    public const string Name = "build-server";

    public static IEnumerable<string> Arguments(string address, BuildRequest request, TimeSpan idle) =>
        [Name, address, request.ToJson(), ((int)idle.TotalSeconds).ToString(CultureInfo.InvariantCulture)];

    public static Command Create()
    {
        var address = new Argument<string>("ADDRESS");
        var request = new Argument<string>("REQUEST");
        var idle = new Argument<int>("IDLE-SECONDS");
        var command = new Command(Name, "Serve builds of one site from memory (started by `briefing build`).") { address, request, idle };
        command.Hidden = true;
        command.SetAction((parse, _) =>
        {
            if (BuildRequest.FromJson(parse.GetValue(request)!) is not { } asked)
            {
                return Task.FromResult(2);
            }

            BuildServerHost.Detach();
            return BuildServerHost.RunAsync(parse.GetValue(address)!, asked, TimeSpan.FromSeconds(parse.GetValue(idle)));
        });
        return command;
    }
}
