using System.Buffers;
using Microsoft.Win32.SafeHandles;

namespace BriefingSite.Publish;

/// <summary>Writes files whole or not at all: a temporary file beside the target, then a rename (a new file on Linux: see <see cref="UnnamedFile"/>).</summary>
public static class AtomicFile
{
    /// <summary>Writes the bytes unless the file already holds them; true when the file changed.</summary>
    public static bool Write(string path, ReadOnlyMemory<byte> content) => Write(path, [content]);

    /// <summary>As <see cref="Write(string, ReadOnlyMemory{byte})"/>, for the bytes of these pieces one after another.</summary>
    /// <param name="spare">Where the file's last-but-one version is kept, to be overwritten and swapped in (see <see cref="SpareFile"/>).</param>
    public static bool Write(string path, IReadOnlyList<ReadOnlyMemory<byte>> pieces, string? spare = null)
    {
        var target = new FileInfo(path);
        var length = Model.OutputFile.LengthOf(pieces);
        if (target.Exists && target.Length == length && Holds(path, pieces))
        {
            return false;
        }

        if (spare is not null && target.Exists && SpareFile.TryReplace(path, spare, pieces, length))
        {
            return true;
        }

        if (!target.Exists && UnnamedFile.TryCreate(path, pieces))
        {
            return true;
        }

        var temporary = Path.Combine(target.DirectoryName!, $".{target.Name}.{Environment.ProcessId}.tmp");
        try
        {
            WriteNew(temporary, pieces);
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

    /// <summary>As <see cref="Write(string, IReadOnlyList{ReadOnlyMemory{byte}})"/> for a file the caller found missing: written straight to its name.</summary>
    /// <remarks>
    /// For files no build reads back, such as the pages of the output site: no reader can hold a file that does not
    /// exist yet, and a run stopped during a first write leaves a short file whose stamp is not the one on record, so the
    /// next build renders that page again and replaces the file whole. A file there after all is replaced whole.
    /// </remarks>
    public static bool Create(string path, ReadOnlyMemory<byte> content) => Create(path, [content]);

    /// <summary>As <see cref="Create(string, ReadOnlyMemory{byte})"/>, for the bytes of these pieces one after another.</summary>
    public static bool Create(string path, IReadOnlyList<ReadOnlyMemory<byte>> pieces)
    {
        SafeFileHandle handle;
        try
        {
            handle = Open(path, FileMode.CreateNew);
        }
        catch (IOException) when (File.Exists(path))
        {
            return Write(path, pieces);
        }

        try
        {
            using (handle)
            {
                RandomAccess.Write(handle, pieces, 0);
            }

            return true;
        }
        catch
        {
            File.Delete(path);
            throw;
        }
    }

    // Pieces are written with one gathering call (pwritev), not joined first.
    private static void WriteNew(string file, IReadOnlyList<ReadOnlyMemory<byte>> pieces)
    {
        using var handle = CreateTemporary(file);
        RandomAccess.Write(handle, pieces, 0);
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

    // Compared through a pooled buffer, a piece at a time: an unchanged site is mostly reads, and a fresh array per file
    // would churn the heap.
    private static bool Holds(string path, IReadOnlyList<ReadOnlyMemory<byte>> pieces)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(pieces.Count == 0 ? 0 : pieces.Max(piece => piece.Length));
        try
        {
            using var handle = File.OpenHandle(path);
            var offset = 0L;
            foreach (var piece in pieces)
            {
                var read = 0;
                while (read < piece.Length && RandomAccess.Read(handle, buffer.AsSpan(read, piece.Length - read), offset + read) is var count and > 0)
                {
                    read += count;
                }

                if (read < piece.Length || !buffer.AsSpan(0, read).SequenceEqual(piece.Span))
                {
                    return false;
                }

                offset += read;
            }

            return true;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
