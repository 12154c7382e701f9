namespace BriefingSite;

/// <summary>Counts finished items from any thread and reports every so often, so a display is fed without slowing the work.</summary>
public sealed class ProgressCounter
{
    private readonly IProgress<StageProgress>? progress;
    private readonly string stage;
    private readonly int total;
    private int done;

    public ProgressCounter(IProgress<StageProgress>? progress, string stage, int total)
    {
        (this.progress, this.stage, this.total) = (progress, stage, total);
        progress?.Report(new StageProgress(stage, 0, total));
    }

    public void Tick()
    {
        var count = Interlocked.Increment(ref done);
        if (progress is not null && (count % 50 == 0 || count == total))
        {
            progress.Report(new StageProgress(stage, count, total));
        }
    }
}
