namespace BriefingSite.Cache;

/// <summary>
/// The file of a <see cref="FragmentStore"/>: the tool version, the table of words, each entry's key, word ids and
/// object length, then every object one after another, so the objects can be read later, and only when needed.
/// </summary>
internal static class FragmentFile
{
    /// <returns>The entries, the table of words, and the objects, read from the file when first asked for.</returns>
    /// <exception cref="FormatException">The file is damaged or was written by another build of the tool.</exception>
    public static (Dictionary<UInt128, FragmentStore.Entry> Entries, List<string> Words, Lazy<byte[]?> Objects) Read(string path)
    {
        var stamp = FileStamp.Of(path) ?? throw new FileNotFoundException("no fragment store", path);
        using var stream = new BufferedStream(File.OpenRead(path), 1 << 16);
        using var reader = new BinaryReader(stream);
        if (reader.ReadString() != ToolVersion.Id)
        {
            throw new FormatException("written by another build of the tool");
        }

        var words = new List<string>();
        for (var count = Count(reader, stamp); words.Count < count;)
        {
            words.Add(reader.ReadString());
        }

        var entryCount = Count(reader, stamp);
        var entries = new Dictionary<UInt128, FragmentStore.Entry>();
        var length = 0L;
        for (var entry = 0; entry < entryCount; entry++)
        {
            var key = new UInt128(upper: reader.ReadUInt64(), lower: reader.ReadUInt64());
            var ids = new int[Count(reader, stamp)];
            for (var at = 0; at < ids.Length; at++)
            {
                ids[at] = reader.Read7BitEncodedInt();
                if ((uint)ids[at] >= (uint)words.Count)
                {
                    throw new FormatException("a word id is out of the table");
                }
            }

            var size = Count(reader, stamp);
            entries[key] = new FragmentStore.Entry(ids, (int)length, size, null);
            length += size;
        }

        var start = stream.Position;
        if (start + length != stamp.Length || length > Array.MaxLength)
        {
            throw new FormatException("the objects are cut short");
        }

        return (entries, words, new Lazy<byte[]?>(() => Objects(path, stamp, start, (int)length)));
    }

    public static void Write(string path, IReadOnlyList<string> words, IReadOnlyList<(UInt128 Key, int[] Words, ReadOnlyMemory<byte> Json)> entries) =>
        CacheFile.Write(path, writer =>
        {
            writer.Write(ToolVersion.Id);
            writer.Write(words.Count);
            foreach (var word in words)
            {
                writer.Write(word);
            }

            writer.Write(entries.Count);
            foreach (var (key, ids, json) in entries)
            {
                writer.Write((ulong)(key >> 64));
                writer.Write((ulong)key);
                writer.Write(ids.Length);
                foreach (var id in ids)
                {
                    writer.Write7BitEncodedInt(id);
                }

                writer.Write(json.Length);
            }

            foreach (var (_, _, json) in entries)
            {
                writer.Write(json.Span);
            }
        });

    // A count can be no larger than the file: a damaged one must not ask for gigabytes.
    private static int Count(BinaryReader reader, FileStamp stamp)
    {
        var count = reader.ReadInt32();
        return count >= 0 && count <= stamp.Length ? count : throw new FormatException("a count is out of range");
    }

    // The objects as the file held them when it was read, or nothing when it has changed or cannot be read since.
    private static byte[]? Objects(string path, FileStamp stamp, long start, int length)
    {
        try
        {
            using var handle = File.OpenHandle(path);
            if (FileStamp.Of(path) != stamp)
            {
                return null;
            }

            var bytes = new byte[length];
            var read = 0;
            while (read < length && RandomAccess.Read(handle, bytes.AsSpan(read), start + read) is var count and > 0)
            {
                read += count;
            }

            return read == length ? bytes : null;
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
