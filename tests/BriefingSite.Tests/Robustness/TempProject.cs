using BriefingSite.Cache;

namespace BriefingSite.Tests.Robustness;

/// <summary>A throwaway project folder (seeds/, input/, output/) for feeding the pipeline bad files.</summary>
internal sealed class TempProject : IDisposable
{
    // The project sits one level down, so that anything written beside it shows up in a folder no one else uses.
    private readonly string outer = Directory.CreateTempSubdirectory("robust-").FullName;

    public TempProject()
    {
        Root = Path.Combine(outer, "project");
        Directory.CreateDirectory(Path.Combine(Root, "seeds"));
    }

    public string Root { get; }

    public BuildOptions Options => new() { Root = Root, Theme = null };

    public string Input => Path.Combine(Root, "input");

    public string Output => Path.Combine(Root, "output");

    public string Write(string relative, string text) => Write(relative, System.Text.Encoding.UTF8.GetBytes(text));

    public string Write(string relative, byte[] bytes)
    {
        var path = Path.Combine(Root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    /// <summary>Files and folders beside the project and in its root: where a runaway write would land.</summary>
    public IReadOnlyList<string> FilesOutside() =>
        Directory.EnumerateFileSystemEntries(outer).Concat(Directory.EnumerateFileSystemEntries(Root))
            .Where(p => Path.GetFileName(p) is not ("project" or "seeds" or "input" or "output" or BuildCache.FolderName)).Order(StringComparer.Ordinal).ToList();

    public void Dispose()
    {
        // A test may have made a file unreadable; give it back so the folder can go.
        foreach (var file in Directory.EnumerateFiles(Root, "*", SearchOption.AllDirectories))
        {
            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(file, UnixFileMode.UserRead | UnixFileMode.UserWrite);
            }
        }

        Directory.Delete(outer, recursive: true);
    }
}
