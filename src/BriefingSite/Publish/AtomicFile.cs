using System.Buffers;

namespace BriefingSite.Publish;

/// <summary>Writes files whole or not at all: a temporary file beside the target, then a rename.</summary>
public static class AtomicFile
{
    /// <summary>Writes the bytes unless the file already holds them; true when the file changed.</summary>
    public static bool Write(string path, byte[] content)
    {
        var target = new FileInfo(path);
        if (target.Exists && target.Length == content.Length && Holds(path, content))
        {
            return false;
        }

        var temporary = Path.Combine(target.DirectoryName!, $".{target.Name}.{Environment.ProcessId}.tmp");
        try
        {
            WriteNew(temporary, content);
            File.Move(temporary, path, overwrite: true);
            return true;
        }
        catch
        {
            File.Delete(temporary);
            throw;
        }
    }

    public static bool Write(string path, string text) => Write(path, System.Text.Encoding.UTF8.GetBytes(text));

    // The folder is made only when it is missing: asking for it on every write costs a system call per file.
    private static void WriteNew(string file, byte[] content, bool makeFolder = true)
    {
        try
        {
            using var handle = File.OpenHandle(file, FileMode.Create, FileAccess.Write, FileShare.None);
            RandomAccess.Write(handle, content, 0);
        }
        catch (DirectoryNotFoundException) when (makeFolder)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            WriteNew(file, content, makeFolder: false);
        }
    }

    // Compared through a pooled buffer: an unchanged site is mostly reads, and a fresh array per file would churn the heap.
    private static bool Holds(string path, byte[] content)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(content.Length);
        try
        {
            using var handle = File.OpenHandle(path);
            var read = 0;
            while (read < content.Length && RandomAccess.Read(handle, buffer.AsSpan(read, content.Length - read), read) is var count and > 0)
            {
                read += count;
            }

            return read == content.Length && buffer.AsSpan(0, read).SequenceEqual(content);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
