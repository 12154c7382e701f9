using System.Text;
using BriefingSite.Model;
using Markdig;
using Markdig.Extensions.Yaml;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace BriefingSite.Ingest;

/// <summary>Reads Markdown into plain-text blocks: headings, paragraphs, block quotes and list items, emphasis and links stripped.</summary>
public static class MarkdownBlockParser
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UseYamlFrontMatter().Build();

    public static IReadOnlyList<ArticleBlock> Parse(string normalised)
    {
        var blocks = new List<ArticleBlock>();
        Collect(Markdown.Parse(normalised, Pipeline), BlockKind.Paragraph, blocks);
        return blocks;
    }

    private static void Collect(ContainerBlock container, BlockKind kind, List<ArticleBlock> blocks)
    {
        foreach (var block in container)
        {
            switch (block)
            {
                case HeadingBlock heading:
                    Add(blocks, BlockKind.Heading, InlineText(heading.Inline));
                    break;
                case ParagraphBlock paragraph:
                    Add(blocks, kind, InlineText(paragraph.Inline));
                    break;
                case QuoteBlock quote:
                    Collect(quote, BlockKind.Quote, blocks);
                    break;
                case ListItemBlock item:
                    Collect(item, BlockKind.ListItem, blocks);
                    break;
                case ContainerBlock inner:
                    Collect(inner, kind, blocks);
                    break;
                case YamlFrontMatterBlock:
                    break;
                case CodeBlock code:
                    Add(blocks, kind, code.Lines.ToString());
                    break;
            }
        }
    }

    private static void Add(List<ArticleBlock> blocks, BlockKind kind, string text)
    {
        var clean = TextNormaliser.OneLine(text);
        if (clean.Length > 0)
        {
            blocks.Add(new ArticleBlock(kind, clean));
        }
    }

    private static string InlineText(ContainerInline? inline)
    {
        var builder = new StringBuilder();
        Append(inline, builder);
        return builder.ToString();
    }

    private static void Append(Inline? inline, StringBuilder builder)
    {
        switch (inline)
        {
            case LiteralInline literal:
                builder.Append(literal.Content.ToString());
                break;
            case CodeInline code:
                builder.Append(code.Content);
                break;
            case HtmlEntityInline entity:
                builder.Append(entity.Transcoded.ToString());
                break;
            case LineBreakInline:
                builder.Append(' ');
                break;
            case AutolinkInline autolink:
                builder.Append(autolink.Url);
                break;
            case LinkInline { IsImage: true }:
                break;
            case ContainerInline container:
                foreach (var child in container)
                {
                    Append(child, builder);
                }

                break;
        }
    }
}
