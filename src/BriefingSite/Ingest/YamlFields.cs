using System.Globalization;
using BriefingSite.Model;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace BriefingSite.Ingest;

/// <summary>Typed reads of front matter values that report a located diagnostic instead of throwing.</summary>
internal sealed class YamlFields(string path, List<Diagnostic> diagnostics)
{
    public void Problem(YamlNode node, string message) =>
        diagnostics.Add(new Diagnostic(path, (int)node.Start.Line + 1, (int)node.Start.Column, message));

    public string? Text(YamlNode node, string field)
    {
        if (node is YamlScalarNode scalar)
        {
            return IsNull(scalar) ? null : scalar.Value;
        }

        Problem(node, $"'{field}' must be text");
        return null;
    }

    public int? Number(YamlNode node, string field)
    {
        var text = Text(node, field);
        if (text is null)
        {
            return null;
        }

        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number > 0)
        {
            return number;
        }

        Problem(node, $"'{field}' must be a positive whole number, not '{text}'");
        return null;
    }

    /// <summary>A list of text; a single text value counts as a list of one.</summary>
    public IReadOnlyList<string> TextList(YamlNode node, string field)
    {
        if (node is YamlScalarNode scalar)
        {
            return IsNull(scalar) || scalar.Value is null ? [] : [scalar.Value];
        }

        if (node is not YamlSequenceNode sequence)
        {
            Problem(node, $"'{field}' must be a list");
            return [];
        }

        return sequence.Children.Select(item => Text(item, field)).OfType<string>().ToList();
    }

    /// <summary>The mappings of a list of records; other items are reported.</summary>
    public IEnumerable<YamlMappingNode> Records(YamlNode node, string field)
    {
        if (node is YamlScalarNode scalar && IsNull(scalar))
        {
            yield break;
        }

        if (node is not YamlSequenceNode sequence)
        {
            Problem(node, $"'{field}' must be a list");
            yield break;
        }

        foreach (var item in sequence.Children)
        {
            if (item is YamlMappingNode record)
            {
                yield return record;
            }
            else
            {
                Problem(item, $"each item of '{field}' must be a mapping (name: value pairs)");
            }
        }
    }

    /// <summary>Scalar values of a record's keys by name; unknown keys are kept aside.</summary>
    public static Dictionary<string, YamlNode> ByKey(YamlMappingNode record) =>
        record.Children.Where(c => c.Key is YamlScalarNode { Value: not null })
            .ToDictionary(c => ((YamlScalarNode)c.Key).Value!, c => c.Value, StringComparer.Ordinal);

    public string? Required(Dictionary<string, YamlNode> record, YamlNode at, string key, string field)
    {
        if (record.TryGetValue(key, out var node) && Text(node, $"{field}.{key}") is { Length: > 0 } value)
        {
            return value;
        }

        Problem(at, $"each item of '{field}' needs a '{key}'");
        return null;
    }

    public string? Optional(Dictionary<string, YamlNode> record, string key, string field) =>
        record.TryGetValue(key, out var node) ? Text(node, $"{field}.{key}") : null;

    /// <summary>The fields a reader does not know, in file order, as plain data: kept and passed to templates.</summary>
    public static OrderedDictionary<string, object?> Unknown(Dictionary<string, YamlNode> fields, IReadOnlySet<string> known) =>
        new(fields.Where(f => !known.Contains(f.Key)).Select(f => KeyValuePair.Create(f.Key, Plain(f.Value))), StringComparer.Ordinal);

    /// <summary>A YAML value as plain data for templates: string, bool, long, double, null, list or map.</summary>
    public static object? Plain(YamlNode node) => node switch
    {
        YamlScalarNode scalar when scalar.Style is ScalarStyle.Plain => PlainScalar(scalar.Value),
        YamlScalarNode scalar => scalar.Value,
        YamlSequenceNode sequence => sequence.Children.Select(Plain).ToList(),
        YamlMappingNode mapping => new OrderedDictionary<string, object?>(
            mapping.Children.Select(c => KeyValuePair.Create(((YamlScalarNode)c.Key).Value ?? "", Plain(c.Value))), StringComparer.Ordinal),
        _ => null,
    };

    private static object? PlainScalar(string? value) => value switch
    {
        null or "" or "~" or "null" or "Null" or "NULL" => null,
        "true" or "True" or "TRUE" => true,
        "false" or "False" or "FALSE" => false,
        _ when long.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var whole) => whole,
        _ when double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var real) => real,
        _ => value,
    };

    private static bool IsNull(YamlScalarNode scalar) =>
        scalar.Style is ScalarStyle.Plain && scalar.Value is null or "" or "~" or "null" or "Null" or "NULL";
}
