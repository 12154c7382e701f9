using System.Text.RegularExpressions;
using BriefingSite.Model;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace BriefingSite.Render;

/// <summary>Links the first mention of each entity in a section of a briefing body to the entity's page.</summary>
/// <remarks>Names and aliases match whole words, case-sensitively, the longest name first where several start at one place.</remarks>
public sealed class EntityLinker
{
    private readonly Dictionary<string, string> urlByName = new(StringComparer.Ordinal);
    private readonly Regex? names;

    /// <param name="entities">Name (or alias) to page URL, in order of preference when two entities share a name.</param>
    public EntityLinker(IEnumerable<KeyValuePair<string, string>> entities)
    {
        foreach (var (name, url) in entities)
        {
            // One-letter names would link stray initials; blank ones would match everywhere.
            if (name.Trim().Length > 1)
            {
                urlByName.TryAdd(name.Trim(), url);
            }
        }

        if (urlByName.Count > 0)
        {
            var alternatives = urlByName.Keys
                .OrderByDescending(n => n.Length)
                .ThenBy(n => n, StringComparer.Ordinal)
                .Select(Regex.Escape);
            names = new Regex(
                $@"(?<![\p{{L}}\p{{N}}_])(?:{string.Join('|', alternatives)})(?![\p{{L}}\p{{N}}_])",
                RegexOptions.CultureInvariant);
        }
    }

    /// <summary>The names of a briefing's visible entities, each mapped to its page relative to <paramref name="root"/>.</summary>
    public static EntityLinker For(Briefing briefing, SiteLinks links, string root)
    {
        var pairs = new List<KeyValuePair<string, string>>();
        foreach (var entity in briefing.Entities)
        {
            if (links.EntityUrl(entity.Id) is not string url)
            {
                continue;
            }

            var href = root + url;
            pairs.Add(new(entity.Name, href));
            pairs.AddRange(entity.Aliases.Select(a => new KeyValuePair<string, string>(a, href)));
            pairs.Add(new(links.Entity(entity.Id)!.Name, href));
        }

        return new EntityLinker(pairs);
    }

    /// <summary>Turns first mentions in the document's plain text into links; text already inside a link is left alone.</summary>
    /// <param name="linkedInSection">Pages already linked in this section; the caller clears it at each heading.</param>
    public void Link(MarkdownDocument document, ISet<string> linkedInSection)
    {
        if (names is null)
        {
            return;
        }

        foreach (var literal in document.Descendants<LiteralInline>().ToList())
        {
            if (!InsideLink(literal))
            {
                Link(literal, names, linkedInSection);
            }
        }
    }

    private void Link(LiteralInline literal, Regex pattern, ISet<string> linkedInSection)
    {
        var text = literal.Content.ToString();
        var pieces = new List<Inline>();
        var done = 0;
        foreach (Match match in pattern.Matches(text))
        {
            var url = urlByName[match.Value];
            if (!linkedInSection.Add(url))
            {
                continue;
            }

            if (match.Index > done)
            {
                pieces.Add(new LiteralInline(text[done..match.Index]));
            }

            var link = new LinkInline(url, "");
            link.AppendChild(new LiteralInline(match.Value));
            link.GetAttributes().AddClass("entity");
            pieces.Add(link);
            done = match.Index + match.Length;
        }

        if (pieces.Count == 0)
        {
            return;
        }

        if (done < text.Length)
        {
            pieces.Add(new LiteralInline(text[done..]));
        }

        Inline previous = literal;
        foreach (var piece in pieces)
        {
            previous.InsertAfter(piece);
            previous = piece;
        }

        literal.Remove();
    }

    private static bool InsideLink(Inline inline)
    {
        for (var parent = inline.Parent; parent is not null; parent = parent.Parent)
        {
            if (parent is LinkInline)
            {
                return true;
            }
        }

        return false;
    }
}
