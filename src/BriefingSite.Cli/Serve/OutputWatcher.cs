namespace BriefingSite.Cli.Serve;

/// <summary>Counts changes to the output folder, so a build that left the site as it was reloads no page, and names the
/// files changed, so a build need not stamp the whole site to find them.</summary>
/// <remarks>
/// Watching is cheap at any site size where stamping every file is not. <see cref="Flush"/> writes and removes a
/// marker file of its own name and waits for its event: events arrive in order, so every write made before it has been
/// counted. (A marker makes several events; with one name for all, the last flush's late ones ended the next too soon.)
/// Changes to the site-wide files no page shows are told apart: they reload no page, save the search index on the
/// search page.
/// </remarks>
public sealed partial class OutputWatcher : IDisposable
{
    private const string Marker = ".briefing-serve-flush";
    private const string SearchIndex = "search-index.js";

    // At the site's root; the search page reads the first.
    private static readonly HashSet<string> SiteWideData = new(StringComparer.Ordinal) { SearchIndex, "briefings.json", "feed.xml", "sitemap.xml", "robots.txt" };

    private readonly string folder;
    private FileSystemWatcher watcher;
    private long changes;
    private long pageChanges;
    private long searchIndexChanges;
    private long losses;
    private Awaited? flushed;
    private long flushes;
    private readonly Lock gate = new();
    private readonly Lock flushing = new();

    // The files named by events since the last TakeChanged, by path in the site; null once an event was lost.
    private HashSet<string>? named = new(StringComparer.Ordinal);

    public OutputWatcher(string folder)
    {
        this.folder = folder;
        watcher = Watch();
    }

    /// <summary>How many changes have been seen; compare two readings taken around a build.</summary>
    public long Changes => Interlocked.Read(ref changes);

    /// <summary>How many changes have been seen to files a page shows: pages, the theme's files, anything but the site-wide data.</summary>
    public long PageChanges => Interlocked.Read(ref pageChanges);

    /// <summary>How many changes have been seen to the search index.</summary>
    public long SearchIndexChanges => Interlocked.Read(ref searchIndexChanges);

    /// <summary>How many times events were lost or a flush's marker came late, each counted as a change of every kind.</summary>
    public long Losses => Interlocked.Read(ref losses);

    /// <summary>Waits until the changes made so far are counted; on a lost marker, counts one change to be safe.</summary>
    /// <remarks>One flush at a time (a build in the background may flush while the rebuilder does): they share the marker.</remarks>
    public void Flush(TimeSpan timeout)
    {
        lock (flushing)
        {
            FlushAlone(timeout);
        }
    }

    private void FlushAlone(TimeSpan timeout)
    {
        var awaited = new Awaited($"{Marker}-{++flushes}", new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
        Volatile.Write(ref flushed, awaited);
        try
        {
            var marker = Path.Combine(folder, awaited.Marker);
            File.WriteAllBytes(marker, []);
            File.Delete(marker);
            if (awaited.Seen.Task.Wait(timeout))
            {
                return;
            }
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            // The output folder went away (or cannot be written): fall through and watch it afresh.
        }

        Lost();
        watcher.Dispose();
        watcher = Watch();
    }

    /// <summary>The files (paths in the site, forward slashes) that changed, were made or went since the last call (or
    /// since watching began), every change made before this call included; null when some may have gone unseen.</summary>
    public IReadOnlyCollection<string>? TakeChanged()
    {
        Flush(TimeSpan.FromSeconds(1));
        lock (gate)
        {
            var changed = named;
            named = new HashSet<string>(StringComparer.Ordinal);
            return changed;
        }
    }

    public void Dispose() => watcher.Dispose();

    private FileSystemWatcher Watch()
    {
        Directory.CreateDirectory(folder);
        var watching = RecursiveWatcher.Over(folder);
        watching.Changed += (_, e) => Seen(e.Name);
        watching.Created += (_, e) => Seen(e.Name);
        watching.Deleted += (_, e) => Seen(e.Name);
        watching.Renamed += (_, e) =>
        {
            Named(e.OldName);
            Seen(e.Name);
        };
        watching.Error += (_, _) => Lost();
        watching.EnableRaisingEvents = true;
        return watching;
    }

    private void Seen(string? name)
    {
        if (name is not null && name.StartsWith(Marker, StringComparison.Ordinal))
        {
            if (Volatile.Read(ref flushed) is { } awaited && awaited.Marker == name)
            {
                awaited.Seen.TrySetResult();
            }
        }
        else
        {
            Named(name);
            Interlocked.Increment(ref changes);
            var file = name is null ? null : TemporaryName().Match(name) is { Success: true } temporary ? temporary.Groups[1].Value : name;
            if (file is null || !SiteWideData.Contains(file))
            {
                Interlocked.Increment(ref pageChanges);
            }
            else if (file == SearchIndex)
            {
                Interlocked.Increment(ref searchIndexChanges);
            }
        }
    }

    private void Named(string? name)
    {
        lock (gate)
        {
            if (name is null)
            {
                named = null;
            }
            else
            {
                named?.Add(Path.DirectorySeparatorChar == '/' ? name : name.Replace(Path.DirectorySeparatorChar, '/'));
            }
        }
    }

    // Events were lost: count a change of every kind, to be safe.
    private void Lost()
    {
        Interlocked.Increment(ref losses);
        Named(null);
        Interlocked.Increment(ref changes);
        Interlocked.Increment(ref pageChanges);
        Interlocked.Increment(ref searchIndexChanges);
    }

    // The marker a flush waits for, and what its event sets.
    private sealed record Awaited(string Marker, TaskCompletionSource Seen);

    // The name a file is written under before it replaces its target (see AtomicFile): ".{name}.{process}.tmp".
    [System.Text.RegularExpressions.GeneratedRegex(@"^\.(.+)\.[0-9]+\.tmp$")]
    private static partial System.Text.RegularExpressions.Regex TemporaryName();
}
