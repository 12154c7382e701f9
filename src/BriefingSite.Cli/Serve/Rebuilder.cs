using System.Diagnostics;
using BriefingSite;

namespace BriefingSite.Cli.Serve;

/// <summary>Runs one build at a time when sources change: waits for a burst of saves to settle, skips saves that changed nothing, and tells pages to reload when the site changed (as soon as its pages are written).</summary>
/// <remarks>
/// A change seen while a build runs is kept and builds once more after it. What a build writes into the content
/// folder is recorded as the new known content, so a build that rewrites briefings does not start another one.
/// </remarks>
public sealed class Rebuilder : IDisposable
{
    public static readonly TimeSpan Debounce = TimeSpan.FromMilliseconds(50);

    private readonly Lock gate = new();
    private readonly SortedSet<string> pending = new(StringComparer.Ordinal);
    private readonly SourceStamps sources = new();
    private readonly ManualResetEventSlim idle = new(initialState: true);
    private readonly Func<BuildReport> build;
    private readonly string root;
    private readonly OutputWatcher output;
    private readonly TextWriter log;
    private readonly TextWriter errors;
    private readonly ReloadSignal signal;
    private readonly Timer timer;
    private bool building;
    private bool stopped;

    // The output watcher's count of changes to what pages show when open pages last reloaded (or the build started).
    private long pagesShown;

    /// <param name="root">The project root, which printed paths are relative to.</param>
    public Rebuilder(Func<BuildReport> build, string root, OutputWatcher output, TextWriter log, TextWriter errors, ReloadSignal signal)
    {
        this.build = build;
        this.root = root;
        this.output = output;
        this.log = log;
        this.errors = errors;
        this.signal = signal;
        timer = new Timer(_ => Settle());
    }

    /// <summary>How many builds have finished, the first one included.</summary>
    public int Builds { get; private set; }

    /// <summary>The first build, run before any page is watched.</summary>
    public void BuildNow(string reason)
    {
        lock (gate)
        {
            building = true;
            idle.Reset();
        }

        Run(reason);
        Finish();
    }

    /// <summary>A source file (or folder) changed; a build follows once the changes settle.</summary>
    public void Changed(string path)
    {
        lock (gate)
        {
            pending.Add(path);
            if (!building && !stopped)
            {
                timer.Change(Debounce, Timeout.InfiniteTimeSpan);
            }
        }
    }

    /// <summary>A build wrote these bytes to this file: the events of that write need no build of their own.</summary>
    /// <remarks>
    /// Told by the build itself rather than read from the watcher's events: a rename can reach the watcher as a delete
    /// and a create (the watcher pairs them only when they come in a row), and those name no temporary of the build.
    /// </remarks>
    public void Written(string path, byte[] bytes)
    {
        lock (gate)
        {
            sources.Record(path, bytes);
        }
    }

    /// <summary>
    /// The running build has written its pages and the theme's files: open pages reload now if any changed, rather than
    /// after the site-wide files and the clean-up. Called on the build's thread.
    /// </summary>
    public void PagesWritten()
    {
        output.Flush(TimeSpan.FromSeconds(1));
        if (output.PageChanges != pagesShown)
        {
            pagesShown = output.PageChanges;
            signal.Pulse();
        }
    }

    /// <summary>Stops building; waits for a running build so no file is left half-done.</summary>
    public void Dispose()
    {
        lock (gate)
        {
            stopped = true;
            timer.Change(Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        }

        idle.Wait();
        timer.Dispose();
        idle.Dispose();
    }

    private void Settle()
    {
        string[] changed;
        lock (gate)
        {
            if (building || stopped)
            {
                return;
            }

            changed = [.. pending.Where(sources.Update)];
            pending.Clear();
            if (changed.Length == 0)
            {
                return;
            }

            building = true;
            idle.Reset();
        }

        Run(Describe(changed));
        Finish();
    }

    private void Finish()
    {
        lock (gate)
        {
            building = false;
            idle.Set();
            if (pending.Count > 0 && !stopped)
            {
                timer.Change(Debounce, Timeout.InfiniteTimeSpan);
            }
        }
    }

    private void Run(string reason)
    {
        var clock = Stopwatch.StartNew();
        var before = output.Changes;
        var searchBefore = output.SearchIndexChanges;
        var lossesBefore = output.Losses;
        pagesShown = output.PageChanges;
        BuildReport report;
        try
        {
            report = build();
        }
        catch (Exception error)
        {
            // A build that throws (a locked content folder, a disk error) is reported; the server keeps serving. Pages
            // it wrote and told of early are shown under the next build number, which moves now.
            errors.WriteLine($"error: {reason}: build failed: {error.Message}");
            if (signal.HasEarlyPages)
            {
                signal.Pulse();
            }

            return;
        }
        finally
        {
            Builds++;
        }

        output.Flush(TimeSpan.FromSeconds(1));
        var changedSite = output.Changes != before;
        foreach (var problem in report.Problems)
        {
            errors.WriteLine($"error: {problem}");
        }

        log.WriteLine($"{reason}: {StageRunner.Summary(report)} in {clock.Elapsed.TotalSeconds:0.00} s"
            + (changedSite ? "; site changed" : "; site unchanged"));
        if (output.Losses != lossesBefore)
        {
            // Said, as it explains a page that reloads where it would have been updated in place.
            log.WriteLine("note: the output folder's watcher fell behind (events lost or late): open pages reload once more");
        }

        // What changed after the pages reloaded (stale pages deleted, a build that failed before its pages were
        // written, pages told of early): every page reloads again. Only the search index: only the search page does.
        if (output.PageChanges != pagesShown || signal.HasEarlyPages)
        {
            signal.Pulse();
        }
        else if (output.SearchIndexChanges != searchBefore)
        {
            signal.PulseSearch();
        }
    }

    private string Describe(string[] changed)
    {
        var names = changed.Select(p => ShownPath.Of(root, p)).ToList();
        var shown = string.Join(", ", names.Take(3)) + (names.Count > 3 ? $" and {names.Count - 3} more" : "");
        return $"rebuilt after {shown} changed";
    }
}
