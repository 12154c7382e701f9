namespace BriefingSite.Cli.Serve;

/// <summary>
/// How many times the site changed for open pages, and how many times its search index did; a way to wait for the next
/// change of either.
/// </summary>
public sealed class ReloadSignal
{
    private readonly Lock gate = new();
    private TaskCompletionSource next = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>The number of the last change to what pages show: every open page reloads on a new one.</summary>
    public int Build { get; private set; }

    /// <summary>The number of the last change to the search index alone: the search page reloads on a new one.</summary>
    public int Search { get; private set; }

    /// <summary>Both numbers, read together.</summary>
    public (int Build, int Search) Now
    {
        get
        {
            lock (gate)
            {
                return (Build, Search);
            }
        }
    }

    /// <summary>Both numbers as the event stream sends them: "build search".</summary>
    public string State
    {
        get
        {
            lock (gate)
            {
                return Text();
            }
        }
    }

    /// <summary>Tells every waiting page that the site changed.</summary>
    public void Pulse() => Change(() => Build++);

    /// <summary>Tells every waiting page that the search index changed, and nothing else a page shows.</summary>
    public void PulseSearch() => Change(() => Search++);

    /// <returns>The state once it differs from <paramref name="seen"/>.</returns>
    public async Task<string> NextAsync(string seen, CancellationToken cancel)
    {
        while (true)
        {
            Task changed;
            lock (gate)
            {
                if (Text() != seen)
                {
                    return Text();
                }

                changed = next.Task;
            }

            await changed.WaitAsync(cancel).ConfigureAwait(false);
        }
    }

    private void Change(Action count)
    {
        TaskCompletionSource done;
        lock (gate)
        {
            count();
            done = next;
            next = new(TaskCreationOptions.RunContinuationsAsynchronously);
        }

        done.SetResult();
    }

    private string Text() => FormattableString.Invariant($"{Build} {Search}");
}
