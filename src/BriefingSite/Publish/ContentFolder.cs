using BriefingSite.Ingest;
using BriefingSite.Model;

namespace BriefingSite.Publish;

/// <summary>The content folder (input/): briefings as &lt;slug&gt;.md, hand-written entity pages in entities/, and the edit state.</summary>
public sealed class ContentFolder(string path, string root)
{
    public const string EntitiesFolder = "entities";

    public string Path { get; } = System.IO.Path.GetFullPath(path, root);

    /// <summary>The project root, which diagnostics name files relative to.</summary>
    public string Root { get; } = root;

    /// <summary>Briefing files that could not be read on the last load: never written over.</summary>
    public IReadOnlySet<string> BrokenFiles => broken;

    private readonly HashSet<string> broken = new(StringComparer.Ordinal);

    /// <summary>Every readable briefing with the file it came from; each broken file adds diagnostics and is skipped.</summary>
    /// <remarks>Files are read and parsed in parallel, each with its own diagnostics, then taken in file-name order.</remarks>
    public IReadOnlyList<(string File, Briefing Briefing)> LoadBriefings(List<Diagnostic> diagnostics)
    {
        var briefings = new List<(string, Briefing)>();
        if (!Directory.Exists(Path))
        {
            return briefings;
        }

        var loaded = Directory.EnumerateFiles(Path, "*.md").Order(StringComparer.Ordinal).AsParallel().AsOrdered().Select(file =>
        {
            var problems = new List<Diagnostic>();
            var briefing = ReadText(file, problems) is { } text ? BriefingFileReader.Read(Display(file), text, problems) : null;
            return (File: System.IO.Path.GetFullPath(file), Briefing: briefing, Problems: problems);
        }).ToList();
        foreach (var (file, briefing, problems) in loaded)
        {
            diagnostics.AddRange(problems);
            if (briefing is not null)
            {
                briefings.Add((file, briefing));
            }
            else
            {
                broken.Add(file);
            }
        }

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
            .Select(file => ReadText(file, diagnostics) is { } text ? EntityFileReader.Read(Display(file), text, diagnostics) : null)
            .OfType<EntityFile>()
            .ToList();
    }

    /// <summary>The file a briefing is written to.</summary>
    public string FileFor(string slug) => System.IO.Path.GetFullPath(System.IO.Path.Combine(Path, slug + ".md"));

    // Strict: a lenient decoder would turn bad bytes into U+FFFD, and the next write would lose the user's text for good.
    private static readonly System.Text.UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private string? ReadText(string file, List<Diagnostic> diagnostics)
    {
        try
        {
            var bytes = File.ReadAllBytes(file);
            if (Array.IndexOf(bytes, (byte)0) is var nul and >= 0)
            {
                diagnostics.Add(At(file, bytes, nul, "the file looks binary (it holds a NUL byte), not a Markdown briefing"));
                return null;
            }

            var bom = bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? 3 : 0;
            return StrictUtf8.GetString(bytes, bom, bytes.Length - bom);
        }
        catch (System.Text.DecoderFallbackException)
        {
            var bytes = File.ReadAllBytes(file);
            var bad = FirstInvalidByte(bytes);
            diagnostics.Add(At(file, bytes, bad, $"not valid UTF-8 (byte 0x{bytes[bad]:X2} here); save the file as UTF-8"));
            return null;
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            diagnostics.Add(new Diagnostic(Display(file), null, null, "cannot read file: " + error.Message));
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
