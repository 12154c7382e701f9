using System.Security.Cryptography;
using BriefingSite.Ingest;
using BriefingSite.Model;

namespace BriefingSite.Tests.Extract;

/// <summary>The sample articles of seeds/, read the way the build reads them, and the shared evaluation data folder.</summary>
internal static class SeedArticles
{
    public static string RepoRoot { get; } = FindRepoRoot();

    /// <summary>../shared next to the repository, where evaluation data lives when it is present.</summary>
    public static string SharedData => Path.GetFullPath(Path.Combine(RepoRoot, "..", "shared"));

    public static IReadOnlyList<string> Names =>
        Directory.GetFiles(Path.Combine(RepoRoot, "seeds")).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal).ToList();

    public static Article Read(string name)
    {
        var file = "seeds/" + name;
        var bytes = File.ReadAllBytes(Path.Combine(RepoRoot, "seeds", name));
        try
        {
            return ArticleReader.Read(file, bytes);
        }
        catch (NotImplementedException)
        {
            return CrudeRead(file, bytes);
        }
    }

    // Until the Ingest stage lands: the first line is the title, every other non-blank line a paragraph.
    private static Article CrudeRead(string file, byte[] bytes)
    {
        var lines = System.Text.Encoding.UTF8.GetString(bytes).Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
        return new Article
        {
            File = file,
            Sha256 = Convert.ToHexStringLower(SHA256.HashData(bytes)),
            Title = lines[0],
            Blocks = lines.Skip(1).Select(l => new ArticleBlock(BlockKind.Paragraph, l)).ToList(),
        };
    }

    private static string FindRepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "BriefingSite.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("BriefingSite.sln not found above " + AppContext.BaseDirectory);
    }
}
