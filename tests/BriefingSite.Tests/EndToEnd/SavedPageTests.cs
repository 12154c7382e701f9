using System.Net;
using System.Text;
using BriefingSite.Extract;
using BriefingSite.Ingest;
using BriefingSite.Model;

namespace BriefingSite.Tests.EndToEnd;

public class SavedPageTests
{
    [Fact]
    public void A_saved_web_page_and_the_same_article_as_text_give_briefings_with_the_same_facts()
    {
        // Given seed 001 as text, and as a saved page with navigation, a cookie banner, a share bar, related links and a footer
        var textBytes = File.ReadAllBytes(Path.Combine(RepositoryRoot.Path, "seeds", "001_2a75d6959c2ff2b6.txt"));
        var fromText = ArticleReader.Read("seeds/001.txt", textBytes);
        var page = SavedPage(fromText);

        // When both are read and extracted
        var fromHtml = ArticleReader.Read("seeds/001.html", Encoding.UTF8.GetBytes(page));
        var a = FactExtractor.Extract(fromText);
        var b = FactExtractor.Extract(fromHtml);

        // Then the facts agree
        Assert.Equal(a.Title, b.Title);
        Assert.Equal(a.Authors, b.Authors);
        Assert.Equal(a.Date, b.Date);
        Assert.Equal(a.Entities.Select(e => (e.Name, e.Type)), b.Entities.Select(e => (e.Name, e.Type)));
        Assert.Equal(a.Figures, b.Figures);
        Assert.Equal(a.Events, b.Events);
        Assert.Equal(a.Quotes, b.Quotes);
        Assert.DoesNotContain("cookies", b.Body, StringComparison.OrdinalIgnoreCase);
    }

    private static string SavedPage(Article article)
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>").Append(WebUtility.HtmlEncode(article.Title)).Append(" | Daily Views</title>");
        html.Append("<meta name=\"author\" content=\"").Append(WebUtility.HtmlEncode(article.Authors[0])).Append("\">");
        html.Append("<meta property=\"article:published_time\" content=\"").Append(article.Date!.Value.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)).Append("T08:00:00Z\">");
        html.Append("</head><body><div class=\"cookie-banner\">We use cookies to improve your experience. <button>Accept</button></div>");
        html.Append("<nav><ul><li><a href=\"/\">Home</a></li><li><a href=\"/tax\">Tax</a></li><li><a href=\"/cars\">Cars</a></li><li><a href=\"/exchange\">Exchange</a></li></ul></nav>");
        html.Append("<main><article><h1>").Append(WebUtility.HtmlEncode(article.Title)).Append("</h1>");
        html.Append("<div class=\"share\">Share this: <a href=\"#\">Facebook</a> <a href=\"#\">X</a></div>");
        foreach (var block in article.Blocks)
        {
            var tag = block.Kind switch { BlockKind.Heading => "h2", BlockKind.Quote => "blockquote", _ => "p" };
            html.Append('<').Append(tag).Append('>').Append(WebUtility.HtmlEncode(block.Text)).Append("</").Append(tag).Append('>');
        }

        html.Append("</article><aside class=\"related\"><h3>Related articles</h3><ul><li><a href=\"/a\">India tests a new missile in the Bay of Bengal</a></li><li><a href=\"/b\">Kabul and Islamabad trade blame</a></li></ul></aside></main>");
        html.Append("<footer><p>© 2025 Daily Views. All rights reserved.</p><a href=\"/privacy\">Privacy</a></footer></body></html>");
        return html.ToString();
    }
}
