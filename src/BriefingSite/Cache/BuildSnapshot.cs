using System.Buffers.Binary;
using System.IO.Hashing;
using System.Runtime.InteropServices;
using System.Text.Json;

namespace BriefingSite.Cache;

/// <summary>
/// The stamps of every file a build reads (articles, content folder, theme) and the names of those it writes (output),
/// with the tool version and options. When a new snapshot equals the last build's, the site on disk is already what a
/// build would make.
/// </summary>
/// <remarks>
/// The site's files are the build's own product: a page deleted, or a file added, is seen; a page changed in place by
/// hand is not, until a build renders (one whose sources changed, or after that page is deleted). Their names come from
/// the folder's listing alone, without asking for the size and time of each of a large site's 27,000 files.
/// </remarks>
public sealed class BuildSnapshot
{
    private readonly string header;

    private BuildSnapshot(string header, Dictionary<string, FileStamp> sources, Dictionary<string, FileStamp> content, Dictionary<string, FileStamp> output, Dictionary<string, FileStamp> articles)
    {
        this.header = header;
        Sources = sources;
        Content = content;
        Output = output;
        Articles = articles;
    }

    /// <summary>The articles' stamps as read, by path relative to the articles folder (for extraction, which needs them too).</summary>
    public Dictionary<string, FileStamp> Articles { get; }

    /// <summary>Articles and theme files, by "articles/…" and "theme/…".</summary>
    public Dictionary<string, FileStamp> Sources { get; }

    /// <summary>Briefings, entity files and the edit state of the content folder.</summary>
    public Dictionary<string, FileStamp> Content { get; }

    /// <summary>The site's files, each with an empty stamp (see the remarks).</summary>
    public Dictionary<string, FileStamp> Output { get; }

    /// <summary>
    /// The stamps as they are now. An article or theme file written within <see cref="CachedExtraction.RacyWindow"/>
    /// gets a stamp that matches nothing: it could change again within the file system's clock tick, unseen.
    /// </summary>
    /// <param name="outputStamps">The output folder's stamps when the caller has them (see <see cref="WatchedOutput"/>): its names are taken from them rather than listed.</param>
    public static BuildSnapshot Take(BuildOptions options, Dictionary<string, FileStamp>? outputStamps = null)
    {
        var articles = Path.GetFullPath(options.Articles, options.Root);
        var content = Path.GetFullPath(options.Content, options.Root);
        var output = Path.GetFullPath(options.Output, options.Root);
        var theme = options.Theme is null ? null : Path.GetFullPath(options.Theme, options.Root);
        var header = string.Join('\n', ToolVersion.Id, articles, content, output, theme, JsonSerializer.Serialize(options.Settings, CacheJson.Default.SiteSettings));

        // The folders are read side by side: each is mostly one large folder, read by one thread.
        var contentStamps = Task.Run(() => FolderStamps.Of(content, IsOwnFile));
        var outputNames = outputStamps is null
            ? Task.Run(() => FolderStamps.Of(output, IsOwnFile, stamped: false))
            : Task.FromResult(outputStamps.Keys.Where(IsOwnFile).ToDictionary(path => path, _ => default(FileStamp), StringComparer.Ordinal));
        var articleStamps = FolderStamps.Of(articles, IsOwnFile);
        var sources = new Dictionary<string, FileStamp>(articleStamps.Count, StringComparer.Ordinal);
        var now = DateTime.UtcNow.Ticks;
        FileStamp Trusted(FileStamp stamp) => stamp.SettledAt(now) ? stamp : stamp with { Ticks = -now };
        foreach (var (path, stamp) in articleStamps)
        {
            sources["articles/" + path] = Trusted(stamp);
        }

        if (theme is not null)
        {
            foreach (var (path, stamp) in FolderStamps.Of(theme, IsOwnFile))
            {
                sources["theme/" + path] = Trusted(stamp);
            }
        }

        return new BuildSnapshot(header, sources, contentStamps.Result, outputNames.Result, articleStamps);
    }

