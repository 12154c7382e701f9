using System.Diagnostics;

namespace BriefingSite;

/// <summary>
/// With BRIEFING_TIMINGS=1 in the environment, writes how long each phase of a run took to standard error, with the
/// CPU time it used, what it allocated and how long the garbage collector paused it (and, at the end, what the garbage collector did), so a slow build can be taken apart without a profiler.
/// Otherwise does nothing.
/// </summary>
public static class PhaseClock
{
    private static readonly bool On = Environment.GetEnvironmentVariable("BRIEFING_TIMINGS") == "1";
    private static readonly DateTime Started = Process.GetCurrentProcess().StartTime.ToUniversalTime();
    private static TimeSpan last;
    private static TimeSpan lastCpu;
    private static TimeSpan lastSystem;
    private static long lastAllocated;
    private static TimeSpan lastPaused;
    private static (int, int, int) lastCollections;

    /// <summary>Ends the phase running since the last mark (or since the process started), under this name.</summary>
    public static void Mark(string phase)
    {
        if (!On)
        {
            return;
        }

        lock (Started.GetType())
        {
            // CPU time and allocations hold steadier than wall time on a busy machine.
            var now = DateTime.UtcNow - Started;
            using var process = Process.GetCurrentProcess();
            var (cpu, system) = (process.TotalProcessorTime, process.PrivilegedProcessorTime);
            var allocated = GC.GetTotalAllocatedBytes();
            var paused = GC.GetTotalPauseDuration();
            var collections = Collections();
            Console.Error.WriteLine($"  {phase,-28} {(now - last).TotalSeconds,6:F2} s  cpu {(cpu - lastCpu).TotalSeconds,6:F2} s (system {(system - lastSystem).TotalSeconds,5:F2} s)  allocated {(allocated - lastAllocated) / 1e9,5:F2} GB  gc paused {(paused - lastPaused).TotalSeconds,5:F2} s {Since(collections, lastCollections)}");
            (last, lastCpu, lastSystem, lastAllocated, lastPaused, lastCollections) = (now, cpu, system, allocated, paused, collections);
        }
    }

    // Collections by the oldest generation they collected: a gen1 collection counts in CollectionCount(0) too.
    private static (int Young, int Gen1, int Full) Collections() =>
        (GC.CollectionCount(0) - GC.CollectionCount(1), GC.CollectionCount(1) - GC.CollectionCount(2), GC.CollectionCount(2));

    private static string Since((int Young, int Gen1, int Full) now, (int Young, int Gen1, int Full) then) =>
        now == then ? "" : $"({now.Young - then.Young} gen0, {now.Gen1 - then.Gen1} gen1, {now.Full - then.Full} gen2)";

    /// <summary>Writes a line of its own (work between phases, such as a collection while idle).</summary>
    public static void Note(string line)
    {
        if (On)
        {
            Console.Error.WriteLine("  " + line);
        }
    }

    /// <summary>Writes the garbage collector's counts, pauses and allocations for the whole run.</summary>
    public static void Finish()
    {
        if (On)
        {
            // What the last collection left: the heap's size, how much of it the collection kept, and the memory the
            // heap had committed, which a build's peak memory follows (docs/benchmarks.md, eighth round).
            var last = GC.GetGCMemoryInfo();
            Console.Error.WriteLine($"  gc: {GC.CollectionCount(0)} gen0, {GC.CollectionCount(1)} gen1, {GC.CollectionCount(2)} gen2, " +
                $"paused {GC.GetTotalPauseDuration().TotalSeconds:F2} s, allocated {GC.GetTotalAllocatedBytes() / 1e9:F1} GB; " +
                $"after the last (gen{last.Generation}): heap {last.HeapSizeBytes / 1e9:F2} GB, {last.PromotedBytes / 1e9:F2} GB of it kept, committed {last.TotalCommittedBytes / 1e9:F2} GB");
            Console.Error.WriteLine($"  jit: {System.Runtime.JitInfo.GetCompiledMethodCount()} methods compiled in {System.Runtime.JitInfo.GetCompilationTime().TotalSeconds:F2} s");
        }
    }
}
