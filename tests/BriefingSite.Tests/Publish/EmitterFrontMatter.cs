using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using BriefingSite.Model;
using BriefingSite.Publish;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace BriefingSite.Tests.Publish;

/// <summary>The front matter writer as it was with YamlDotNet's Emitter: the reference the hand-written YAML must equal.</summary>
internal static partial class EmitterFrontMatter
{
    public static string Write(Briefing briefing)
    {
        var yaml = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        var emitter = new Emitter(yaml, Settings);
        emitter.Emit(new StreamStart());
        emitter.Emit(new DocumentStart(null, null, true));
        emitter.Emit(new MappingStart());
        foreach (var (key, value) in FrontMatterWriter.Fields(briefing))
        {
            emitter.Emit(Plain(key));
            EmitValue(emitter, key, value);
        }

        emitter.Emit(new MappingEnd());
        emitter.Emit(new DocumentEnd(true));
        emitter.Emit(new StreamEnd());

        var body = EmitterFrontMatter.BodyText(briefing.Body);
        var text = new StringBuilder("---\n").Append(yaml.ToString().TrimEnd('\n')).Append("\n---\n");
        if (body.Length > 0)
        {
            text.Append('\n').Append(body).Append('\n');
        }

        return text.ToString();
    }

    public static string ValueText(string key, object? value)
    {
        var yaml = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        var emitter = new Emitter(yaml, Settings);
        emitter.Emit(new StreamStart());
        emitter.Emit(new DocumentStart(null, null, true));
        EmitValue(emitter, key, value);
        emitter.Emit(new DocumentEnd(true));
        emitter.Emit(new StreamEnd());
        return yaml.ToString().Trim();
    }

    /// <summary>The body as the writer first wrote it.</summary>
    public static string BodyText(string body) => Regex.Replace(body, "\r+\n", "\n").TrimEnd('\n', '\r').TrimStart('\n');

    private static EmitterSettings Settings => new(2, int.MaxValue, false, 1024, false, false, "\n");

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

    private static Scalar Text(string value) =>
        NeedsQuotes(value)
            ? new Scalar(null, null, value, ScalarStyle.DoubleQuoted, false, true)
            : new Scalar(null, null, value, ScalarStyle.Any, true, true);

    private static bool NeedsQuotes(string value) =>
        value.Length == 0 || NonString().IsMatch(value) || value.Any(c => char.IsControl(c) || c == '\u2028' || c == '\u2029');

    [GeneratedRegex(@"^(~|null|Null|NULL|true|True|TRUE|false|False|FALSE|yes|Yes|YES|no|No|NO|on|On|ON|off|Off|OFF|[-+]?(\d[\d_,]*)?\.?\d+([eE][-+]?\d+)?|0x[0-9a-fA-F]+|0o[0-7]+|\d{4}-\d\d-\d\d.*|[-+]?\.(inf|Inf|INF)|\.(nan|NaN|NAN))$")]
    private static partial Regex NonString();
}
