namespace BriefingSite.Cache;

/// <summary>A file's size and last-write time: read without opening the file, and changed by any edit of it.</summary>
public readonly record struct FileStamp(long Length, long Ticks)
{
    public static FileStamp? Of(string path)
    {
        var file = new FileInfo(path);
        return file.Exists ? new FileStamp(file.Length, file.LastWriteTimeUtc.Ticks) : null;
    }

    /// <summary>True when the last write is older than <see cref="CachedExtraction.RacyWindow"/> at <paramref name="now"/> (UTC
    /// ticks): a file written more recently could change again within the file system's clock tick, unseen by its stamp.</summary>
    public bool SettledAt(long now) => now - Ticks >= CachedExtraction.RacyWindow.Ticks;
}
