using System.Globalization;
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

    // Names by their first character, longest first (then ordinal), so the first that fits at a place is the one to link.
    private readonly Dictionary<char, List<string>> namesByFirst = [];

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

        var names = urlByName.Keys.ToArray();
        Array.Sort(names, (a, b) => a.Length != b.Length ? b.Length.CompareTo(a.Length) : string.CompareOrdinal(a, b));
        foreach (var name in names)
        {
            (namesByFirst.TryGetValue(name[0], out var sameStart) ? sameStart : namesByFirst[name[0]] = []).Add(name);
        }
    }

    /// <summary>The names of a briefing's visible entities, each mapped to its page relative to <paramref name="root"/>.</summary>
    public static EntityLinker For(Briefing briefing, SiteLinks links, string root)
    {
        var pairs = new List<KeyValuePair<string, string>>(briefing.Entities.Count * 4);
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
        if (urlByName.Count == 0)
        {
            return;
        }

        foreach (var literal in SafeMarkdown.Inlines(document).OfType<LiteralInline>())
        {
            if (!InsideLink(literal))
            {
                Link(literal, linkedInSection);
            }
        }
    }

    /// <summary>The mentions in a text of pages not yet linked in this section, in order; marks those pages linked.</summary>
    public List<(int At, string Name, string Url)>? FirstMentions(ReadOnlySpan<char> text, ISet<string> linkedInSection)
    {
        List<(int At, string Name, string Url)>? mentions = null;
        for (var at = 0; at < text.Length; at++)
        {
            if (NameAt(text, at) is not string name)
            {
                continue;
            }

            var url = urlByName[name];
            if (linkedInSection.Add(url))
            {
                (mentions ??= []).Add((at, name, url));
            }

            at += name.Length - 1;
        }

        return mentions;
    }

    private void Link(LiteralInline literal, ISet<string> linkedInSection)
    {
        var text = literal.Content.AsSpan();
        if (FirstMentions(text, linkedInSection) is not { } mentions)
        {
            return;
        }

        var pieces = new List<Inline>();
        var done = 0;
        foreach (var (at, name, url) in mentions)
        {
            if (at > done)
            {
                pieces.Add(new LiteralInline(text[done..at].ToString()));
            }

            var link = new LinkInline(url, "");
            link.AppendChild(new LiteralInline(name));
            link.GetAttributes().AddClass("entity");
            pieces.Add(link);
            done = at + name.Length;
        }

        if (done < text.Length)
        {
            pieces.Add(new LiteralInline(text[done..].ToString()));
        }

        Inline previous = literal;
        foreach (var piece in pieces)
        {
            previous.InsertAfter(piece);
            previous = piece;
        }

        literal.Remove();
    }

    // The name that starts at this place as a whole word (no letter, digit or underscore either side), longest first.
    private string? NameAt(ReadOnlySpan<char> text, int at)
    {
        if (at > 0 && IsWordChar(text[at - 1]) || !namesByFirst.TryGetValue(text[at], out var names))
        {
            return null;
        }

        foreach (var name in names)
        {
            var end = at + name.Length;
            if (text[at..].StartsWith(name, StringComparison.Ordinal) && (end == text.Length || !IsWordChar(text[end])))
            {
                return name;
            }
        }

        return null;
    }

    // What a regex means by [\p{L}\p{N}_].
    private static bool IsWordChar(char c) => char.IsAscii(c)
        ? char.IsAsciiLetterOrDigit(c) || c == '_'
        : char.GetUnicodeCategory(c) is <= UnicodeCategory.OtherLetter or (>= UnicodeCategory.DecimalDigitNumber and <= UnicodeCategory.OtherNumber);

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
