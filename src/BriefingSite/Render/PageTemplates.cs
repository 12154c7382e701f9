using System.Text;
using System.Text.RegularExpressions;
using BriefingSite.Render.Templates;
using HandlebarsDotNet;

namespace BriefingSite.Render;

/// <summary>The theme's Handlebars templates, compiled once: one per page kind, the partials, and the layout that wraps every page.</summary>
public sealed partial class PageTemplates
{
    private const string Layout = "layout";
    private const string LayoutContent = "content";
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);
    private readonly HashSet<string> pageNames;

    // The theme parsed for this library's own renderer, or null when it uses Handlebars beyond it (see TemplateParser).
    private readonly ParsedTheme? parsed;

    // Handlebars.Net's templates: for a theme the parser refused, and for a page whose data only it renders (compiled then).
    private readonly Lazy<Dictionary<string, HandlebarsTemplate<TextWriter, object, object>>> compiled;

    // Set when the layout's only use of the content is one {{{content}}} and no partial names it (see RenderBytes).
    private readonly string? contentMarker;

    // Each rendering thread reuses its buffers from page to page: a large site's pages would otherwise churn the heap.
    [ThreadStatic]
    private static StringWriter? contentBuffer;
    [ThreadStatic]
    private static (MemoryStream Bytes, StreamWriter Writer)? pageBuffer;

    // The theme this process compiled last, by the digest of its files: one that builds again and again (the preview
    // server) compiles an unchanged theme once. Rendering with a compiled theme changes nothing in it.
    private static (byte[] Digest, PageTemplates Templates)? lastCompiled;
    private static readonly Lock LastCompiledGate = new();

    /// <summary>The theme compiled, or the compiled theme of the last call when its files' digest is the same.</summary>
    public static PageTemplates For(Theme theme)
    {
        var digest = theme.Digest;
        lock (LastCompiledGate)
        {
            if (lastCompiled is var (lastDigest, templates) && lastDigest.AsSpan().SequenceEqual(digest))
            {
                return templates;
            }
        }

        var compiled = new PageTemplates(theme);
        lock (LastCompiledGate)
        {
            lastCompiled = (digest, compiled);
        }

        return compiled;
    }

    public PageTemplates(Theme theme)
        : this(theme, handlebarsOnly: false)
    {
    }

    /// <param name="handlebarsOnly">True to render every page with Handlebars.Net (for tests that compare the engines).</param>
    internal PageTemplates(Theme theme, bool handlebarsOnly)
    {
        var templates = theme.Paths.Where(p => p.EndsWith(".hbs", StringComparison.Ordinal)).ToList();
        var partials = templates.Where(p => p.StartsWith("partials/", StringComparison.Ordinal))
            .Select(p => KeyValuePair.Create(p["partials/".Length..^".hbs".Length], Source(theme, p)))
            .ToList();
        var pageSources = templates.Where(p => !p.Contains('/'))
            .Select(p => KeyValuePair.Create(p[..^".hbs".Length], Source(theme, p)))
            .ToList();
        pageNames = pageSources.Select(p => p.Key).ToHashSet(StringComparer.Ordinal);
        if (!pageNames.Contains(Layout))
        {
            throw new InvalidOperationException("The theme has no layout.hbs.");
        }

        // A private environment: partials and helpers of one theme never leak into another renderer.
        var handlebars = Handlebars.Create();
        RegisterHelpers(handlebars);
        parsed = handlebarsOnly || handlebars.Configuration.TextEncoder is not { } encoder ? null : ParsedTheme.Parse(pageSources, partials, encoder);
        compiled = new Lazy<Dictionary<string, HandlebarsTemplate<TextWriter, object, object>>>(() => Compile(handlebars, pageSources, partials));
        if (parsed is null)
        {
            // Compiled now, as a theme's syntax errors should show before any page is made.
            _ = compiled.Value;
        }

        contentMarker = ContentShownOnce(pageSources.First(p => p.Key == Layout).Value, partials) ? $"briefing-content-{Guid.NewGuid():N}" : null;
    }

    /// <summary>True when the theme keeps to the Handlebars that <see cref="TemplateRenderer"/> renders, without Handlebars.Net.</summary>
    internal bool UsesOwnRenderer => parsed is not null;

    private static Dictionary<string, HandlebarsTemplate<TextWriter, object, object>> Compile(IHandlebars handlebars, List<KeyValuePair<string, string>> pages, List<KeyValuePair<string, string>> partials)
    {
        foreach (var (name, source) in partials)
        {
            handlebars.RegisterTemplate(name, source);
        }

        var compiled = new Dictionary<string, HandlebarsTemplate<TextWriter, object, object>>(StringComparer.Ordinal);
        foreach (var (name, source) in pages)
        {
            using var reader = new StringReader(source);
            compiled[name] = handlebars.Compile(reader);
        }

        return compiled;
    }

    // The layout and partials as the constructor read them: "content" is shown once, by the layout, in triple braces.
    private static bool ContentShownOnce(string layout, List<KeyValuePair<string, string>> partials)
    {
        var uses = partials.Select(p => ("partials/" + p.Key, p.Value)).Prepend((Layout, layout))
            .SelectMany(p => ContentTag().Matches(p.Item2).Select(m => (Path: p.Item1, Tag: m.Value)))
            .ToList();
        return uses is [{ Path: Layout, Tag: "{{{content}}}" }];
    }

    [GeneratedRegex(@"\{\{[^}]*\bcontent\b[^}]*\}*")]
    private static partial Regex ContentTag();

    /// <summary>True when pages are written straight into the layout, where it shows "content" (see <see cref="RenderBytes"/>).</summary>
    internal bool WritesPagesInPlace => contentMarker is not null;

    /// <summary>Renders the page template with the data, then the layout around it (the page's HTML as "content").</summary>
    public string Render(string page, Dictionary<string, object?> data) => Utf8.GetString(RenderBytes(page, data));

    /// <summary>As <see cref="Render"/>, as UTF-8 bytes, written straight from the templates.</summary>
    public byte[] RenderBytes(string page, Dictionary<string, object?> data) => RenderInBuffer(page, data).ToArray();

    /// <summary>As <see cref="RenderBytes"/>, in this thread's page buffer: the bytes hold until the thread renders its next page.</summary>
    /// <remarks>A page written to its file at once needs no array of its own (a large site's pages add up to hundreds of megabytes).</remarks>
    public ReadOnlyMemory<byte> RenderInBuffer(string page, Dictionary<string, object?> data)
    {
        if (!pageNames.Contains(page))
        {
            throw new InvalidOperationException($"The theme has no {page}.hbs.");
        }

        if (parsed is not null)
        {
            try
            {
                return RenderInBuffer(page, data, parsed);
            }
            catch (UnsupportedValueException)
            {
                // The page's data holds what only Handlebars.Net renders as it does: the page is made again with it.
            }
        }

        return RenderInBuffer(page, data, own: null);
    }

    // With own null, the page is rendered by Handlebars.Net.
    private ReadOnlyMemory<byte> RenderInBuffer(string page, Dictionary<string, object?> data, ParsedTheme? own)
    {
        var (bytes, writer) = pageBuffer ??= NewPageBuffer();
        try
        {
            // Where the layout shows the content just once, the page is written in place of a marker, never held as text.
            if (contentMarker is null || !LayoutAround(data, contentMarker, page, own, writer))
            {
                var content = Buffer();
                Write(page, content, data, own);
                WithContent(data, content.ToString(), layoutData => Write(Layout, writer, layoutData, own));
            }

            writer.Flush();
            return bytes.GetBuffer().AsMemory(0, (int)bytes.Length);
        }
        catch
        {
            // A template that failed may have left text in the writer: the next page starts afresh.
            pageBuffer = null;
            throw;
        }
        finally
        {
            bytes.SetLength(0);
        }
    }

    private void Write(string template, TextWriter writer, Dictionary<string, object?> data, ParsedTheme? own)
    {
        if (own is not null)
        {
            own.Render(template, writer, data);
        }
        else
        {
            compiled.Value[template](writer, data);
        }
    }

    // The layout rendered with the marker as its content, then written up to the marker, the page, and the rest.
    // False, with nothing written, when the marker does not show exactly once (a page's data may hold its text).
    private bool LayoutAround(Dictionary<string, object?> data, string marker, string page, ParsedTheme? own, StreamWriter writer)
    {
        var layout = Buffer();
        WithContent(data, marker, layoutData => Write(Layout, layout, layoutData, own));
        var text = layout.GetStringBuilder();
        var chunks = text.GetChunks();
        var enumerator = chunks.GetEnumerator();
        var whole = enumerator.MoveNext() && enumerator.Current.Length == text.Length ? enumerator.Current.Span : text.ToString().AsSpan();
        var at = whole.IndexOf(marker, StringComparison.Ordinal);
        if (at < 0 || whole[(at + marker.Length)..].Contains(marker, StringComparison.Ordinal))
        {
            return false;
        }

        writer.Write(whole[..at]);
        Write(page, writer, data, own);
        writer.Write(whole[(at + marker.Length)..]);
        return true;
    }

    // The layout sees the page's data with its content added; the caller's map is left as it was.
    private static void WithContent(Dictionary<string, object?> data, string content, Action<Dictionary<string, object?>> render)
    {
        var had = data.TryGetValue(LayoutContent, out var before);
        data[LayoutContent] = content;
        try
        {
            render(data);
        }
        finally
        {
            if (had)
            {
                data[LayoutContent] = before;
            }
            else
            {
                data.Remove(LayoutContent);
            }
        }
    }

    private static StringWriter Buffer()
    {
        var buffer = contentBuffer ??= new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        buffer.GetStringBuilder().Clear();
        return buffer;
    }

    private static (MemoryStream, StreamWriter) NewPageBuffer()
    {
        var bytes = new MemoryStream();
        return (bytes, new StreamWriter(bytes, Utf8, bufferSize: 1 << 14, leaveOpen: true));
    }

    /// <summary>A template's text, with the indentation before a partial call on its own line removed.</summary>
    /// <remarks>
    /// Handlebars.Net 2.4.3 stops HTML-escaping the output of an indented standalone partial ("  {{> tags}}"), so a
    /// theme written the natural way would let article text through unescaped. Indentation is meaningless in HTML.
    /// </remarks>
    public static string Source(Theme theme, string path) => IndentedPartial().Replace(theme.Text(path), "");

    [GeneratedRegex(@"^[ \t]+(?=\{\{~?#?>)", RegexOptions.Multiline)]
    private static partial Regex IndentedPartial();

    internal static void RegisterHelpers(IHandlebars handlebars)
    {
        // {{plural count "briefing" "briefings"}} and {{join list ", "}}: the same code as the theme's own renderer calls.
        handlebars.RegisterHelper("plural", (context, arguments) => ThemeHelpers.Plural(arguments.AsEnumerable().ToArray()));
        handlebars.RegisterHelper("join", (context, arguments) => ThemeHelpers.Join(arguments.AsEnumerable().ToArray()));
    }
}
