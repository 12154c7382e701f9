using System.Globalization;
using System.Runtime.InteropServices;
using BriefingSite.Model;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace BriefingSite.Render;

/// <summary>Links the first mention of each entity in a section of a briefing body to the entity's page.</summary>
/// <remarks>Names and aliases match whole words, case-sensitively, the longest name first where several start at one place.</remarks>
public sealed class EntityLinker
{
    private readonly Dictionary<string, string> urlByName;

    // The names by first character, then longest first (then ordinal), and where each first character's run of them
    // starts: the first name of its run that fits at a place is the one to link.
    private readonly string[] names;
    private readonly Dictionary<char, (int Start, int Count)> runs;

    /// <param name="entities">Name (or alias) to page URL, in order of preference when two entities share a name.</param>
    /// <param name="root">What links put before each URL: the way from the page to the site root.</param>
    public EntityLinker(IEnumerable<KeyValuePair<string, string>> entities, string root = "")
    {
        Root = root;
        urlByName = new(entities.TryGetNonEnumeratedCount(out var count) ? count : 0, StringComparer.Ordinal);
        foreach (var (name, url) in entities)
        {
            // One-letter names would link stray initials; blank ones would match everywhere.
            if (name.Trim().Length > 1)
            {
                urlByName.TryAdd(name.Trim(), url);
            }
        }

        names = [.. urlByName.Keys];
        Array.Sort(names, static (a, b) => a[0] != b[0] ? a[0].CompareTo(b[0]) : a.Length != b.Length ? b.Length.CompareTo(a.Length) : string.CompareOrdinal(a, b));
        runs = new(names.Length);
        for (var at = 0; at < names.Length; at++)
        {
            ref var run = ref CollectionsMarshal.GetValueRefOrAddDefault(runs, names[at][0], out var seen);
            run = seen ? (run.Start, run.Count + 1) : (at, 1);
        }
    }

    /// <summary>What links put before each URL <see cref="FirstMentions"/> gives.</summary>
    public string Root { get; }

    /// <summary>The names of a briefing's visible entities, each mapped to its page, linked from a page at <paramref name="root"/>.</summary>
    public static EntityLinker For(Briefing briefing, SiteLinks links, string root)
    {
        var pairs = new List<KeyValuePair<string, string>>(briefing.Entities.Count * 4);
        foreach (var entity in briefing.Entities)
        {
            if (links.EntityUrl(entity.Id) is not string url)
            {
                continue;
            }

            pairs.Add(new(entity.Name, url));
            foreach (var alias in entity.Aliases)
            {
                pairs.Add(new(alias, url));
            }

            pairs.Add(new(links.Entity(entity.Id)!.Name, url));
        }

        return new EntityLinker(pairs, root);
    }

    /// <summary>Turns first mentions in the document's plain text into links; text already inside a link is left alone.</summary>
    /// <param name="linkedInSection">Pages already linked in this section; the caller clears it at each heading.</param>
    public void Link(MarkdownDocument document, ISet<string> linkedInSection)
    {
        if (urlByName.Count == 0)
        {
            return;
        }

        var mentions = new List<(int At, string Name, string Url)>();
        foreach (var literal in SafeMarkdown.Inlines(document).OfType<LiteralInline>())
        {
            if (!InsideLink(literal))
            {
                mentions.Clear();
                FirstMentions(literal.Content.AsSpan(), linkedInSection, mentions);
                Link(literal, mentions);
            }
        }
    }

    /// <summary>Adds to <paramref name="mentions"/> the mentions in a text of pages not yet linked in this section, in order; marks those pages linked.</summary>
    /// <remarks>Each URL is relative to the site root: a link puts <see cref="Root"/> before it.</remarks>
    public void FirstMentions(ReadOnlySpan<char> text, ISet<string> linkedInSection, List<(int At, string Name, string Url)> mentions)
    {
        for (var at = 0; at < text.Length; at++)
        {
            if (NameAt(text, at) is not string name)
            {
                continue;
            }

            var url = urlByName[name];
            if (linkedInSection.Add(url))
            {
                mentions.Add((at, name, url));
            }

            at += name.Length - 1;
        }
    }

    private void Link(LiteralInline literal, List<(int At, string Name, string Url)> mentions)
    {
        if (mentions.Count == 0)
        {
            return;
        }

        var text = literal.Content.AsSpan();
        var pieces = new List<Inline>();
        var done = 0;
        foreach (var (at, name, url) in mentions)
        {
            if (at > done)
            {
                pieces.Add(new LiteralInline(text[done..at].ToString()));
            }

            var link = new LinkInline(Root + url, "");
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
        if (at > 0 && IsWordChar(text[at - 1]) || !runs.TryGetValue(text[at], out var run))
        {
            return null;
        }

        foreach (var name in names.AsSpan(run.Start, run.Count))
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
