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

    /// <summary>Writes the file, or leaves it as it was when the folder cannot be written: a cache is only ever a saving.</summary>
    /// <remarks>
    /// Every entry is checked against the file it stands for (stamps, hashes, the tool version), so an old cache file
    /// left in place makes the next build do more work, never the wrong work.
    /// </remarks>
    public static void Write(string path, Action<BinaryWriter> write)
    {
        var temporary = $"{path}.{Environment.ProcessId}.tmp";
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            using (var writer = new BinaryWriter(new BufferedStream(new FileStream(Publish.AtomicFile.CreateTemporary(temporary), FileAccess.Write), 1 << 16)))
            {
                write(writer);
            }

            File.Move(temporary, path, overwrite: true);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            try
            {
                File.Delete(temporary);
            }
            catch (Exception cleanup) when (cleanup is IOException or UnauthorizedAccessException)
            {
                // Nothing more to do: the next build writes over it.
            }
        }
    }
}