    /// <summary>This snapshot with the files the build wrote and deleted as they are now; the sources as they were.</summary>
    /// <remarks>
    /// Only the files the build touched are looked at again: a site of 27,000 pages is not walked twice. A source edited
    /// while the build ran keeps its old stamp here, so the next build sees the edit.
    /// </remarks>
    public BuildSnapshot AfterBuild(BuildOptions options, IReadOnlyList<string> writtenContent, IEnumerable<string> writtenOutput, IEnumerable<string> deletedOutput)
    {
        var contentFolder = Path.GetFullPath(options.Content, options.Root);
        var outputFolder = Path.GetFullPath(options.Output, options.Root);
        var content = Restamped(Content, contentFolder, writtenContent.Append(Publish.EditState.FileName), [], stamped: true);
        return new BuildSnapshot(header, Sources, content, Restamped(Output, outputFolder, writtenOutput, deletedOutput, stamped: false), Articles);
    }

    private static Dictionary<string, FileStamp> Restamped(Dictionary<string, FileStamp> stamps, string folder, IEnumerable<string> written, IEnumerable<string> deleted, bool stamped)
    {
        var now = new Dictionary<string, FileStamp>(stamps, StringComparer.Ordinal);
        foreach (var path in deleted)
        {
            now.Remove(path);
        }

        // The site's files keep no stamp, only their names: a file this build wrote is there, and is not asked for its
        // stamp (27,000 of them in a large site).
        if (!stamped)
        {
            foreach (var path in written.Where(IsOwnFile))
            {
                now[path] = default;
            }

            return now;
        }

        foreach (var (path, stamp) in written.Distinct(StringComparer.Ordinal).AsParallel().Select(p => (p, FileStamp.Of(Path.Combine(folder, p)))).ToList())
        {
            if (stamp is { } found && IsOwnFile(path))
            {
                now[path] = found;
            }
            else
            {
                now.Remove(path);
            }
        }

        return now;
    }

    /// <summary>A digest of the header and every path with its stamp, whatever order the folders were listed in.</summary>
    /// <remarks>
    /// Each folder's part is the count of its files and the sum of one hash per file (path, size, time): the same for
    /// any order, without sorting tens of thousands of paths. A change to any file changes its hash, and so the sum,
    /// but for a chance of about one in 2^128.
    /// </remarks>
    public string Digest() => DigestOf(header, Sources, Content, Output);

    internal static string DigestOf(string header, params Dictionary<string, FileStamp>[] folders)
    {
        using var digest = new DigestBuilder();
        digest.Text(header);
        foreach (var stamps in folders)
        {
            digest.Number(stamps.Count);
            var sum = SumOfHashes(stamps);
            digest.Number((long)(ulong)sum);
            digest.Number((long)(ulong)(sum >> 64));
        }

        return digest.FinishHex();
    }

    private static UInt128 SumOfHashes(Dictionary<string, FileStamp> stamps)
    {
        UInt128 sum = 0;
        var entry = new byte[1024];
        foreach (var (path, stamp) in stamps)
        {
            var size = path.Length * sizeof(char) + 2 * sizeof(long);
            if (size > entry.Length)
            {
                entry = new byte[size * 2];
            }

            var bytes = entry.AsSpan(0, size);
            MemoryMarshal.AsBytes(path.AsSpan()).CopyTo(bytes);
            BinaryPrimitives.WriteInt64LittleEndian(bytes[^16..], stamp.Length);
            BinaryPrimitives.WriteInt64LittleEndian(bytes[^8..], stamp.Ticks);
            sum += XxHash128.HashToUInt128(bytes);
        }

        return sum;
    }

    // The lock and temporary files come and go with every run; the cache folder is the build's own.
    private static bool IsOwnFile(string relative) =>
        !relative.EndsWith(".tmp", StringComparison.Ordinal)
        && relative != Publish.ContentLock.FileName
        && !relative.StartsWith(BuildCache.FolderName + "/", StringComparison.Ordinal);
}
