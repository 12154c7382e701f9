using System.Security.Cryptography;
using BriefingSite.Cache;

namespace BriefingSite.Cli.Serve;

/// <summary>The last known content of each watched file, so a save that changes nothing (or a build's own write) starts no build.</summary>
/// <remarks>Filled lazily: a file first seen counts as changed. Not thread-safe; the rebuilder holds its lock.</remarks>
public sealed class SourceStamps
{
    private readonly Dictionary<string, Stamp> stamps = new(StringComparer.Ordinal);

    /// <summary>Records what the path now holds.</summary>
    /// <returns>True when that differs from what was recorded (a new, changed or deleted file, or a folder).</returns>
    public bool Update(string path)
    {
        if (Directory.Exists(path))
        {
            // A folder appeared or was renamed: what is in it is unknown, so rebuild.
            return true;
        }

        if (!File.Exists(path))
        {
            var gone = stamps.Keys.Where(k => k == path || k.StartsWith(path + Path.DirectorySeparatorChar, StringComparison.Ordinal)).ToList();
            gone.ForEach(k => stamps.Remove(k));
            return gone.Count > 0;
        }

        Stamp now;
        try
        {
            var stamp = FileStamp.Of(path);
            if (stamp is not null && stamps.TryGetValue(path, out var known) && known.File == stamp)
            {
                return false;
            }

            now = new Stamp(stamp, Hash(File.ReadAllBytes(path)));
        }
        catch (IOException)
        {
            // Still being written or just removed: its own next event says what it became.
            return true;
        }

        var changed = !stamps.TryGetValue(path, out var before) || before.Hash != now.Hash;
        stamps[path] = now;
        return changed;
    }

    /// <summary>Records that the path was just written with these bytes (by a build), whatever events about it come later.</summary>
    public void Record(string path, byte[] bytes) => stamps[path] = new Stamp(null, Hash(bytes));

    private static string Hash(byte[] bytes) => Convert.ToHexString(SHA256.HashData(bytes));

    private sealed record Stamp(FileStamp? File, string Hash);
}
