using System.Buffers;
using System.Collections.Concurrent;
using System.Security.Cryptography;
using BriefingSite.Cache;
using BriefingSite.Ingest;
using BriefingSite.Model;

namespace BriefingSite.Publish;

/// <summary>The content folder (input/): briefings as &lt;slug&gt;.md, hand-written entity pages in entities/, and the edit state.</summary>
/// <param name="parsed">Briefings read by earlier builds, reused for files whose bytes are unchanged; null to read every file.</param>
public sealed class ContentFolder(string path, string root, BriefingStore? parsed = null)
{
    public const string EntitiesFolder = "entities";

    public string Path { get; } = System.IO.Path.GetFullPath(path, root);

    /// <summary>The project root, which diagnostics name files relative to.</summary>
    public string Root { get; } = root;

    /// <summary>Briefing files that could not be read on the last load: never written over.</summary>
    public IReadOnlySet<string> BrokenFiles => broken;

    private readonly HashSet<string> broken = new(StringComparer.Ordinal);

    // The stamp of each file this object wrote, taken just after writing it, with the hash of the bytes written: the load
    // after a merge takes those files' entries from the cache rather than reading them back and hashing them again.
    private readonly ConcurrentDictionary<string, (FileStamp Stamp, string Hash)> written = new(StringComparer.Ordinal);

    /// <summary>Every readable briefing with the file it came from; each broken file adds diagnostics and is skipped.</summary>
    /// <param name="stamps">The folder's stamps as the build's snapshot just took them (by path relative to it), so that a
    /// large folder is not asked for them twice; a file not among them is asked for its own. Only for a folder no one
    /// wrote since: a file the build itself wrote must be looked at again.</param>
    public IReadOnlyList<(string File, Briefing Briefing)> LoadBriefings(List<Diagnostic> diagnostics, IReadOnlyDictionary<string, FileStamp>? stamps = null)
    {
        var briefings = new List<(string, Briefing)>();
        if (!Directory.Exists(Path))
        {
            return briefings;
        }

        // Files are read and parsed in parallel, each with its own diagnostics; results, diagnostics and the cache are then taken in file-name order.
        var now = DateTime.UtcNow.Ticks;
        var keys = new HashSet<string>(StringComparer.Ordinal);
        var loaded = Directory.EnumerateFiles(Path, "*.md").Order(StringComparer.Ordinal).AsParallel().AsOrdered().Select(file => LoadOne(file, stamps)).ToList();
        foreach (var (full, key, stamp, hash, briefing, found, cached, problems) in loaded)
        {
            keys.Add(key);
            diagnostics.AddRange(problems);
            if (briefing is null)
            {
                broken.Add(full);
                continue;
            }

            briefings.Add((full, briefing));
            if (parsed is not null && !cached && stamp is { } read)
            {
                // Found by its bytes: the entry only needs the new stamp, not encoding again.
                if (found is not null)
                {
                    parsed.Put(key, found with { Stamp = Trusted(read, now) });
                }
                else
                {
                    parsed.Put(key, Trusted(read, now), hash, briefing);
                }
            }
        }

        parsed?.KeepOnly(keys);
        return briefings;
    }

    // A file written within the clock's tick could change again unseen: check its bytes next time.
    private static FileStamp Trusted(FileStamp stamp, long now) => stamp.SettledAt(now) ? stamp : stamp with { Ticks = -1 };

    // One briefing file: from the cache when its stamp is unchanged, else read (and from the cache again when its bytes are unchanged).
    private (string Full, string Key, FileStamp? Stamp, string Hash, Briefing? Briefing, StoredBriefing? Found, bool Cached, List<Diagnostic> Problems) LoadOne(string file, IReadOnlyDictionary<string, FileStamp>? stamps)
    {
        var full = System.IO.Path.GetFullPath(file);
        var key = Display(file);
        var problems = new List<Diagnostic>();
        var stamp = stamps is not null && stamps.TryGetValue(System.IO.Path.GetFileName(full), out var taken) ? taken : FileStamp.Of(full);
        if (stamp is { } known && (parsed?.Find(key, known) ?? JustWritten(key, known)) is { } unchanged)
        {
            return (full, key, stamp, "", unchanged, null, true, problems);
        }

        // Read into a pooled buffer: only the text decoded from it is kept.
        if (ReadPooled(full, problems) is not { } bytes)
        {
            return (full, key, stamp, "", null, null, false, problems);
        }

        try
        {
            var hash = parsed is null ? "" : Convert.ToHexStringLower(SHA256.HashData(bytes));
            var found = parsed?.LookupByHash(key, hash);
            var briefing = found?.Briefing ?? (Decode(full, bytes, problems) is { } text ? CanonicalRead.Of(text) ?? BriefingFileReader.Read(key, text, problems) : null);
            return (full, key, stamp, hash, briefing, found, false, problems);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(bytes.Array!);
        }
    }

    // A file as this object wrote it (its stamp unchanged since): the entry Remember stored, found by the hash of its bytes.
    private Briefing? JustWritten(string key, FileStamp stamp) =>
        written.TryGetValue(key, out var last) && last.Stamp == stamp ? parsed?.FindByHash(key, last.Hash) : null;

