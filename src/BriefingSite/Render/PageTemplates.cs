using System.Text;
using System.Text.RegularExpressions;
using HandlebarsDotNet;

namespace BriefingSite.Render;

/// <summary>The theme's Handlebars templates, compiled once: one per page kind, the partials, and the layout that wraps every page.</summary>
public sealed partial class PageTemplates
{
    private const string Layout = "layout";
    private const string LayoutContent = "content";
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);
    private readonly Dictionary<string, HandlebarsTemplate<TextWriter, object, object>> pages = new(StringComparer.Ordinal);

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
    {
        // A private environment: partials and helpers of one theme never leak into another renderer.
        var handlebars = Handlebars.Create();
        RegisterHelpers(handlebars);
        foreach (var path in theme.Paths.Where(p => p.EndsWith(".hbs", StringComparison.Ordinal)))
        {
            var name = path[..^".hbs".Length];
            if (name.StartsWith("partials/", StringComparison.Ordinal))
            {
                handlebars.RegisterTemplate(name["partials/".Length..], Source(theme, path));
            }
        }

        foreach (var path in theme.Paths.Where(p => p.EndsWith(".hbs", StringComparison.Ordinal) && !p.Contains('/')))
        {
            using var source = new StringReader(Source(theme, path));
            pages[path[..^".hbs".Length]] = handlebars.Compile(source);
        }

        if (!pages.ContainsKey(Layout))
        {
            throw new InvalidOperationException("The theme has no layout.hbs.");
        }

        contentMarker = ContentShownOnce(theme) ? $"briefing-content-{Guid.NewGuid():N}" : null;
    }

    private static bool ContentShownOnce(Theme theme)
    {
        var uses = theme.Paths
            .Where(p => p.EndsWith(".hbs", StringComparison.Ordinal) && (p == Layout + ".hbs" || p.StartsWith("partials/", StringComparison.Ordinal)))
            .SelectMany(p => ContentTag().Matches(Source(theme, p)).Select(m => (Path: p, Tag: m.Value)))
            .ToList();
        return uses is [{ Path: Layout + ".hbs", Tag: "{{{content}}}" }];
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
        if (!pages.TryGetValue(page, out var template))
        {
            throw new InvalidOperationException($"The theme has no {page}.hbs.");
        }

        var (bytes, writer) = pageBuffer ??= NewPageBuffer();
        try
        {
            // Where the layout shows the content just once, the page is written in place of a marker, never held as text.
            if (contentMarker is null || !LayoutAround(data, contentMarker, template, writer))
            {
                var content = Buffer();
                template(content, data);
                WithContent(data, content.ToString(), layoutData => pages[Layout](writer, layoutData));
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

    // The layout rendered with the marker as its content, then written up to the marker, the page, and the rest.
    // False, with nothing written, when the marker does not show exactly once (a page's data may hold its text).
    private bool LayoutAround(Dictionary<string, object?> data, string marker, HandlebarsTemplate<TextWriter, object, object> template, StreamWriter writer)
    {
        var layout = Buffer();
        WithContent(data, marker, layoutData => pages[Layout](layout, layoutData));
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
        template(writer, data);
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

    private static void RegisterHelpers(IHandlebars handlebars)
    {
        // {{plural count "briefing" "briefings"}} → "1 briefing", "3 briefings", "12,121 entities".
        handlebars.RegisterHelper("plural", (context, arguments) =>
        {
            // A theme may pass a list, a number, or a name that does not resolve; never fail the page over a count.
            var count = arguments.Length == 0 ? 0 : arguments[0] switch
            {
                System.Collections.ICollection items => items.Count,
                int number => number,
                IConvertible number when long.TryParse(number.ToString(System.Globalization.CultureInfo.InvariantCulture), out var n) => n,
                _ => 0,
            };
            var singular = arguments.Length > 1 ? arguments[1]?.ToString() : "";
            var plural = arguments.Length > 2 ? arguments[2]?.ToString() : singular + "s";
            return $"{count.ToString("N0", System.Globalization.CultureInfo.InvariantCulture)} {(count == 1 ? singular : plural)}";
        });

        // {{join list ", "}} for authors, aliases and roles.
        handlebars.RegisterHelper("join", (context, arguments) =>
        {
            var separator = arguments.Length > 1 ? arguments[1]?.ToString() ?? ", " : ", ";
            return arguments.Length > 0 && arguments[0] is System.Collections.IEnumerable items and not string
                ? string.Join(separator, items.Cast<object?>().Select(i => i?.ToString()))
                : arguments.Length > 0 ? arguments[0]?.ToString() ?? "" : "";
        });
    }
}
