using BriefingSite.Cache;

namespace BriefingSite;

/// <summary>
/// Builds one project again and again in one process (the preview server), keeping in memory what each build loaded
/// and made: the cache's stores, the link views, the linked briefings and their readings, and the compiled theme.
/// The next build then reads and makes again only what changed, with the same output as <see cref="BriefingPipeline.Build(BuildOptions)"/>.
/// </summary>
/// <remarks>
/// What is in memory is used only while the cache folder is as this process left it: when another run has written
/// there meanwhile, or a build failed, the next build starts from the folder again. A build that finds the site up
/// to date loads nothing, so it is followed by a warming build in the background, which goes through every stage
/// (writing nothing that is current) for the next build to find all in memory.
/// </remarks>
public sealed class RepeatedBuilds(BuildOptions options)
{
    private readonly string folder = BuildCache.For(options).Folder;
    private BuildCache? cache;
    private SortedDictionary<string, FileStamp>? leftAs;
    private bool warm;
    private Task? warming;

    public BuildReport Build()
    {
        FinishWarming();
        if (cache is null || leftAs is null || !SameStamps(leftAs, FolderStamps.Of(folder)))
        {
            (cache, warm) = (new BuildCache(folder) { KeptInMemory = true }, false);
        }

        var report = Run(cache, trustLastBuild: true);
        warm |= !report.UpToDate;
        if (!warm)
        {
            var cold = cache;
            warming = Task.Run(() => warm = Run(cold, trustLastBuild: false) is not null);
        }

        return report;
    }

    /// <summary>Waits for a warming build; when it failed, what it left in memory is dropped.</summary>
    public void FinishWarming()
    {
        try
        {
            warming?.Wait();
        }
        catch (AggregateException)
        {
            (cache, leftAs) = (null, null);
        }

        warming = null;
    }

    private BuildReport Run(BuildCache kept, bool trustLastBuild)
    {
        try
        {
            var report = BriefingPipeline.Build(options with { Progress = trustLastBuild ? options.Progress : null }, kept, trustLastBuild);
            leftAs = FolderStamps.Of(folder);
            return report;
        }
        catch
        {
            (cache, leftAs) = (null, null);
            throw;
        }
    }

    private static bool SameStamps(SortedDictionary<string, FileStamp> a, SortedDictionary<string, FileStamp> b) =>
        a.Count == b.Count && a.SequenceEqual(b);
}
