namespace BriefingSite.Cli.BuildServer;

/// <summary>When `briefing build` uses a build server (its --build-server option).</summary>
public enum ServerUse
{
    /// <summary>Use one that runs; start one after building a site of <see cref="ServedBuild.LargeSite"/> briefings or more on a terminal.</summary>
    Auto,

    /// <summary>Use one that runs; start one after any build.</summary>
    On,

    /// <summary>Build in this process, and stop a server that keeps this site.</summary>
    Off,
}

/// <summary>`briefing build` through a build server when one keeps the site, else in this process (which may start one).</summary>
internal static class ServedBuild
{
    /// <summary>How many briefings make a site worth a server in <see cref="ServerUse.Auto"/>: below it, a build from the cache files is quick enough.</summary>
    public const int LargeSite = 1000;

    public const string Started = "a build server now keeps this site in memory, so the next `briefing build` does only what changed; "
        + "it stops after 10 minutes without one, or with `briefing build --build-server off`";

    public static BuildReport Run(BuildOptions options, BuildRequest request, ServerUse use, IProgress<StageProgress>? progress)
    {
        var address = ServerAddress.For(request);
        if (address is not null && use == ServerUse.Off)
        {
            BuildServerClient.Stop(address, request);
        }
        else if (address is not null && BuildServerClient.Build(address, request, progress) is { } served)
        {
            return served;
        }

        var report = BriefingPipeline.Build(options with { Progress = progress });
        if (address is not null && (use == ServerUse.On || (use == ServerUse.Auto && StageRunner.Interactive && report.Briefings >= LargeSite)))
        {
            BuildServerClient.Start(address, request);
            report = report with { Notes = [.. report.Notes, Started] };
        }

        return report;
    }
}
