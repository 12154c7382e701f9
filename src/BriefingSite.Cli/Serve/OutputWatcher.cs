namespace BriefingSite.Cli.Serve;

/// <summary>Counts changes to the output folder, so a build that left the site as it was reloads no page.</summary>
/// <remarks>
/// Watching is cheap at any site size where stamping every file is not. <see cref="Flush"/> writes and removes a
/// marker file and waits for its event: events arrive in order, so every write made before it has been counted.
/// </remarks>
public sealed class OutputWatcher : IDisposable
{
    private const string Marker = ".briefing-serve-flush";

    private readonly string folder;
    private FileSystemWatcher watcher;
    private long changes;
    private TaskCompletionSource? flushed;

    public OutputWatcher(string folder)
    {
        this.folder = folder;
        watcher = Watch();
    }

    /// <summary>How many changes have been seen; compare two readings taken around a build.</summary>
    public long Changes => Interlocked.Read(ref changes);

    /// <summary>Waits until the changes made so far are counted; on a lost marker, counts one change to be safe.</summary>
    public void Flush(TimeSpan timeout)
    {
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        Volatile.Write(ref flushed, done);
        try
        {
            var marker = Path.Combine(folder, Marker);
            File.WriteAllBytes(marker, []);
            File.Delete(marker);
            if (done.Task.Wait(timeout))
            {
                return;
            }
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            // The output folder went away (or cannot be written): fall through and watch it afresh.
        }

        Interlocked.Increment(ref changes);
        watcher.Dispose();
        watcher = Watch();
    }

    public void Dispose() => watcher.Dispose();

    private FileSystemWatcher Watch()
    {
        Directory.CreateDirectory(folder);
        var watching = RecursiveWatcher.Over(folder);
        watching.Changed += (_, e) => Seen(e.Name);
        watching.Created += (_, e) => Seen(e.Name);
        watching.Deleted += (_, e) => Seen(e.Name);
        watching.Renamed += (_, e) => Seen(e.Name);
        watching.Error += (_, _) => Interlocked.Increment(ref changes);
        watching.EnableRaisingEvents = true;
        return watching;
    }

    private void Seen(string? name)
    {
        if (name == Marker)
        {
            Volatile.Read(ref flushed)?.TrySetResult();
        }
        else
        {
            Interlocked.Increment(ref changes);
        }
    }
}
