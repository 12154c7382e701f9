using BenchmarkDotNet.Attributes;
using BriefingSite.Cache;
using BriefingSite.Extract;
using BriefingSite.Ingest;
using BriefingSite.Link;
using BriefingSite.Model;
using BriefingSite.Publish;
using BriefingSite.Render;

namespace BriefingSite.Benchmarks;

/// <summary>The functions every article, briefing or page goes through, on the five seed articles.</summary>
[MemoryDiagnoser]
public class HotPaths
{
    private (string Name, byte[] Bytes)[] articles = [];
    private Briefing[] briefings = [];
    private string[] yaml = [];
    private byte[] codec = [];
    private Site site = null!;
    private SiteRenderer renderer = null!;

    [GlobalSetup]
    public void Setup()
    {
        var seeds = Path.Combine(RepositoryRoot(), "seeds");
        articles = [.. Directory.GetFiles(seeds).Order(StringComparer.Ordinal).Select(f => (Path.GetFileName(f), File.ReadAllBytes(f)))];
        briefings = [.. articles.Select(a => FactExtractor.Extract(ArticleReader.Read(a.Name, a.Bytes)))];
        yaml = [.. briefings.Select(FrontMatterWriter.Write)];
        using var buffer = new MemoryStream();
        using (var writer = new BinaryWriter(buffer, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            foreach (var briefing in briefings)
            {
                BriefingCodec.Write(writer, briefing);
            }
        }

        codec = buffer.ToArray();
        site = CrossLinker.Link(briefings, [], new SiteSettings());
        renderer = new SiteRenderer(Theme.Load(null));
    }

    [Benchmark(Description = "Ingest + Extract, 5 articles")]
    public int IngestAndExtract() => articles.Sum(a => FactExtractor.Extract(ArticleReader.Read(a.Name, a.Bytes)).Entities.Count);

    [Benchmark(Description = "Write front matter, 5 briefings")]
    public int WriteFrontMatter() => briefings.Sum(b => FrontMatterWriter.Write(b).Length);

    [Benchmark(Description = "Read front matter (YAML), 5 briefings")]
    public int ReadFrontMatter() => yaml.Sum(text => BriefingFileReader.Read("input/x.md", text, [])!.Entities.Count);

    [Benchmark(Description = "Read cached briefings (binary), 5")]
    public int ReadCached()
    {
        using var reader = new BinaryReader(new MemoryStream(codec));
        return briefings.Sum(_ => BriefingCodec.Read(reader).Entities.Count);
    }

    [Benchmark(Description = "Link 5 briefings")]
    public int Link() => CrossLinker.Link(briefings, [], new SiteSettings()).Entities.Count;

    [Benchmark(Description = "Render the 5-briefing site")]
    public int Render() => renderer.Render(site).Count;

    private static string RepositoryRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "BriefingSite.sln")))
        {
            folder = folder.Parent;
        }

        return folder?.FullName ?? throw new InvalidOperationException("run from inside the repository");
    }
}
