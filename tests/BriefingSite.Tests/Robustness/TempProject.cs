namespace BriefingSite.Tests.Robustness;

/// <summary>A throwaway project folder (seeds/, input/, output/) for feeding the pipeline bad files.</summary>
internal sealed class TempProject : IDisposable
{
    public TempProject() => Directory.CreateDirectory(Path.Combine(Root, "seeds"));

    public string Root { get; } = Directory.CreateTempSubdirectory("robust-").FullName;

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

    /// <summary>Every file under the root's parent that is not in this project: what a runaway write would add to.</summary>
    public IReadOnlyList<string> FilesBeside() =>
        Directory.EnumerateFileSystemEntries(Path.GetDirectoryName(Root)!, "*", SearchOption.TopDirectoryOnly)
            .Where(p => !p.StartsWith(Root, StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToList();

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

        Directory.Delete(Root, recursive: true);
    }
}
