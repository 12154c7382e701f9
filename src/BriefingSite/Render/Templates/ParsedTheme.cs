using HandlebarsDotNet;

namespace BriefingSite.Render.Templates;

/// <summary>A theme's pages and partials parsed for <see cref="TemplateRenderer"/>, when all keep to its subset of Handlebars.</summary>
internal sealed class ParsedTheme
{
    private readonly Dictionary<string, TemplateNode[]> pages;
    private readonly Dictionary<string, TemplateNode[]> partials;

    private ParsedTheme(Dictionary<string, TemplateNode[]> pages, Dictionary<string, TemplateNode[]> partials, ITextEncoder encoder)
    {
        this.pages = pages;
        this.partials = partials;
        Encoder = encoder;
    }

    /// <summary>Handlebars.Net's own HTML encoder, so escaped text is the same from both engines.</summary>
    public ITextEncoder Encoder { get; }

    /// <summary>The parsed theme, or null when a page or partial uses anything outside the subset or names a missing partial.</summary>
    /// <param name="pages">Each page's name and source.</param>
    /// <param name="partials">Each partial's name, as pages call it, and source.</param>
    public static ParsedTheme? Parse(IEnumerable<KeyValuePair<string, string>> pages, IEnumerable<KeyValuePair<string, string>> partials, ITextEncoder encoder)
    {
        var parsedPages = ParseAll(pages);
        var parsedPartials = ParseAll(partials);
        if (parsedPages is null || parsedPartials is null)
        {
            return null;
        }

        foreach (var template in parsedPages.Values.Concat(parsedPartials.Values))
        {
            if (!PartialsFound(template, parsedPartials))
            {
                return null;
            }
        }

        return new ParsedTheme(parsedPages, parsedPartials, encoder);
    }

    /// <summary>Writes the page with the data as its context.</summary>
    /// <exception cref="UnsupportedValueException">When the data holds what only Handlebars.Net renders.</exception>
    public void Render(string page, TextWriter writer, object? data) => new TemplateRenderer(this, writer).Render(pages[page], data);

    public TemplateNode[] Partial(string name) => partials[name];

    private static Dictionary<string, TemplateNode[]>? ParseAll(IEnumerable<KeyValuePair<string, string>> sources)
    {
        var parsed = new Dictionary<string, TemplateNode[]>(StringComparer.Ordinal);
        foreach (var (name, source) in sources)
        {
            if (TemplateParser.Parse(source) is not { } nodes)
            {
                return null;
            }

            parsed[name] = nodes;
        }

        return parsed;
    }

    private static bool PartialsFound(TemplateNode[] nodes, Dictionary<string, TemplateNode[]> partials)
    {
        foreach (var node in nodes)
        {
            if ((node.Kind == NodeKind.Partial && !partials.ContainsKey(node.Text)) || !PartialsFound(node.Body, partials) || !PartialsFound(node.Inverse, partials))
            {
                return false;
            }
        }

        return true;
    }
}
