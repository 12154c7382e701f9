namespace BriefingSite.Config;

/// <summary>`briefing init DIR`: a new site folder with its configuration, folders, theme notes and a GitHub Pages workflow.</summary>
public static class SiteScaffolder
{
    /// <summary>Writes every scaffold file that does not exist yet; an existing file is left as it is.</summary>
    /// <returns>The files written and the files kept, as paths relative to <paramref name="folder"/>.</returns>
    public static (IReadOnlyList<string> Written, IReadOnlyList<string> Kept) Create(string folder)
    {
        var written = new List<string>();
        var kept = new List<string>();
        foreach (var (path, text) in ScaffoldFiles.All)
        {
            var file = Path.Combine(folder, path);
            if (File.Exists(file))
            {
                kept.Add(path);
                continue;
            }

            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            File.WriteAllText(file, text);
            written.Add(path);
        }

        return (written, kept);
    }
}
