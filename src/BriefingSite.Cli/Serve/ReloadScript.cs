namespace BriefingSite.Cli.Serve;

/// <summary>The few lines that make a served page reload itself when a build changes the site.</summary>
/// <remarks>
/// The script is a separate file rather than inline code so a page with a strict Content-Security-Policy
/// ('self' scripts) still runs it. The page carries the numbers of the build it was served from (see
/// <see cref="ReloadSignal"/>): a build that lands between serving the page and opening the event stream is noticed on
/// connect, not missed. Every page reloads on a new build number; a page that loads the search index also on a new
/// search number. An event that names a page ("build search path") reloads that page only, as soon as a build has
/// written it; served after that, it carries the build number it already shows (data-early) and does not reload again.
/// </remarks>
public static class ReloadScript
{
    public const string EventsPath = "/__briefing/reload";

    public const string ScriptPath = "/__briefing/reload.js";

    public const string Source =
        "(function(){var t=document.currentScript,a=function(n){return t.getAttribute(\"data-\"+n)},b=a(\"build\"),e=a(\"early\"),q=a(\"search\"),p=a(\"page\"),"
        + "s=new EventSource(\"" + EventsPath + "\");"
        + "s.onmessage=function(v){var m=v.data.split(\" \"),r=m.length>2?m.slice(2).join(\" \")===p&&m[0]!==e"
        + ":(m[0]!==b&&m[0]!==e)||(m[1]!==q&&!!document.querySelector(\"script[src$=\\\"search-index.js\\\"]\"));"
        + "if(r){s.close();location.reload();}};})();\n";

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
