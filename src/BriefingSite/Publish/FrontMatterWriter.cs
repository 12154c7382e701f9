using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using BriefingSite.Model;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace BriefingSite.Publish;

/// <summary>Writes a briefing as a Markdown file with YAML front matter, in the contract's field order.</summary>
/// <remarks>Output is deterministic: the same briefing always gives the same bytes.</remarks>
public static partial class FrontMatterWriter
{
    public static string Write(Briefing briefing)
    {
        var yaml = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        var emitter = new Emitter(yaml, new EmitterSettings(2, int.MaxValue, false, 1024, false, false, "\n"));
        emitter.Emit(new StreamStart());
        emitter.Emit(new DocumentStart(null, null, true));
        emitter.Emit(new MappingStart());
        foreach (var (key, value) in Fields(briefing))
        {
            emitter.Emit(Plain(key));
            EmitValue(emitter, key, value);
        }

        emitter.Emit(new MappingEnd());
        emitter.Emit(new DocumentEnd(true));
        emitter.Emit(new StreamEnd());

        var body = BodyText(briefing.Body);
        var text = new StringBuilder("---\n").Append(yaml.ToString().TrimEnd('\n')).Append("\n---\n");
        if (body.Length > 0)
        {
            text.Append('\n').Append(body).Append('\n');
        }

        return text.ToString();
    }

    /// <summary>The body as written: blank lines trimmed at both ends as the reader trims them, so write → read → write is stable.</summary>
    /// <remarks>Every run of carriage returns before a line feed goes: the reader would otherwise take "\r\r\n" for "\r\n".</remarks>
    public static string BodyText(string body) => LineEnd().Replace(body, "\n").TrimEnd('\n', '\r').TrimStart('\n');

    /// <summary>One field's value as YAML text, the form in which hand edits are compared.</summary>
    public static string ValueText(string key, object? value)
    {
        var yaml = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        var emitter = new Emitter(yaml, new EmitterSettings(2, int.MaxValue, false, 1024, false, false, "\n"));
        emitter.Emit(new StreamStart());
        emitter.Emit(new DocumentStart(null, null, true));
        EmitValue(emitter, key, value);
        emitter.Emit(new DocumentEnd(true));
        emitter.Emit(new StreamEnd());
        return yaml.ToString().Trim();
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

    private static List<KeyValuePair<string, object?>> Map(params (string Key, object? Value)[] pairs) =>
        pairs.Where(p => p.Value is not null).Select(p => KeyValuePair.Create(p.Key, p.Value)).ToList();

    private static void EmitValue(IEmitter emitter, string key, object? value)
    {
        switch (value)
        {
            case null:
                emitter.Emit(Plain("null"));
                break;
            case string text:
                emitter.Emit(Text(text));
                break;
            case bool flag:
                emitter.Emit(Plain(flag ? "true" : "false"));
                break;
            case DateOnly date:
                emitter.Emit(Plain(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
                break;
            case int or long or double or decimal:
                emitter.Emit(Plain(Convert.ToString(value, CultureInfo.InvariantCulture)!));
                break;
            case IEnumerable<KeyValuePair<string, object?>> map:
                emitter.Emit(new MappingStart(null, null, true, MappingStyle.Block));
                foreach (var (k, v) in map)
                {
                    emitter.Emit(Plain(k));
                    EmitValue(emitter, k, v);
                }

                emitter.Emit(new MappingEnd());
                break;
            case System.Collections.IEnumerable list:
                var items = list.Cast<object?>().ToList();
                var flow = key is "tags" or "related" or "aliases" or "author" || items.Count == 0;
                emitter.Emit(new SequenceStart(null, null, true, flow ? SequenceStyle.Flow : SequenceStyle.Block));
                foreach (var item in items)
                {
                    EmitValue(emitter, key, item);
                }

                emitter.Emit(new SequenceEnd());
                break;
            default:
                emitter.Emit(Text(Convert.ToString(value, CultureInfo.InvariantCulture) ?? ""));
                break;
        }
    }

    private static Scalar Plain(string value) => new(null, null, value, ScalarStyle.Plain, true, false);

    // Strings that a YAML reader would take for another type, or that need escapes, are double-quoted.
    private static Scalar Text(string value) =>
        NeedsQuotes(value)
            ? new Scalar(null, null, value, ScalarStyle.DoubleQuoted, false, true)
            : new Scalar(null, null, value, ScalarStyle.Any, true, true);

    private static bool NeedsQuotes(string value) =>
        value.Length == 0 || NonString().IsMatch(value) || value.Any(c => char.IsControl(c) || c == '\u2028' || c == '\u2029');

    [GeneratedRegex(@"^(~|null|Null|NULL|true|True|TRUE|false|False|FALSE|yes|Yes|YES|no|No|NO|on|On|ON|off|Off|OFF|[-+]?(\d[\d_,]*)?\.?\d+([eE][-+]?\d+)?|0x[0-9a-fA-F]+|0o[0-7]+|\d{4}-\d\d-\d\d.*|[-+]?\.(inf|Inf|INF)|\.(nan|NaN|NAN))$")]
    private static partial Regex NonString();

    [GeneratedRegex("\r+\n")]
    private static partial Regex LineEnd();
}
