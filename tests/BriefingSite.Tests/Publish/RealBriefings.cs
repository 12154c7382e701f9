using BriefingSite.Extract;
using BriefingSite.Ingest;
using BriefingSite.Model;
using BriefingSite.Tests.Extract;
using BriefingSite.Tests.Ingest;

namespace BriefingSite.Tests.Publish;

/// <summary>Briefings as the tool makes them: the committed content folder, the seeds extracted, and a sample of the BBC corpus when present.</summary>
internal static class RealBriefings
{
    public static IReadOnlyList<Briefing> All()
    {
        var input = Path.Combine(RepositoryRoot.Path, "input");
        var read = Directory.GetFiles(input, "*.md").Order(StringComparer.Ordinal)
            .Select(f => BriefingFileReader.Read(f, File.ReadAllText(f), []))
            .OfType<Briefing>();
        var seeds = SeedArticles.Names.Select(n => FactExtractor.Extract(SeedArticles.Read(n)));
        var bbc = Path.Combine(RepoPaths.Shared, "corpora", "bbc");
        var sample = Directory.Exists(bbc)
            ? Directory.GetFiles(bbc, "*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal).Where((_, i) => i % 20 == 0)
                .Select(f => FactExtractor.Extract(ArticleReader.Read("articles/" + Path.GetFileName(f), File.ReadAllBytes(f))))
            : [];
        return [.. read, .. seeds, .. sample];
    }
}
