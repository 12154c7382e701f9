using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace BriefingSite.Publish;

/// <summary>
/// Makes a new file whole in one step on Linux: the bytes go into an unnamed file in the target's folder (opened with
/// O_TMPFILE), which is then given its name (linkat through /proc/self/fd).
/// </summary>
/// <remarks>
/// A temporary file and a rename take the folder's lock twice, the first time while the file system looks for a free
/// inode; two threads writing into one folder then spend much of their time waiting on each other. An unnamed file gets
/// its inode outside the folder's lock and its name in one step, and a write that fails leaves nothing behind. Where it
/// is not available (another system, a file system without O_TMPFILE, no /proc), or the name is taken meanwhile, the
/// caller writes as usual.
/// </remarks>
internal static class UnnamedFile
{
    private const int CurrentFolder = -100; // AT_FDCWD: paths are taken as they are
    private const int FollowLink = 0x400; // AT_SYMLINK_FOLLOW: link the file /proc/self/fd/N stands for
    private const int ReadableByAll = 0x1B6; // 0666, less the umask, as .NET creates files
    private const int WriteOnly = 0x1, CloseOnExec = 0x80000;

    // O_TMPFILE includes O_DIRECTORY, whose value differs between architectures.
    private static readonly int? OpenFlags = RuntimeInformation.ProcessArchitecture switch
    {
        Architecture.X64 => 0x410000,
        Architecture.Arm64 => 0x404000,
        _ => null,
    };

    private static volatile bool unavailable = !OperatingSystem.IsLinux() || OpenFlags is null;

    /// <summary>Writes the pieces into a new file at <paramref name="path"/>, whole or not at all.</summary>
    /// <returns>False, with nothing written, when unnamed files are not available here, the folder is missing, or the name is taken.</returns>
    public static bool TryCreate(string path, IReadOnlyList<ReadOnlyMemory<byte>> pieces)
    {
        if (unavailable)
        {
            return false;
        }

        var full = Path.GetFullPath(path);
        int descriptor;
        try
        {
            descriptor = Open(Path.GetDirectoryName(full)!, OpenFlags!.Value | WriteOnly | CloseOnExec, ReadableByAll);
        }
        catch (Exception error) when (error is EntryPointNotFoundException or DllNotFoundException)
        {
            unavailable = true;
            return false;
        }

        if (descriptor < 0)
        {
            // A missing folder is the caller's to make; any other refusal means no unnamed files on this file system.
            unavailable |= Marshal.GetLastPInvokeError() != NoSuchFile;
            return false;
        }

        using var handle = new SafeFileHandle(descriptor, ownsHandle: true);
        RandomAccess.Write(handle, pieces, 0);
        if (Link(CurrentFolder, $"/proc/self/fd/{descriptor}", CurrentFolder, full, FollowLink) == 0)
        {
            return true;
        }

        // The name was taken meanwhile; otherwise /proc is missing or links are refused here.
        unavailable |= Marshal.GetLastPInvokeError() != NameTaken;
        return false;
    }

    private const int NoSuchFile = 2, NameTaken = 17; // ENOENT, EEXIST

    // DllImport rather than LibraryImport, whose generated code needs unsafe blocks; paths go as UTF-8, as on Unix they are.
    [DllImport("libc", EntryPoint = "open", SetLastError = true)]
    private static extern int Open([MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags, int mode);

    [DllImport("libc", EntryPoint = "linkat", SetLastError = true)]
    private static extern int Link(int oldFolder, [MarshalAs(UnmanagedType.LPUTF8Str)] string oldPath, int newFolder, [MarshalAs(UnmanagedType.LPUTF8Str)] string newPath, int flags);
}
