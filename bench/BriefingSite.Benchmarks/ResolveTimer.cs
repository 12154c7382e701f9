using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using BriefingSite.Extract;
using BriefingSite.Ingest;
using BriefingSite.Link;
using BriefingSite.Model;
using BriefingSite.Publish;

namespace BriefingSite.Benchmarks;

/// <summary>
/// Times entity resolution on both of a clean build's inputs: the briefings as extracted (what the merge resolves) and
/// as the content folder holds them (what the render resolves). Prints a digest of each outcome, so two versions can be
/// shown to resolve alike.
/// </summary>
public static class ResolveTimer
{
    public static void Run(string content, string? articles)
    {
        var written = new ContentFolder(content, content).LoadBriefings([]).Select(b => b.Briefing).OrderBy(b => b.Slug, StringComparer.Ordinal).ToList();
        Time("content folder", written);
        if (articles is not null)
        {
            var extracted = Directory.EnumerateFiles(articles, "*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
                .AsParallel().AsOrdered()
                .Select(f => FactExtractor.Extract(ArticleReader.Read(Path.GetRelativePath(articles, f), File.ReadAllBytes(f))))
                .ToList();
            Time("as extracted", extracted);
        }
    }

    private static void Time(string label, List<Briefing> briefings)
    {
        var times = new List<double>();
        EntityResolver? resolver = null;
        for (var round = 0; round < 5; round++)
        {
            var clock = Stopwatch.StartNew();
            resolver = EntityResolver.Resolve(briefings, []);
            times.Add(clock.Elapsed.TotalMilliseconds);
        }

        Console.WriteLine($"{label,-16} {briefings.Count} briefings, {resolver!.Entities.Count} entities: {string.Join(" ", times.Select(t => $"{t:0}"))} ms; outcome {Digest(briefings, resolver)}");
    }

    // Every site-wide entity with its names, type and roles, and the entity each briefing's entity became.
    private static string Digest(List<Briefing> briefings, EntityResolver resolver)
    {
        var text = new StringBuilder();
        foreach (var entity in resolver.Entities)
        {
            text.Append(entity.Id).Append('|').Append(entity.Name).Append('|').Append(entity.Type).Append('|')
                .AppendJoin(';', entity.Aliases).Append('|').AppendJoin(';', entity.Roles).Append('\n');
        }

        for (var b = 0; b < briefings.Count; b++)
        {
            for (var p = 0; p < briefings[b].Entities.Count; p++)
            {
                text.Append(resolver.Of(b, p).Id).Append(' ');
            }

            text.Append('\n');
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())))[..16];
    }
}
