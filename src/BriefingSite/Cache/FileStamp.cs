namespace BriefingSite.Cache;

/// <summary>A file's size and last-write time: read without opening the file, and changed by any edit of it.</summary>
public readonly record struct FileStamp(long Length, long Ticks)
{
    public static FileStamp? Of(string path)
    {
        var file = new FileInfo(path);
        return file.Exists ? new FileStamp(file.Length, file.LastWriteTimeUtc.Ticks) : null;
    }
}
