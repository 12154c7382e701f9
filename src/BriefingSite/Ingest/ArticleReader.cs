using System.IO.Compression;
using System.Net;
using System.Security.Cryptography;
using BriefingSite.Ingest.Html;
using BriefingSite.Model;

namespace BriefingSite.Ingest;

/// <summary>Turns the bytes of a saved article (.txt, .md, .html) into a clean <see cref="Article"/>.</summary>
public static class ArticleReader
{
    /// <param name="file">Path relative to the project root, forward slashes; its extension picks the format.</param>
    /// <param name="bytes">The file's bytes.</param>
    /// <exception cref="ArticleException">The bytes are empty, binary or hold no article text, or a Markdown article's front matter is broken.</exception>
    public static Article Read(string file, byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(bytes);
        var format = FormatOf(file);
        var content = format == ArticleFormat.GzippedHtml ? Inflate(bytes) : bytes;
        var isHtml = format is ArticleFormat.Html or ArticleFormat.GzippedHtml;
        var text = TextDecoder.Decode(content, isHtml);

        var (blocks, known) = format switch
        {
            ArticleFormat.Markdown => ReadMarkdown(file, text),
            // Text saved from web pages keeps character references ("caf&#233;"): read as the characters they stand for.
            ArticleFormat.Text => (TextBlockParser.Parse(TextNormaliser.Normalise(WebUtility.HtmlDecode(text))), new ArticleMetadata()),
            _ => HtmlArticleReader.Read(text),
        };

        var (metadata, body, sources) = BodyCleaner.Clean(blocks, known);
        if (body.Count == 0)
        {
            throw new ArticleException("No article text was found.");
        }

        return new Article
        {
            File = file,
            Sha256 = Convert.ToHexStringLower(SHA256.HashData(bytes)),
            Title = metadata.Title ?? TitleWriter.Write(body),
            Authors = metadata.Authors,
            Date = metadata.Date,
            Url = metadata.Url,
            Tags = metadata.Tags,
            Blocks = body,
            Sources = sources,
        };
    }

    // What a Markdown article's front matter says of it, and the blocks of its text.
    private static (IReadOnlyList<ArticleBlock> Blocks, ArticleMetadata Known) ReadMarkdown(string file, string text)
    {
        var (known, markdown) = ArticleFrontMatter.Split(file, text);
        return (MarkdownBlockParser.Parse(TextNormaliser.Normalise(markdown)), known);
    }

    /// <summary>The format an article file is in, from its extension.</summary>
    public static ArticleFormat FormatOf(string file)
    {
        var name = file.ToLowerInvariant();
        return name switch
        {
            _ when name.EndsWith(".txt", StringComparison.Ordinal) => ArticleFormat.Text,
            _ when name.EndsWith(".md", StringComparison.Ordinal) || name.EndsWith(".markdown", StringComparison.Ordinal) => ArticleFormat.Markdown,
            _ when name.EndsWith(".html", StringComparison.Ordinal) || name.EndsWith(".htm", StringComparison.Ordinal) => ArticleFormat.Html,
            _ when name.EndsWith(".html.gz", StringComparison.Ordinal) || name.EndsWith(".htm.gz", StringComparison.Ordinal) => ArticleFormat.GzippedHtml,
            _ => throw new ArticleException($"Unknown article format \"{Path.GetExtension(file)}\": expected .txt, .md, .html, .htm or .html.gz."),
        };
    }

    private static byte[] Inflate(byte[] bytes)
    {
        try
        {
            using var input = new GZipStream(new MemoryStream(bytes), CompressionMode.Decompress);
            using var output = new MemoryStream();
            input.CopyTo(output);
            return output.ToArray();
        }
        catch (InvalidDataException ex)
        {
            throw new ArticleException($"The file is not valid gzip: {ex.Message}");
        }
    }
}
