namespace BriefingSite.Cli.Serve;

/// <summary>The number of the last build that changed the site, and a way to wait for the next one.</summary>
public sealed class ReloadSignal
{
    private readonly Lock gate = new();
    private TaskCompletionSource next = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public int Build { get; private set; }

    /// <summary>Tells every waiting page that the site changed.</summary>
    public void Pulse()
    {
        TaskCompletionSource done;
        lock (gate)
        {
            Build++;
            done = next;
            next = new(TaskCreationOptions.RunContinuationsAsynchronously);
        }

        done.SetResult();
    }

    /// <returns>The build number once it differs from <paramref name="seen"/>.</returns>
    public async Task<int> NextAsync(int seen, CancellationToken cancel)
    {
        while (true)
        {
            Task changed;
            lock (gate)
            {
                if (Build != seen)
                {
                    return Build;
                }

                changed = next.Task;
            }

            await changed.WaitAsync(cancel).ConfigureAwait(false);
        }
    }
}
