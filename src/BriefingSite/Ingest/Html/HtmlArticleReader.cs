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

        // As Readability does: strip unlikely-named boxes first, and retry without that when too little is left.
        IReadOnlyList<ArticleBlock> blocks = [];
        foreach (var removeUnlikely in new[] { true, false })
        {
            var page = removeUnlikely ? document : parser.ParseDocument(html);
            PageCleaner.Clean(page, removeUnlikely);
            blocks = BlockCollector.Collect(ContentScorer.FindMain(page));
            if (blocks.Sum(b => b.Text.Length) >= 500)
            {
                break;
            }
        }

        return (blocks, metadata);
    }
}