    /// <summary>
    /// The cache entry a load would make on reading these bytes, just written to a briefing file, made from the
    /// briefing they were written from (see <see cref="ReadBack"/>) so that the load finds it instead of parsing the file.
    /// </summary>
    /// <returns>Null when nothing is cached, or when what the file reads back as is not sure.</returns>
    /// <remarks>Safe to call from several threads; <see cref="Remember"/> then stores the entries one by one.</remarks>
    public (string Key, StoredBriefing Entry)? Written(string file, byte[] bytes, Briefing briefing)
    {
        if (parsed is null || ReadBack.Of(briefing) is not { } read || !BriefingCodec.CanStore(read))
        {
            return null;
        }

        // Just written, so within the racy window whatever its time: the next build's load finds the entry by the file's
        // bytes; this build's, by the stamp the file has now.
        var hash = Convert.ToHexStringLower(SHA256.HashData(bytes));
        var key = Display(System.IO.Path.GetFullPath(file));
        if (FileStamp.Of(file) is { } stamp)
        {
            written[key] = (stamp, hash);
        }

        return (key, StoredBriefing.Of(new FileStamp(bytes.Length, -1), hash, read));
    }

    /// <summary>Stores an entry made by <see cref="Written"/>.</summary>
    public void Remember(string key, StoredBriefing entry) => parsed?.Put(key, entry);

    public IReadOnlyList<EntityFile> LoadEntityFiles(List<Diagnostic> diagnostics)
    {
        var folder = System.IO.Path.Combine(Path, EntitiesFolder);
        if (!Directory.Exists(folder))
        {
            return [];
        }

        return Directory.EnumerateFiles(folder, "*.md").Order(StringComparer.Ordinal)
            .Select(file => ReadText(file, diagnostics) is { } text ? EntityFileReader.Read(Display(file), text, diagnostics) : null)
            .OfType<EntityFile>()
            .ToList();
    }

    /// <summary>The file a briefing is written to.</summary>
    public string FileFor(string slug) => System.IO.Path.GetFullPath(System.IO.Path.Combine(Path, slug + ".md"));

    // Strict: a lenient decoder would turn bad bytes into U+FFFD, and the next write would lose the user's text for good.
    private static readonly System.Text.UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    // A file's text, or null with the reason among the diagnostics.
    private string? ReadText(string file, List<Diagnostic> diagnostics)
    {
        if (ReadPooled(file, diagnostics) is not { } bytes)
        {
            return null;
        }

        try
        {
            return Decode(file, bytes, diagnostics);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(bytes.Array!);
        }
    }

    // The file's bytes at the start of an array from the shared pool, for the caller to give back.
    private ArraySegment<byte>? ReadPooled(string file, List<Diagnostic> diagnostics)
    {
        byte[]? buffer = null;
        try
        {
            using var handle = File.OpenHandle(file);
            var length = checked((int)RandomAccess.GetLength(handle));
            buffer = ArrayPool<byte>.Shared.Rent(length);
            var read = 0;
            while (read < length && RandomAccess.Read(handle, buffer.AsSpan(read, length - read), read) is var count and > 0)
            {
                read += count;
            }

            return new ArraySegment<byte>(buffer, 0, read);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException or OverflowException)
        {
            if (buffer is not null)
            {
                ArrayPool<byte>.Shared.Return(buffer);
            }

            diagnostics.Add(new Diagnostic(Display(file), null, null, "cannot read file: " + error.Message));
            return null;
        }
    }

    private string? Decode(string file, ReadOnlySpan<byte> bytes, List<Diagnostic> diagnostics)
    {
        if (bytes.IndexOf((byte)0) is var nul and >= 0)
        {
            diagnostics.Add(At(file, bytes, nul, "the file looks binary (it holds a NUL byte), not a Markdown briefing"));
            return null;
        }

        try
        {
            return StrictUtf8.GetString(bytes[(bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? 3 : 0)..]);
        }
        catch (System.Text.DecoderFallbackException)
        {
            var bad = FirstInvalidByte(bytes);
            diagnostics.Add(At(file, bytes, bad, $"not valid UTF-8 (byte 0x{bytes[bad]:X2} here); save the file as UTF-8"));
            return null;
        }
    }

    private static int FirstInvalidByte(ReadOnlySpan<byte> bytes)
    {
        var status = System.Text.Unicode.Utf8.ToUtf16(bytes, new char[bytes.Length], out var read, out _, replaceInvalidSequences: false);
        return status == OperationStatus.Done ? 0 : Math.Min(read, bytes.Length - 1);
    }

    // Line and column (in characters) of a byte offset, so an editor can jump to the bad byte.
    private Diagnostic At(string file, ReadOnlySpan<byte> bytes, int offset, string message)
    {
        var lineStart = bytes[..Math.Max(0, offset)].LastIndexOf((byte)'\n') + 1;
        var line = 1 + bytes[..lineStart].Count((byte)'\n');
        var column = 1 + System.Text.Encoding.UTF8.GetCharCount(bytes[lineStart..offset]);
        return new Diagnostic(Display(file), line, column, message);
    }

    public string Display(string file) => ArticleFolder.Display(file, Root);
}
