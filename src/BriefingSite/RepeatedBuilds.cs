using BriefingSite.Cache;

namespace BriefingSite;

/// <summary>
/// Builds one project again and again in one process (the preview server), keeping in memory what each build loaded
/// and made: the cache's stores, the link views, the linked briefings and their readings, and the compiled theme.
/// The next build then reads and makes again only what changed, with the same output as <see cref="BriefingPipeline.Build(BuildOptions)"/>.
/// </summary>
/// <remarks>
/// What is in memory is used only while the cache folder is as this process left it: when another run has written
/// there meanwhile, or a build failed, the next build starts from the folder again.
/// </remarks>
public sealed class RepeatedBuilds(BuildOptions options)
{
    private BuildCache? cache;
    private SortedDictionary<string, FileStamp>? leftAs;

    public BuildReport Build()
    {
        var folder = BuildCache.For(options).Folder;
        if (cache is null || leftAs is null || !SameStamps(leftAs, FolderStamps.Of(folder)))
        {
            cache = new BuildCache(folder) { KeptInMemory = true };
        }

        try
        {
            var report = BriefingPipeline.Build(options, cache);
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
