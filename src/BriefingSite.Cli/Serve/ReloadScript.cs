namespace BriefingSite.Cli.Serve;

/// <summary>The few lines that make a served page reload itself when a build changes the site.</summary>
/// <remarks>
/// The script is a separate file rather than inline code so a page with a strict Content-Security-Policy
/// ('self' scripts) still runs it. The page carries the numbers of the build it was served from (see
/// <see cref="ReloadSignal"/>): a build that lands between serving the page and opening the event stream is noticed on
/// connect, not missed. Every page reloads on a new build number; a page that loads the search index also on a new
/// search number. An event that names a page ("build search path") updates that page only, as soon as a build has
/// written it; served after that, it carries the build number it already shows (data-early) and does not reload again.
/// <para>
/// A page named so is updated in place: fetched, and its body put in place of the one shown, which shows it in a few
/// milliseconds where a reload takes a few hundred (the browser loads the page's styles and scripts again and lays it
/// out anew). Only where nothing is lost that way: the page's stylesheets and head scripts are the ones shown, and every
/// script in its body is marked <c>data-preview="keep"</c> (a script that only listens on the document, which the new
/// body does not need run again). Any other page, or a fetch that fails, reloads.
/// </para>
/// </remarks>
public static class ReloadScript
{
    public const string EventsPath = "/__briefing/reload";

    public const string ScriptPath = "/__briefing/reload.js";

    public const string Source = """
        (function () {
          var events = new EventSource("/__briefing/reload");
          var shown = numbers(document.currentScript);
          var held = null;

          function numbers(script) {
            var data = function (name) { return script.getAttribute("data-" + name); };
            return { build: data("build"), early: data("early"), search: data("search"), page: data("page") };
          }

          function reload() {
            events.close();
            location.reload();
          }

          // What must stay as it is for the page to be updated in place rather than reloaded.
          function assets(page) {
            var head = page.head.querySelectorAll('link[rel~="stylesheet"], script:not([type="application/ld+json"])');
            var body = page.body.querySelectorAll('script:not([src="/__briefing/reload.js"])');
            var kept = Array.prototype.every.call(body, function (script) { return script.getAttribute("data-preview") === "keep"; });
            var list = function (nodes) { return Array.prototype.map.call(nodes, function (node) { return node.outerHTML; }).join("\n"); };
            return kept ? list(head) + "\n" + list(body) : null;
          }

          // The page fetched again, and its body put in place of the one shown; the events that come meanwhile wait.
          function update() {
            held = [];
            fetch(location.href, { cache: "no-store" })
              .then(function (response) {
                if (!response.ok || !/html/.test(response.headers.get("content-type") || "")) throw new Error("no page");
                return response.text();
              })
              .then(function (html) {
                var page = new DOMParser().parseFromString(html, "text/html");
                var script = page.querySelector('script[src="/__briefing/reload.js"]');
                var same = assets(page);
                if (!script || same === null || same !== assets(document)) throw new Error("not the same assets");
                document.title = page.title;
                document.body.replaceWith(document.adoptNode(page.body));
                shown = numbers(script);
                var waiting = held;
                held = null;
                waiting.forEach(hear);
              })
              .catch(reload);
          }

          function hear(message) {
            if (held) {
              held.push(message);
              return;
            }

            var parts = message.split(" ");
            if (parts.length > 2) {
              if (parts.slice(2).join(" ") === shown.page && parts[0] !== shown.early) {
                if (assets(document) === null) reload();
                else update();
              }
            } else if ((parts[0] !== shown.build && parts[0] !== shown.early)
                || (parts[1] !== shown.search && !!document.querySelector('script[src$="search-index.js"]'))) {
              reload();
            }
          }

          events.onmessage = function (event) { hear(event.data); };
        })();

        """;

    /// <summary>The page with the script tag before its last &lt;/body&gt;, or at its end when it has none.</summary>
    /// <param name="served">The numbers the page is served with (see <see cref="ReloadSignal.For"/>).</param>
    /// <param name="page">The page's path in the site ("briefings/x.html"), which page events name.</param>
    public static string Inject(string html, (int Build, int Search, int? Early) served, string? page = null)
    {
        var tag = FormattableString.Invariant($"<script src=\"{ScriptPath}\" data-build=\"{served.Build}\" data-search=\"{served.Search}\"")
            + (served.Early is { } early ? FormattableString.Invariant($" data-early=\"{early}\"") : "")
            + (page is null ? "" : $" data-page=\"{System.Net.WebUtility.HtmlEncode(page)}\"")
            + "></script>";
        var end = html.LastIndexOf("</body>", StringComparison.OrdinalIgnoreCase);

        // Without </body> the parser still puts a trailing script into the body, so appending is safe.
        return end < 0 ? html + tag : html.Insert(end, tag);
    }
}
