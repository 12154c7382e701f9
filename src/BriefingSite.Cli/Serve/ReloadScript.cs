namespace BriefingSite.Cli.Serve;

/// <summary>The few lines that make a served page reload itself when a build changes the site.</summary>
/// <remarks>
/// The script is a separate file rather than inline code so a page with a strict Content-Security-Policy
/// ('self' scripts) still runs it. The page carries the numbers of the build it was served from (see
/// <see cref="ReloadSignal"/>): a build that lands between serving the page and opening the event stream is noticed on
/// connect, not missed. Every page reloads on a new build number; a page that loads the search index also on a new
/// search number.
/// </remarks>
public static class ReloadScript
{
    public const string EventsPath = "/__briefing/reload";

    public const string ScriptPath = "/__briefing/reload.js";

    public const string Source =
        "(function(){var t=document.currentScript,b=t.getAttribute(\"data-build\"),q=t.getAttribute(\"data-search\"),s=new EventSource(\"" + EventsPath + "\");"
        + "s.onmessage=function(e){var m=e.data.split(\" \");"
        + "if(m[0]!==b||(m[1]!==q&&document.querySelector(\"script[src$=\\\"search-index.js\\\"]\"))){s.close();location.reload();}};})();\n";

    /// <summary>The page with the script tag before its last &lt;/body&gt;, or at its end when it has none.</summary>
    public static string Inject(string html, (int Build, int Search) served)
    {
        var tag = FormattableString.Invariant($"<script src=\"{ScriptPath}\" data-build=\"{served.Build}\" data-search=\"{served.Search}\"></script>");
        var end = html.LastIndexOf("</body>", StringComparison.OrdinalIgnoreCase);

        // Without </body> the parser still puts a trailing script into the body, so appending is safe.
        return end < 0 ? html + tag : html.Insert(end, tag);
    }
}
