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

    /// <summary>Every readable briefing with the file it came from; each broken file adds diagnostics and is skipped.</summary>
    public IReadOnlyList<(string File, Briefing Briefing)> LoadBriefings(List<Diagnostic> diagnostics)
    {
        var briefings = new List<(string, Briefing)>();
        if (!Directory.Exists(Path))
        {
            return briefings;
        }

        var now = DateTime.UtcNow.Ticks;
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(Path, "*.md").Order(StringComparer.Ordinal))
        {
            var full = System.IO.Path.GetFullPath(file);
            var key = Display(file);
            keys.Add(key);
            var stamp = FileStamp.Of(full);
            if (stamp is { } known && parsed?.Find(key, known) is { } unchanged)
            {
                briefings.Add((full, unchanged));
                continue;
            }

            var bytes = ReadBytes(full, diagnostics);
            var hash = bytes is null || parsed is null ? "" : Convert.ToHexStringLower(SHA256.HashData(bytes));
            var briefing = bytes is null ? null
                : parsed?.FindByHash(key, hash) ?? (Decode(full, bytes, diagnostics) is { } text ? BriefingFileReader.Read(key, text, diagnostics) : null);
            if (briefing is null)
            {
                broken.Add(full);
                continue;
            }

            briefings.Add((full, briefing));
            if (parsed is not null && stamp is { } read)
            {
                // A file written within the clock's tick could change again unseen: check its bytes next time.
                parsed.Put(key, now - read.Ticks < CachedExtraction.RacyWindow.Ticks ? read with { Ticks = -1 } : read, hash, briefing);
            }
        }

        parsed?.KeepOnly(keys);
        return briefings;
    }

    public IReadOnlyList<EntityFile> LoadEntityFiles(List<Diagnostic> diagnostics)
    {
        var folder = System.IO.Path.Combine(Path, EntitiesFolder);
        if (!Directory.Exists(folder))
        {
            return [];
        }

        return Directory.EnumerateFiles(folder, "*.md").Order(StringComparer.Ordinal)
            .Select(file => ReadBytes(file, diagnostics) is { } bytes && Decode(file, bytes, diagnostics) is { } text ? EntityFileReader.Read(Display(file), text, diagnostics) : null)
            .OfType<EntityFile>()
            .ToList();
    }

    /// <summary>The file a briefing is written to.</summary>
    public string FileFor(string slug) => System.IO.Path.GetFullPath(System.IO.Path.Combine(Path, slug + ".md"));

    // Strict: a lenient decoder would turn bad bytes into U+FFFD, and the next write would lose the user's text for good.
    private static readonly System.Text.UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private byte[]? ReadBytes(string file, List<Diagnostic> diagnostics)
    {
        try
        {
            return File.ReadAllBytes(file);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            diagnostics.Add(new Diagnostic(Display(file), null, null, "cannot read file: " + error.Message));
            return null;
        }
    }

    private string? Decode(string file, byte[] bytes, List<Diagnostic> diagnostics)
    {
        if (Array.IndexOf(bytes, (byte)0) is var nul and >= 0)
        {
            diagnostics.Add(At(file, bytes, nul, "the file looks binary (it holds a NUL byte), not a Markdown briefing"));
            return null;
        }

        try
        {
            var bom = bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? 3 : 0;
            return StrictUtf8.GetString(bytes, bom, bytes.Length - bom);
        }
        catch (System.Text.DecoderFallbackException)
        {
            var bad = FirstInvalidByte(bytes);
            diagnostics.Add(At(file, bytes, bad, $"not valid UTF-8 (byte 0x{bytes[bad]:X2} here); save the file as UTF-8"));
            return null;
        }
    }

    private static int FirstInvalidByte(byte[] bytes)
    {
        var status = System.Text.Unicode.Utf8.ToUtf16(bytes, new char[bytes.Length], out var read, out _, replaceInvalidSequences: false);
        return status == System.Buffers.OperationStatus.Done ? 0 : Math.Min(read, bytes.Length - 1);
    }

    // Line and column (in characters) of a byte offset, so an editor can jump to the bad byte.
    private Diagnostic At(string file, byte[] bytes, int offset, string message)
    {
        var lineStart = Array.LastIndexOf(bytes, (byte)'\n', Math.Max(0, offset - 1)) + 1;
        var line = 1 + bytes.AsSpan(0, lineStart).Count((byte)'\n');
        var column = 1 + System.Text.Encoding.UTF8.GetCharCount(bytes, lineStart, offset - lineStart);
        return new Diagnostic(Display(file), line, column, message);
    }

    public string Display(string file) => ArticleFolder.Display(file, Root);
}
