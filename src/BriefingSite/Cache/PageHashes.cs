namespace BriefingSite.Cache;

/// <summary>
/// For each page of the last build: a hash of everything it was rendered from, and the stamp of the file written.
/// A page whose hash is unchanged and whose file nobody touched need not be rendered or written again.
/// </summary>
public sealed class PageHashes
{
    private readonly Dictionary<string, (string Hash, FileStamp Stamp)> pages;

    private PageHashes(Dictionary<string, (string Hash, FileStamp Stamp)> pages) => this.pages = pages;

    public static PageHashes Load(string path) => new(CacheFile.ReadEntries(path, reader =>
        (Page: reader.ReadString(), Hash: reader.ReadString(), Stamp: new FileStamp(reader.ReadInt64(), reader.ReadInt64())))
        .DistinctBy(e => e.Page, StringComparer.Ordinal).ToDictionary(e => e.Page, e => (e.Hash, e.Stamp), StringComparer.Ordinal));

    /// <summary>True when the page was last rendered from data with this hash and its file in the output folder is still that one.</summary>
    /// <param name="stamp">The stamp of the page's file as it is now (null when there is none).</param>
    public bool IsCurrent(string page, string hash, FileStamp? stamp) =>
        pages.TryGetValue(page, out var entry) && entry.Hash == hash && stamp == entry.Stamp;

    /// <summary>Replaces every entry with the pages of this build (the pages it no longer makes are forgotten).</summary>
    /// <param name="untouched">Pages this build found current and left alone: their files keep the stamps on record.</param>
    public void Record(string outputFolder, IEnumerable<(string Page, string Hash)> built, IReadOnlySet<string> untouched)
    {
        var next = built.AsParallel().AsOrdered().Select(p => (p.Page, p.Hash, Stamp: untouched.Contains(p.Page) && pages.TryGetValue(p.Page, out var known)
            ? known.Stamp
            : FileStamp.Of(Path.Combine(outputFolder, p.Page)) ?? default)).ToList();
        pages.Clear();
        foreach (var (page, hash, stamp) in next)
        {
            pages[page] = (hash, stamp);
        }
    }

    public void Save(string path) =>
        CacheFile.WriteEntries(path, pages.OrderBy(p => p.Key, StringComparer.Ordinal).ToList(), (writer, page) =>
        {
            writer.Write(page.Key);
            writer.Write(page.Value.Hash);
            writer.Write(page.Value.Stamp.Length);
            writer.Write(page.Value.Stamp.Ticks);
        });
}
