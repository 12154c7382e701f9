using Microsoft.Diagnostics.Tracing.Etlx;
using Microsoft.Diagnostics.Tracing.Parsers.Clr;

namespace BriefingSite.Benchmarks;

/// <summary>
/// Reads a trace that dotnet-trace's gc-verbose profile wrote (see bench/alloc-profile.sh): the bytes allocated by the
/// first method of the project on each sampled allocation's stack, by type and that method (and of large objects alone),
/// and the collections by kind.
/// </summary>
/// <remarks>The runtime samples one allocation per 100 KB or so: the bytes are estimates, good to compare sites.</remarks>
public static class AllocationProfile
{
    public static void Run(string trace, int rows = 40)
    {
        using var log = new TraceLog(TraceLog.CreateFromEventPipeDataFile(trace));
        var byMethod = new Dictionary<string, double>(StringComparer.Ordinal);
        var byTypeAndMethod = new Dictionary<string, double>(StringComparer.Ordinal);
        var large = new Dictionary<string, double>(StringComparer.Ordinal);
        var collections = new Dictionary<string, int>(StringComparer.Ordinal);
        var sinceLast = new Dictionary<string, double>(StringComparer.Ordinal);
        var fullCollections = new List<string>();
        double total = 0;
        foreach (var data in log.Events)
        {
            if (data is GCStartTraceData start)
            {
                var kind = $"gen{start.Depth} {start.Reason} {start.Type}";
                collections[kind] = collections.GetValueOrDefault(kind) + 1;
                if (start.Depth == 2)
                {
                    var before = string.Join("; ", sinceLast.OrderByDescending(l => l.Value).Take(3).Select(l => $"{l.Value / 1e6:0.0} MB {l.Key}"));
                    fullCollections.Add($"{total / 1e6,6:0} MB  {start.Reason}  large objects since the last collection: {(before.Length == 0 ? "none sampled" : before)}");
                }

                sinceLast.Clear();
                continue;
            }

            if (data is not GCAllocationTickTraceData tick)
            {
                continue;
            }

            var bytes = (double)(tick.AllocationAmount64 > 0 ? tick.AllocationAmount64 : tick.AllocationAmount);
            total += bytes;
            var method = FirstProjectMethod(data.CallStack()) ?? "(outside the project)";
            byMethod[method] = byMethod.GetValueOrDefault(method) + bytes;
            var key = $"{tick.TypeName} <- {method}";
            byTypeAndMethod[key] = byTypeAndMethod.GetValueOrDefault(key) + bytes;
            if (tick.AllocationKind == GCAllocationKind.Large)
            {
                large[key] = large.GetValueOrDefault(key) + bytes;
                sinceLast[key] = sinceLast.GetValueOrDefault(key) + bytes;
            }
        }

        Console.WriteLine($"{total / 1e6:0} MB allocated (sampled)");
        Console.WriteLine("--- collections");
        foreach (var (kind, count) in collections.OrderBy(c => c.Key, StringComparer.Ordinal))
        {
            Console.WriteLine($"{count,6}  {kind}");
        }

        Console.WriteLine("--- full collections: allocated before each, its reason, and what large objects came since the collection before it");
        fullCollections.ForEach(Console.WriteLine);
        Print("by the project's first method on the stack", byMethod, rows);
        Print("by type and that method", byTypeAndMethod, rows);
        Print("large objects (the large object heap; its budget spent starts a full collection), by type and method", large, rows);
    }

    private static string? FirstProjectMethod(TraceCallStack? stack)
    {
        for (var frame = stack; frame is not null; frame = frame.Caller)
        {
            var name = frame.CodeAddress.FullMethodName;
            if (name.StartsWith("BriefingSite.", StringComparison.Ordinal))
            {
                return name.Length > 160 ? name[..160] : name;
            }
        }

        return null;
    }

    private static void Print(string title, Dictionary<string, double> bytes, int rows)
    {
        Console.WriteLine($"--- {title}");
        foreach (var (name, amount) in bytes.OrderByDescending(b => b.Value).Take(rows))
        {
            Console.WriteLine($"{amount / 1e6,7:0} MB  {name}");
        }
    }
}
