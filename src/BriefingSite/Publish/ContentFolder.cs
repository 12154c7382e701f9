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
    public IReadOnlyList<(string File, Briefing Briefing)> LoadBriefings(List<Diagnostic> diagnostics)
    {
        var briefings = new List<(string, Briefing)>();
        if (!Directory.Exists(Path))
        {
            return briefings;
        }

        foreach (var file in Directory.EnumerateFiles(Path, "*.md").Order(StringComparer.Ordinal))
        {
            if (ReadText(file, diagnostics) is { } text && BriefingFileReader.Read(Display(file), text, diagnostics) is { } briefing)
            {
                briefings.Add((System.IO.Path.GetFullPath(file), briefing));
            }
            else
            {
                broken.Add(System.IO.Path.GetFullPath(file));
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

    private string? ReadText(string file, List<Diagnostic> diagnostics)
    {
        try
        {
            return File.ReadAllText(file);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            diagnostics.Add(new Diagnostic(Display(file), null, null, "cannot read file: " + error.Message));
            return null;
        }
    }

    public string Display(string file) => ArticleFolder.Display(file, Root);
}
