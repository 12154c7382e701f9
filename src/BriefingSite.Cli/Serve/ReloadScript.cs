using System.Globalization;

namespace BriefingSite.Cli.Serve;

/// <summary>The few lines that make a served page reload itself when a build changes the site.</summary>
/// <remarks>
/// The script is a separate file rather than inline code so a page with a strict Content-Security-Policy
/// ('self' scripts) still runs it. The page carries the build number it was served from: a build that lands
/// between serving the page and opening the event stream is noticed on connect, not missed.
/// </remarks>
public static class ReloadScript
{
    public const string EventsPath = "/__briefing/reload";

    public const string ScriptPath = "/__briefing/reload.js";

    public const string Source =
        "(function(){var b=document.currentScript.getAttribute(\"data-build\"),s=new EventSource(\"" + EventsPath + "\");"
        + "s.onmessage=function(e){if(e.data!==b){s.close();location.reload();}};})();\n";

    /// <summary>The page with the script tag before its last &lt;/body&gt;, or at its end when it has none.</summary>
    public static string Inject(string html, int build)
    {
        var tag = $"<script src=\"{ScriptPath}\" data-build=\"{build.ToString(CultureInfo.InvariantCulture)}\"></script>";
        var end = html.LastIndexOf("</body>", StringComparison.OrdinalIgnoreCase);

        // Without </body> the parser still puts a trailing script into the body, so appending is safe.
        return end < 0 ? html + tag : html.Insert(end, tag);
    }
}
