using System.Text;
using System.Text.RegularExpressions;
using BriefingSite.Model;

namespace BriefingSite.Publish;

/// <summary>Writes a briefing as a Markdown file with YAML front matter, in the contract's field order.</summary>
/// <remarks>Output is deterministic: the same briefing always gives the same bytes.</remarks>
public static partial class FrontMatterWriter
{
    public static string Write(Briefing briefing)
    {
        using var yaml = Front(briefing);
        var text = new StringBuilder(yaml.Text.Length + briefing.Body.Length + 16);
        Layout(yaml.Text, Body(briefing.Body), piece =>
        {
            text.Append(piece);
            return true;
        });
        return text.ToString();
    }

    /// <summary>What <see cref="Write"/> writes, as the UTF-8 bytes of the file.</summary>
    public static byte[] Utf8(Briefing briefing)
    {
        using var yaml = Front(briefing);
        return Utf8(yaml.Text, briefing.Body);
    }

    /// <summary>The file's bytes from its front matter as <see cref="YamlText"/> wrote it, and its body.</summary>
    internal static byte[] Utf8(ReadOnlySpan<char> frontMatter, string briefingBody)
    {
        var (utf8, count) = (Encoding.UTF8, 0);
        var body = Body(briefingBody);
        Layout(frontMatter, body, piece =>
        {
            count += utf8.GetByteCount(piece);
            return true;
        });
        var (bytes, at) = (new byte[count], 0);
        Layout(frontMatter, body, piece =>
        {
            at += utf8.GetBytes(piece, bytes.AsSpan(at));
            return true;
        });
        return bytes;
    }

    /// <summary>Whether <paramref name="file"/> is exactly what <see cref="Write"/> writes of the briefing, compared as it is written.</summary>
    internal static bool Writes(Briefing briefing, string file)
    {
        using var yaml = Front(briefing);
        var at = 0;
        return Layout(yaml.Text, Body(briefing.Body), piece =>
        {
            if (!file.AsSpan(at).StartsWith(piece, StringComparison.Ordinal))
            {
                return false;
            }

            at += piece.Length;
            return true;
        }) && at == file.Length;
    }

    private delegate bool Piece(ReadOnlySpan<char> text);

    // A briefing file, piece by piece, each handed on until one is refused: "---", the front matter, "---", then the
    // body after a blank line when there is one. The one place that lays the file out.
    private static bool Layout(ReadOnlySpan<char> frontMatter, ReadOnlySpan<char> body, Piece piece) =>
        piece("---\n") && piece(frontMatter.TrimEnd('\n')) && piece("\n---\n")
        && (body.IsEmpty || (piece("\n") && piece(body) && piece("\n")));

    private static YamlText Front(Briefing briefing) => YamlText.OfMapping(Fields(briefing).Select(f => KeyValuePair.Create(f.Key, f.Value)));

    /// <summary>The body as written: blank lines trimmed at both ends as the reader trims them, so write → read → write is stable.</summary>
    /// <remarks>Every run of carriage returns before a line feed goes: the reader would otherwise take "\r\r\n" for "\r\n".</remarks>
    public static string BodyText(string body)
    {
        var text = Body(body);
        return text.Length == body.Length ? body : text.ToString();
    }

    /// <summary>The <see cref="BodyText"/> of a body, copied only when line ends had to change.</summary>
    internal static ReadOnlySpan<char> Body(string body) =>
        (body.Contains('\r') ? LineEnd().Replace(body, "\n") : body).AsSpan().TrimEnd("\n\r").TrimStart('\n');

    /// <summary>One field's value as YAML text, the form in which hand edits are compared.</summary>
    public static string ValueText(string key, object? value)
    {
        using var yaml = YamlText.OfValue(key, value);
        return yaml.Text.Trim().ToString();
    }

    /// <summary>The briefing's front matter as (name, value) pairs in contract order; empty fields left out.</summary>
    public static IEnumerable<(string Key, object? Value)> Fields(Briefing b)
    {
        yield return ("title", b.Title);
        yield return ("slug", b.Slug);
        if (b.Date is DateOnly date)
        {
            yield return ("date", date);
        }

        if (b.Authors.Count > 0)
        {
            yield return ("author", b.Authors.Count == 1 ? b.Authors[0] : b.Authors);
        }

        if (b.Source is { } source)
        {
            yield return ("source", Map(("file", source.File), ("url", source.Url), ("sha256", source.Sha256)));
        }

        yield return ("summary", b.Summary);
        yield return ("key_points", b.KeyPoints);
        yield return ("tags", b.Tags);
        yield return ("entities", b.Entities.Select(Item).ToList());
        yield return ("figures", b.Figures.Select(Item).ToList());
        yield return ("events", b.Events.Select(Item).ToList());
        yield return ("quotes", b.Quotes.Select(Item).ToList());
        yield return ("related", b.Related);
        yield return ("sources", b.Sources);
        foreach (var (key, value) in b.Extra)
        {
            yield return (key, value);
        }
    }

    /// <summary>One list item as the writer emits it (a map of its keys), for per-item comparison of hand edits.</summary>
    public static object Item(EntityRef e) => Map(
        ("name", e.Name), ("id", e.Id), ("type", EntityTypes.Name(e.Type)), ("role", e.Role), ("aliases", e.Aliases.Count > 0 ? e.Aliases : null));

    public static object Item(Figure f) => Map(("value", f.Value), ("about", f.About), ("sentence", f.Sentence));

    public static object Item(DatedEvent e) => Map(("date", e.Date), ("text", e.Text), ("sentence", e.Sentence));

    public static object Item(Quote q) => Map(("speaker", q.Speaker), ("text", q.Text), ("sentence", q.Sentence));

    private static List<KeyValuePair<string, object?>> Map(params ReadOnlySpan<(string Key, object? Value)> pairs)
    {
        var map = new List<KeyValuePair<string, object?>>(pairs.Length);
        foreach (var (key, value) in pairs)
        {
            if (value is not null)
            {
                map.Add(new KeyValuePair<string, object?>(key, value));
            }
        }

        return map;
    }

    [GeneratedRegex("\r+\n")]
    private static partial Regex LineEnd();
}
