using BriefingSite.Cache;

namespace BriefingSite;

/// <summary>
/// Builds one project again and again in one process (the preview server), keeping in memory what each build loaded
/// and made: the cache's stores, the link views, the linked briefings and their readings, and the compiled theme.
/// The next build then reads and makes again only what changed, with the same output as <see cref="BriefingPipeline.Build"/>.
/// </summary>
/// <remarks>
/// <para>What is in memory is used only while the cache folder is as this process left it: when another run has
/// written there meanwhile, or a build failed, the next build starts from the folder again.</para>
/// <para>Around each build: the cache's stores are written in the background once its report is given, and a build
/// that finds the site up to date (so loads nothing) is followed by a warming build in the background, which goes
/// through every stage, writing nothing that is current, for the next build to find all in memory. The content
/// lock is held until either is done, and the next build waits for it.</para>
/// </remarks>
public sealed class RepeatedBuilds(BuildOptions options) : IDisposable
{
    private readonly string folder = BuildCache.For(options).Folder;
    private BuildCache? cache;
    private Dictionary<string, FileStamp>? leftAs;
    private bool warm;
    private Task? background;
    private Timer? idleCollection;
    private int idleCollections;

    public BuildReport Build()
    {
        FinishBackground();
        idleCollection ??= new Timer(_ => CollectWhileIdle());
        idleCollection.Change(Timeout.Infinite, Timeout.Infinite);
        if (cache is null || leftAs is null || !FolderStamps.Same(leftAs, FolderStamps.Of(folder)))
        {
            (cache, warm) = (new BuildCache(folder) { KeptInMemory = true }, false);
        }

        // Held until the background work is done: no other run reads or writes the cache meanwhile.
        var held = BriefingPipeline.TakeLock(options);
        var kept = cache;
        BuildReport report;
        try
        {
            report = Run(kept, trustLastBuild: true);
        }
        catch
        {
            held.Dispose();
            throw;
        }

        warm |= !report.UpToDate;
        var warming = !warm;
        background = Task.Run(() =>
        {
            using var _ = held;
            Saved(kept);
            if (warming)
            {
                Run(kept, trustLastBuild: false);
                Saved(kept);
                warm = true;
            }

            idleCollection.Change(IdleCollectionDelay, Timeout.InfiniteTimeSpan);
        });
        return report;
    }

    /// <summary>Waits for the background work of the last build; when it failed, what it left in memory is dropped.</summary>
    public void FinishBackground()
    {
        try
        {
            background?.Wait();
        }
        catch (AggregateException)
        {
            (cache, leftAs) = (null, null);
        }

        background = null;
    }

    /// <summary>Lets the background work finish, so no cache file is left being written.</summary>
    public void Dispose()
    {
        FinishBackground();
        idleCollection?.Dispose();
    }

    /// <summary>How many times the heap was collected while idle (see <see cref="CollectWhileIdle"/>).</summary>
    internal int IdleCollections => Volatile.Read(ref idleCollections);

    // How long after a build's background work the heap is collected, unless another build starts first: long enough
    // for open pages to have fetched what the build changed.
    private static readonly TimeSpan IdleCollectionDelay = TimeSpan.FromMilliseconds(300);

    // The heap this process keeps between builds is collected whole while nothing runs (about 0.2 s at 10,000
    // briefings). Else a full collection of it falls during a later build, on the cores that build needs: rebuilds
    // after an edit measured a fifth quicker with it (docs/benchmarks.md).
    private void CollectWhileIdle()
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        Interlocked.Increment(ref idleCollections);
        PhaseClock.Note($"idle collection {clock.Elapsed.TotalSeconds:F2} s");
    }

    private BuildReport Run(BuildCache kept, bool trustLastBuild)
    {
        try
        {
            // A warming build, in the background, reports nothing.
            var shown = trustLastBuild ? options : options with { Progress = null, PagesWritten = null, PageWritten = null };
            return BriefingPipeline.BuildLocked(shown, kept, trustLastBuild);
        }
        catch
        {
            (cache, leftAs) = (null, null);
            throw;
        }
    }

    // The cache folder as this process leaves it, once the stores are written.
    private void Saved(BuildCache kept)
    {
        kept.FinishSaving();
        leftAs = FolderStamps.Of(folder);
    }
}
