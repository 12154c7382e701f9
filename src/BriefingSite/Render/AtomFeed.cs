using System.Text;
using System.Xml;
using BriefingSite.Model;

namespace BriefingSite.Render;

/// <summary>The Atom feed of the newest briefings; ids are absolute URLs when the site has a base URL, URNs otherwise.</summary>
public static class AtomFeed
{
    private const int Entries = 20;
    private const string Atom = "http://www.w3.org/2005/Atom";

    public static byte[] Write(Site site)
    {
        var baseUrl = site.Settings.BaseUrl;
        var newest = site.Briefings.Take(Entries).ToList();

        // No clock: the feed is as new as its newest briefing, so the same site always gives the same feed.
        var updated = Timestamp(site.Briefings.Select(b => b.Date).Max() ?? new DateOnly(2000, 1, 1));

        using var buffer = new MemoryStream();
        using (var xml = XmlWriter.Create(buffer, Settings()))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("feed", Atom);
            xml.WriteElementString("title", Atom, site.Settings.Title);
            xml.WriteElementString("subtitle", Atom, site.Settings.Description);
            xml.WriteElementString("id", Atom, baseUrl is null ? $"urn:briefing-site:{PathSegment.Of(site.Settings.Title)}" : baseUrl);
            xml.WriteElementString("updated", Atom, updated);
            Link(xml, "alternate", (baseUrl ?? "") + "index.html");
            if (baseUrl is not null)
            {
                Link(xml, "self", baseUrl + "feed.xml");
            }

            xml.WriteStartElement("author", Atom);
            xml.WriteElementString("name", Atom, site.Settings.Title);
            xml.WriteEndElement();

            foreach (var briefing in newest)
            {
                var url = (baseUrl ?? "") + SiteLinks.BriefingUrl(briefing.Slug);
                xml.WriteStartElement("entry", Atom);
                xml.WriteElementString("title", Atom, briefing.Title);
                xml.WriteElementString("id", Atom, baseUrl is null ? $"urn:briefing:{briefing.Slug}" : url);
                Link(xml, "alternate", url);
                xml.WriteElementString("updated", Atom, briefing.Date is DateOnly date ? Timestamp(date) : updated);
                foreach (var author in briefing.Authors)
                {
                    xml.WriteStartElement("author", Atom);
                    xml.WriteElementString("name", Atom, author);
                    xml.WriteEndElement();
                }

                foreach (var tag in briefing.Tags)
                {
                    xml.WriteStartElement("category", Atom);
                    xml.WriteAttributeString("term", tag);
                    xml.WriteEndElement();
                }

                xml.WriteElementString("summary", Atom, briefing.Summary);
                xml.WriteEndElement();
            }

            xml.WriteEndElement();
        }

        return buffer.ToArray();
    }

    internal static XmlWriterSettings Settings() => new()
    {
        Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
        Indent = true,
        IndentChars = "  ",
        NewLineChars = "\n",
    };

    private static string Timestamp(DateOnly date) => $"{date:yyyy-MM-dd}T00:00:00Z";

    private static void Link(XmlWriter xml, string rel, string href)
    {
        xml.WriteStartElement("link", Atom);
        xml.WriteAttributeString("rel", rel);
        xml.WriteAttributeString("href", href);
        xml.WriteEndElement();
    }
}
