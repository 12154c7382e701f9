using BriefingSite.Ingest;
using BriefingSite.Model;

namespace BriefingSite.Tests.Extract;

/// <summary>The sample articles of seeds/, read the way the build reads them.</summary>
internal static class SeedArticles
{
    public static IReadOnlyList<string> Names =>
        Directory.GetFiles(Path.Combine(RepositoryRoot.Path, "seeds")).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal).ToList();

    public static Article Read(string name) =>
        ArticleReader.Read("seeds/" + name, File.ReadAllBytes(Path.Combine(RepositoryRoot.Path, "seeds", name)));
}
