using BriefingSite.Extract;
using BriefingSite.Ingest;
using BriefingSite.Model;
using BriefingSite.Tests.Ingest;
using Xunit.Abstractions;

namespace BriefingSite.Tests.Extract;

/// <summary>
/// How well a report on games is told from other news (where a city named as a side is a club), measured on the BBC
/// corpus, whose sport folder says which articles report on sport. Returns with a message when the corpus is absent.
/// </summary>
public class SportsReportTests(ITestOutputHelper output)
{
    [Fact]
    public void Tells_the_bbc_sport_folder_from_the_other_news()
    {
        if (RepoPaths.SharedFolder(output, "corpora", "bbc") is not { } folder)
        {
            return;
        }

        // Given each article of the corpus, and whether it is in the sport folder
        var (found, missed, wrong) = (0, 0, 0);
        foreach (var file in Directory.GetFiles(folder, "*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var article = ArticleReader.Read(Path.GetFileName(file), File.ReadAllBytes(file));
            var sentences = BodySentences.Enumerate(BodyWriter.Write(article.Blocks)).Select(s => s.Text).ToArray();
            var sport = Path.GetFileName(Path.GetDirectoryName(file)) == "sport";

            // When it is asked whether the article reports on sport
            var said = SportsReport.Is(new TokenizedSentences(sentences));
            (found, missed, wrong) = (found + (sport && said ? 1 : 0), missed + (sport && !said ? 1 : 0), wrong + (!sport && said ? 1 : 0));
        }

        // Then nearly every article it calls one is, and most of the sport folder's are (athletics reports, with no
        // sides named after cities, are the ones it misses most)
        var (precision, recall) = (found / (double)(found + wrong), found / (double)(found + missed));
        output.WriteLine($"sport reports: found {found}, missed {missed}, wrongly found {wrong}; precision {precision:0.000} recall {recall:0.000}");
        Assert.True(precision >= 0.93, $"precision {precision:0.000}");
        Assert.True(recall >= 0.55, $"recall {recall:0.000}");
    }
}
