using BriefingSite.Ingest;
using Xunit.Abstractions;

namespace BriefingSite.Tests.Ingest;

/// <summary>
/// Robustness over ../shared/corpora/bbc (2,225 plain-text articles, one of them Latin-1). When the corpus is absent
/// the test writes why to the output and returns (xunit 2 has no runtime skip).
/// </summary>
public class BbcCorpusTests(ITestOutputHelper output)
{
    private static readonly char[] Stops = ['.', '"', '\'', ')', '!', '?'];

    [Fact]
    public void Reads_every_bbc_article_with_its_headline_as_title_and_its_last_paragraph_kept()
    {
        // Given the BBC corpus, where line 1 is the headline
        if (RepoPaths.SharedFolder(output, "corpora", "bbc") is not { } folder)
        {
            return;
        }

        var files = Directory.GetFiles(folder, "*.txt", SearchOption.AllDirectories);
        int titles = 0, endings = 0;

        // When each is read
        foreach (var file in files)
        {
            var bytes = File.ReadAllBytes(file);
            var article = ArticleReader.Read(Path.GetFileName(file), bytes);
            var lines = File.ReadAllLines(file, System.Text.Encoding.Latin1).Where(l => l.Trim().Length > 0).ToList();
            titles += article.Title == lines[0].Trim() ? 1 : 0;
            var lastWord = lines[^1].Trim().Split(' ')[^1].TrimEnd(Stops);
            endings += article.Blocks.Count > 0 && article.Blocks[^1].Text.TrimEnd(Stops).EndsWith(lastWord, StringComparison.Ordinal) ? 1 : 0;
        }

        // Then nearly all keep their headline and their last paragraph
        output.WriteLine($"articles={files.Length} titles={titles} last-paragraph-kept={endings}");
        Assert.True(titles >= files.Length * 0.95, $"only {titles} of {files.Length} titles matched");
        Assert.True(endings >= files.Length * 0.95, $"only {endings} of {files.Length} endings kept");
    }
}
