namespace BriefingSite.Cache;

/// <summary>
/// A file of the build cache: a count of entries after the tool version. Written whole or not at all (a temporary
/// file, then a rename), so a killed build never leaves half a cache; read only when written by this build of the tool.
/// </summary>
public static class CacheFile
{
    /// <summary>Each entry of the file, or nothing when it is missing, damaged or written by another build of the tool.</summary>
    public static List<T> ReadEntries<T>(string path, Func<BinaryReader, T> readEntry)
    {
        try
        {
            using var reader = new BinaryReader(new BufferedStream(File.OpenRead(path), 1 << 16));
            if (reader.ReadString() != ToolVersion.Id)
            {
                return [];
            }

            var count = reader.ReadInt32();
            var entries = new List<T>(count);
            for (var i = 0; i < count; i++)
            {
                entries.Add(readEntry(reader));
            }

            return entries;
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException or EndOfStreamException or FormatException or ArgumentException)
        {
            // A missing or damaged cache only costs time: everything is made again.
            return [];
        }
    }

    public static void WriteEntries<T>(string path, IReadOnlyCollection<T> entries, Action<BinaryWriter, T> writeEntry) => Write(path, writer =>
    {
        writer.Write(ToolVersion.Id);
        writer.Write(entries.Count);
        foreach (var entry in entries)
        {
            writeEntry(writer, entry);
        }
    });

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
