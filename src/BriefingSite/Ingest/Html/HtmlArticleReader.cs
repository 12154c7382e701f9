using AngleSharp.Html.Parser;
using BriefingSite.Model;

namespace BriefingSite.Ingest.Html;

/// <summary>Reads an HTML page: metadata from its head, the article's blocks from the best-scoring part of its body.</summary>
public static class HtmlArticleReader
{
    public static (IReadOnlyList<ArticleBlock> Blocks, ArticleMetadata Metadata) Read(string html)
    {
        var parser = new HtmlParser();
        var document = parser.ParseDocument(html);
        var metadata = HtmlMetadataReader.Read(document);

        // As Readability does: strip chrome-named boxes first, and retry without that when too little is left.
        PageCleaner.Clean(document, strict: true);
        var blocks = BlockCollector.Collect(ContentScorer.FindMain(document));
        if (blocks.Sum(b => b.Text.Length) < 500)
        {
            var lenient = parser.ParseDocument(html);
            PageCleaner.Clean(lenient, strict: false);
            var retry = BlockCollector.Collect(ContentScorer.FindMain(lenient));
            blocks = retry.Sum(b => b.Text.Length) > blocks.Sum(b => b.Text.Length) ? retry : blocks;
        }

        return (blocks, metadata);
    }
}
