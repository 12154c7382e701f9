using System.Text.Json;
using BriefingSite.Ingest;
using Xunit.Abstractions;

namespace BriefingSite.Tests.Ingest;

/// <summary>
/// Measures main-text extraction on the 181 pages of ../shared/data/article-extraction-benchmark. When the data is
/// absent the test writes why to the output and returns (xunit 2 has no runtime skip).
/// Run: dotnet test --filter ExtractionBenchmark --logger "console;verbosity=detailed"
/// </summary>
public class ExtractionBenchmarkTests(ITestOutputHelper output)
{
    [Fact]
    public void Extracts_main_text_about_as_well_as_readability()
    {
        // Given the benchmark pages and their annotated article bodies
        var folder = Path.Combine(RepoPaths.Shared, "data", "article-extraction-benchmark");
        var truthFile = Path.Combine(folder, "ground-truth.json");
        if (!File.Exists(truthFile))
        {
            output.WriteLine($"Skipped: benchmark data not found at {folder}.");
            return;
        }

        using var truth = JsonDocument.Parse(File.ReadAllText(truthFile));
        var scores = new List<(string Id, double Precision, double Recall)>();

        // When each page is read as an article
        foreach (var page in truth.RootElement.EnumerateObject())
        {
            var expected = page.Value.GetProperty("articleBody").GetString() ?? string.Empty;
            var file = Path.Combine(folder, "html", page.Name + ".html.gz");
            string actual;
            try
            {
                var article = ArticleReader.Read(page.Name + ".html.gz", File.ReadAllBytes(file));
                actual = string.Join("\n", article.Blocks.Select(b => b.Text));
            }
            catch (ArticleException)
            {
                actual = string.Empty;
            }

            var score = ShingleScore.Compare(expected, actual);
            scores.Add((page.Name, ShingleScore.Precision(score), ShingleScore.Recall(score)));
        }

        // Then precision and recall averaged over pages give an F1 near the published extractors
        var precision = scores.Average(s => s.Precision);
        var recall = scores.Average(s => s.Recall);
        var f1 = 2 * precision * recall / (precision + recall);
        foreach (var worst in scores.OrderBy(s => 2 * s.Precision * s.Recall / Math.Max(1e-9, s.Precision + s.Recall)).Take(15))
        {
            output.WriteLine($"worst {worst.Id[..12]} P={worst.Precision:F3} R={worst.Recall:F3}");
        }

        output.WriteLine($"pages={scores.Count} precision={precision:F3} recall={recall:F3} F1={f1:F3}");
        Assert.Equal(181, scores.Count);
        Assert.True(f1 >= 0.94, $"F1 {f1:F3} fell below 0.94");
    }
}
