namespace BriefingSite.Cache;

/// <summary>Writes a cache file whole or not at all (a temporary file, then a rename), so a killed build never leaves half a cache.</summary>
public static class CacheFile
{
    public static void Write(string path, Action<BinaryWriter> write)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temporary = $"{path}.{Environment.ProcessId}.tmp";
        using (var writer = new BinaryWriter(new BufferedStream(File.Create(temporary), 1 << 16)))
        {
            write(writer);
        }

        File.Move(temporary, path, overwrite: true);
    }
}
