namespace BriefingSite.Cache;

/// <summary>
/// For each page of the last build: a hash of everything it was rendered from, and the stamp of the file written.
/// A page whose hash is unchanged and whose file nobody touched need not be rendered or written again.
/// </summary>
public sealed class PageHashes
{
    private readonly Dictionary<string, (string Hash, FileStamp Stamp)> pages;

    private PageHashes(Dictionary<string, (string Hash, FileStamp Stamp)> pages) => this.pages = pages;

    public static PageHashes Empty() => new(new(StringComparer.Ordinal));

    public static PageHashes Load(string path)
    {
        var pages = new Dictionary<string, (string, FileStamp)>(StringComparer.Ordinal);
        try
        {
            using var reader = new BinaryReader(new BufferedStream(File.OpenRead(path), 1 << 16));
            if (reader.ReadString() != ToolVersion.Id)
            {
                return Empty();
            }

            var count = reader.ReadInt32();
            for (var i = 0; i < count; i++)
            {
                pages[reader.ReadString()] = (reader.ReadString(), new FileStamp(reader.ReadInt64(), reader.ReadInt64()));
            }
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException or EndOfStreamException or FormatException)
        {
            return Empty();
        }

        return new PageHashes(pages);
    }

    public string? HashOf(string page) => pages.TryGetValue(page, out var entry) ? entry.Hash : null;

    /// <summary>True when the page was last rendered from data with this hash and its file in the output folder is still that one.</summary>
    public bool IsCurrent(string page, string hash, string outputFolder) =>
        pages.TryGetValue(page, out var entry) && entry.Hash == hash && FileStamp.Of(Path.Combine(outputFolder, page)) == entry.Stamp;

    /// <summary>Replaces every entry with the pages of this build (the pages it no longer makes are forgotten).</summary>
    public void Record(string outputFolder, IEnumerable<(string Page, string Hash)> built)
    {
        var next = built.ToDictionary(
            p => p.Page,
            p => (p.Hash, FileStamp.Of(Path.Combine(outputFolder, p.Page)) ?? default),
            StringComparer.Ordinal);
        pages.Clear();
        foreach (var (page, entry) in next)
        {
            pages[page] = entry;
        }
    }

    public void Save(string path)
    {
        CacheFile.Write(path, writer =>
        {
            writer.Write(ToolVersion.Id);
            writer.Write(pages.Count);
            foreach (var (page, (hash, stamp)) in pages.OrderBy(p => p.Key, StringComparer.Ordinal))
            {
                writer.Write(page);
                writer.Write(hash);
                writer.Write(stamp.Length);
                writer.Write(stamp.Ticks);
            }
        });
    }
}
