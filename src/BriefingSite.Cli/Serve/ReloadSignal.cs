namespace BriefingSite.Cli.Serve;

/// <summary>
/// Two numbers for open pages, and a way to wait for the next change of either: the build number, which moves when
/// what pages show changed (every open page reloads), and the search number, which moves when the search index alone
/// did (the search page reloads).
/// </summary>
public sealed class ReloadSignal
{
    private readonly Lock gate = new();
    private TaskCompletionSource next = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private (int Build, int Search) now;

    /// <summary>Both numbers, read together.</summary>
    public (int Build, int Search) Now
    {
        get
        {
            lock (gate)
            {
                return now;
            }
        }
    }

    /// <summary>Tells every waiting page that the site changed.</summary>
    public void Pulse() => Change(() => now with { Build = now.Build + 1 });

    /// <summary>Tells every waiting page that the search index changed, and nothing else a page shows.</summary>
    public void PulseSearch() => Change(() => now with { Search = now.Search + 1 });

    /// <returns>Both numbers once they differ from <paramref name="seen"/>.</returns>
    public async Task<(int Build, int Search)> NextAsync((int Build, int Search) seen, CancellationToken cancel)
    {
        while (true)
        {
            Task changed;
            lock (gate)
            {
                if (now != seen)
                {
                    return now;
                }

                changed = next.Task;
            }

            await changed.WaitAsync(cancel).ConfigureAwait(false);
        }
    }

    private void Change(Func<(int Build, int Search)> to)
    {
        TaskCompletionSource done;
        lock (gate)
        {
            now = to();
            done = next;
            next = new(TaskCreationOptions.RunContinuationsAsynchronously);
        }

        done.SetResult();
    }
}
