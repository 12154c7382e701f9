namespace BriefingSite.Render;

/// <summary>The theme's files: the default theme embedded in this library, overridden file by file by a site's theme folder.</summary>
public sealed class Theme
{
    private readonly Dictionary<string, byte[]> files;

    private Theme(Dictionary<string, byte[]> files) => this.files = files;

    /// <summary>Paths relative to the theme root, forward slashes, sorted.</summary>
    public IEnumerable<string> Paths => files.Keys.Order(StringComparer.Ordinal);

    public static Theme Load(string? siteThemeFolder)
    {
        var files = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        var assembly = typeof(Theme).Assembly;
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith("theme/", StringComparison.Ordinal)))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            files[name["theme/".Length..].Replace('\\', '/')] = buffer.ToArray();
        }

        if (siteThemeFolder is not null && Directory.Exists(siteThemeFolder))
        {
            foreach (var path in Directory.EnumerateFiles(siteThemeFolder, "*", SearchOption.AllDirectories))
            {
                files[Path.GetRelativePath(siteThemeFolder, path).Replace('\\', '/')] = File.ReadAllBytes(path);
            }
        }

        return new Theme(files);
    }

    private byte[]? digest;

    /// <summary>A SHA-256 of every file's path and bytes: what any page made with the theme depends on.</summary>
    public byte[] Digest => digest ??= MakeDigest();

    public bool Has(string path) => files.ContainsKey(path);

    public byte[] Bytes(string path) => files[path];

    public string Text(string path) => System.Text.Encoding.UTF8.GetString(files[path]);

    private byte[] MakeDigest()
    {
        using var hash = System.Security.Cryptography.IncrementalHash.CreateHash(System.Security.Cryptography.HashAlgorithmName.SHA256);
        foreach (var path in Paths)
        {
            hash.AppendData(System.Text.Encoding.UTF8.GetBytes(path));
            hash.AppendData(files[path]);
        }

        return hash.GetHashAndReset();
    }
}
