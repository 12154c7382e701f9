namespace BriefingSite.Cli.Serve;

/// <summary>Size and write time of every file of the output folder: two stamps differ when a build changed the site.</summary>
/// <remarks>Enough because the site writer replaces only files whose bytes changed and deletes stale ones.</remarks>
public sealed class OutputStamp
{
    private readonly Dictionary<string, (long Length, DateTime Written)> files;

    private OutputStamp(Dictionary<string, (long, DateTime)> files) => this.files = files;

    public static OutputStamp Take(string folder)
    {
        var files = new Dictionary<string, (long, DateTime)>(StringComparer.Ordinal);
        if (Directory.Exists(folder))
        {
            foreach (var info in new DirectoryInfo(folder).EnumerateFiles("*", SearchOption.AllDirectories))
            {
                files[info.FullName] = (info.Length, info.LastWriteTimeUtc);
            }
        }

        return new OutputStamp(files);
    }

    public bool SameAs(OutputStamp other) =>
        files.Count == other.files.Count && files.All(f => other.files.TryGetValue(f.Key, out var o) && o == f.Value);
}
