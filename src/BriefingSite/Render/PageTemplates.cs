using System.Text;
using System.Text.RegularExpressions;
using HandlebarsDotNet;

namespace BriefingSite.Render;

/// <summary>The theme's Handlebars templates, compiled once: one per page kind, the partials, and the layout that wraps every page.</summary>
public sealed partial class PageTemplates
{
    private const string Layout = "layout";
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);
    private readonly Dictionary<string, HandlebarsTemplate<TextWriter, object, object>> pages = new(StringComparer.Ordinal);

    // Each rendering thread reuses its buffers from page to page: a large site's pages would otherwise churn the heap.
    [ThreadStatic]
    private static StringWriter? contentBuffer;
    [ThreadStatic]
    private static (MemoryStream Bytes, StreamWriter Writer)? pageBuffer;

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
    }

    /// <summary>Renders the page template with the data, then the layout around it (the page's HTML as "content").</summary>
    public string Render(string page, Dictionary<string, object?> data) => Utf8.GetString(RenderBytes(page, data));

    /// <summary>As <see cref="Render"/>, as UTF-8 bytes, written straight from the templates.</summary>
    public byte[] RenderBytes(string page, Dictionary<string, object?> data)
    {
        if (!pages.TryGetValue(page, out var template))
        {
            throw new InvalidOperationException($"The theme has no {page}.hbs.");
        }

        var content = contentBuffer ??= new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        content.GetStringBuilder().Clear();
        template(content, data);
        var layoutData = new Dictionary<string, object?>(data, StringComparer.Ordinal) { ["content"] = content.ToString() };

        var (bytes, writer) = pageBuffer ??= NewPageBuffer();
        try
        {
            pages[Layout](writer, layoutData);
            writer.Flush();
            return bytes.ToArray();
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
        // {{plural count "briefing" "briefings"}} → "1 briefing", "3 briefings".
        handlebars.RegisterHelper("plural", (context, arguments) =>
        {
            // A theme may pass a list, a number, or a name that does not resolve; never fail the page over a count.
            var count = arguments.Length == 0 ? 0 : arguments[0] switch
            {
                System.Collections.ICollection items => items.Count,
                IConvertible number when long.TryParse(number.ToString(System.Globalization.CultureInfo.InvariantCulture), out var n) => n,
                _ => 0,
            };
            var singular = arguments.Length > 1 ? arguments[1]?.ToString() : "";
            var plural = arguments.Length > 2 ? arguments[2]?.ToString() : singular + "s";
            return $"{count} {(count == 1 ? singular : plural)}";
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
