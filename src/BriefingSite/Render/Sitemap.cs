using System.Xml;
using BriefingSite.Model;

namespace BriefingSite.Render;

/// <summary>sitemap.xml and robots.txt; a sitemap needs absolute URLs, so it exists only when the site has a base URL.</summary>
public static class Sitemap
{
    private const string Namespace = "http://www.sitemaps.org/schemas/sitemap/0.9";

    /// <param name="pages">HTML pages as (path relative to the site root, last modified date when known).</param>
    public static byte[] Write(string baseUrl, IEnumerable<(string Path, DateOnly? Modified)> pages)
    {
        using var buffer = new MemoryStream();
        using (var xml = XmlWriter.Create(buffer, AtomFeed.Settings()))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("urlset", Namespace);
            foreach (var (path, modified) in pages)
            {
                xml.WriteStartElement("url", Namespace);
                xml.WriteElementString("loc", Namespace, baseUrl + (path == "index.html" ? "" : path));
                if (modified is DateOnly date)
                {
                    xml.WriteElementString("lastmod", Namespace, $"{date:yyyy-MM-dd}");
                }

                xml.WriteEndElement();
            }

            xml.WriteEndElement();
        }

        return buffer.ToArray();
    }

    public static byte[] Robots(SiteSettings settings)
    {
        var text = "User-agent: *\nAllow: /\n" + (settings.BaseUrl is null ? "" : $"Sitemap: {settings.BaseUrl}sitemap.xml\n");
        return System.Text.Encoding.UTF8.GetBytes(text);
    }
}
