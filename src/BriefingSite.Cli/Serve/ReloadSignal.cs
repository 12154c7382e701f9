namespace BriefingSite.Cli.Serve;

/// <summary>
/// Two numbers for open pages, and a way to wait for the next change of either: the build number, which moves when
/// what pages show changed (every open page reloads), and the search number, which moves when the search index alone
/// did (the search page reloads). While a build runs, the pages it has written so far are told one by one, so a page
/// open on one of them reloads at once rather than when the build number moves.
/// </summary>
/// <remarks>
/// A page written early belongs to the next build number: a page served after that write carries it as well (see
/// <see cref="For"/>), so it does not reload again when the number moves.
/// </remarks>
public sealed class ReloadSignal
{
    /// <summary>How many pages one build tells one by one at most; the rest reload when the build number moves.</summary>
    public const int EarlyPagesTold = 1000;

    private readonly Lock gate = new();
    private readonly List<string> early = [];
    private readonly HashSet<string> earlySet = new(StringComparer.Ordinal);
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

    /// <summary>Where a page's event stream starts: the numbers now, and none of the running build's pages told yet.</summary>
    public Position Start
    {
        get
        {
            lock (gate)
            {
                return new Position(now.Build, now.Search, 0);
            }
        }
    }

    /// <summary>True while the running build has told pages that the build number has not yet caught up with.</summary>
    public bool HasEarlyPages
    {
        get
        {
            lock (gate)
            {
                return early.Count > 0;
            }
        }
    }

    /// <summary>The numbers a page served now carries, and the build number it already shows when the running build wrote it.</summary>
    /// <param name="page">The page's path in the site, with forward slashes ("briefings/x.html").</param>
    public (int Build, int Search, int? Early) For(string page)
    {
        lock (gate)
        {
            var at = new Position(now.Build, now.Search, early.Count);
            return (at.Build, at.Search, earlySet.Contains(page) ? at.Coming : null);
        }
    }

    /// <summary>Tells every waiting page that the site changed.</summary>
    public void Pulse() => Change(() =>
    {
        early.Clear();
        earlySet.Clear();
        now = now with { Build = now.Build + 1 };
    });

    /// <summary>Tells every waiting page that the search index changed, and nothing else a page shows.</summary>
    public void PulseSearch() => Change(() => now = now with { Search = now.Search + 1 });

    /// <summary>The running build has written this page: a page open on it reloads now. Safe from any thread.</summary>
    public void PageWritten(string page)
    {
        if (page.Contains('\n', StringComparison.Ordinal) || page.Contains('\r', StringComparison.Ordinal))
        {
            return;
        }

        Change(() =>
        {
            if (early.Count < EarlyPagesTold && earlySet.Add(page))
            {
                early.Add(page);
            }
        });
    }

    /// <returns>
    /// Once something changed since <paramref name="seen"/>: where things are now, and the pages written early since,
    /// unless the numbers moved (then every open page hears of it anyway).
    /// </returns>
    public async Task<(Position Now, IReadOnlyList<string> Pages)> NextAsync(Position seen, CancellationToken cancel)
    {
        while (true)
        {
            Task changed;
            lock (gate)
            {
                var at = new Position(now.Build, now.Search, early.Count);
                if ((at.Build, at.Search) != (seen.Build, seen.Search))
                {
                    return (at, []);
                }

                if (at.Pages > seen.Pages)
                {
                    return (at, early[seen.Pages..at.Pages]);
                }

                changed = next.Task;
            }

            await changed.WaitAsync(cancel).ConfigureAwait(false);
        }
    }

    private void Change(Action change)
    {
        TaskCompletionSource done;
        lock (gate)
        {
            change();
            done = next;
            next = new(TaskCreationOptions.RunContinuationsAsynchronously);
        }

        done.SetResult();
    }

    /// <summary>What a page's event stream has told: the two numbers, and how many of the running build's pages.</summary>
    public readonly record struct Position(int Build, int Search, int Pages)
    {
        /// <summary>The build number the running build's pages are written for, told with each of them.</summary>
        public int Coming => Build + 1;
    }
}
