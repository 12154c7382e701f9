using System.Buffers;
using Microsoft.Win32.SafeHandles;

namespace BriefingSite.Publish;

/// <summary>Writes files whole or not at all: a temporary file beside the target, then a rename.</summary>
public static class AtomicFile
{
    /// <summary>Writes the bytes unless the file already holds them; true when the file changed.</summary>
    public static bool Write(string path, ReadOnlySpan<byte> content)
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

    /// <summary>As <see cref="Write(string, ReadOnlySpan{byte})"/> for a file the caller found missing: written straight to its name.</summary>
    /// <remarks>
    /// For files no build reads back, such as the pages of the output site: no reader can hold a file that does not
    /// exist yet, and a run stopped during a first write leaves a short file whose stamp is not the one on record, so the
    /// next build renders that page again and replaces the file whole. A file there after all is replaced whole.
    /// </remarks>
    public static bool Create(string path, ReadOnlySpan<byte> content)
    {
        SafeFileHandle handle;
        try
        {
            handle = Open(path, FileMode.CreateNew);
        }
        catch (IOException) when (File.Exists(path))
        {
            return Write(path, content);
        }

        try
        {
            using (handle)
            {
                RandomAccess.Write(handle, content, 0);
            }

            return true;
        }
        catch
        {
            File.Delete(path);
            throw;
        }
    }

    private static void WriteNew(string file, ReadOnlySpan<byte> content)
    {
        using var handle = CreateTemporary(file);
        RandomAccess.Write(handle, content, 0);
    }

    /// <summary>Opens a new temporary file for writing, first removing one a stopped run left under that name.</summary>
    /// <remarks>
    /// Made new rather than truncated: .NET truncates a file opened with <see cref="FileMode.Create"/> after locking it,
    /// and ext4 flushes a truncated file that was written again when it is closed (its auto_da_alloc), which cost a
    /// flush per briefing and per cache file.
    /// </remarks>
    public static SafeFileHandle CreateTemporary(string file)
    {
        try
        {
            return Open(file, FileMode.CreateNew);
        }
        catch (IOException) when (File.Exists(file))
        {
            File.Delete(file);
            return Open(file, FileMode.CreateNew);
        }
    }

    // The folder is made only when it is missing: asking for it on every write costs a system call per file.
    private static SafeFileHandle Open(string file, FileMode mode, bool makeFolder = true)
    {
        try
        {
            return File.OpenHandle(file, mode, FileAccess.Write, FileShare.None);
        }
        catch (DirectoryNotFoundException) when (makeFolder)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            return Open(file, mode, makeFolder: false);
        }
    }

    // Compared through a pooled buffer: an unchanged site is mostly reads, and a fresh array per file would churn the heap.
    private static bool Holds(string path, ReadOnlySpan<byte> content)
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
