using BriefingSite.Model;
using YamlDotNet.RepresentationModel;

namespace BriefingSite.Ingest;

/// <summary>A Markdown file split into its parsed YAML front matter and its body.</summary>
public sealed record FrontMatterDocument(YamlMappingNode Fields, string Body, int FirstYamlLine)
{
    /// <summary>Splits and parses; null with one diagnostic (line and column in the file) when it cannot.</summary>
    public static FrontMatterDocument? Parse(string path, string text, List<Diagnostic> diagnostics)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            diagnostics.Add(new Diagnostic(path, 1, 1, "the file is empty: a briefing needs front matter between '---' lines"));
            return null;
        }

        var lines = text.Replace("\r\n", "\n").Split('\n');
        if (lines[0].TrimEnd() != "---")
        {
            diagnostics.Add(new Diagnostic(path, 1, 1, "expected front matter: the file must start with a '---' line"));
            return null;
        }

        var close = Array.FindIndex(lines, 1, l => l.TrimEnd() is "---" or "...");
        if (close < 0)
        {
            diagnostics.Add(new Diagnostic(path, 1, 1, "front matter is not closed: add a '---' line after it"));
            return null;
        }

        // YamlDotNet reports an indenting tab where the previous line ends; name the tab itself.
        for (var i = 1; i < close; i++)
        {
            var indent = lines[i].Length - lines[i].TrimStart(' ', '\t').Length;
            if (lines[i].IndexOf('\t', 0, indent) is var tab and >= 0)
            {
                diagnostics.Add(new Diagnostic(path, i + 1, tab + 1, "invalid YAML: a tab indents this line; YAML indents with spaces"));
                return null;
            }
        }

        var yaml = string.Join('\n', lines[1..close]);
        var body = string.Join('\n', lines[(close + 1)..]).Trim('\n');
        var parser = new PlacedParser(yaml);
        try
        {
            var stream = new YamlStream();
            stream.Load(parser);
            if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode fields)
            {
                diagnostics.Add(new Diagnostic(path, 2, 1, "front matter must be a mapping of field names to values"));
                return null;
            }

            return new FrontMatterDocument(fields, body, 2);
        }
        catch (Exception error) when (PlacedParser.IsReadError(error))
        {
            diagnostics.Add(parser.Problem(error, path, firstLine: 2));
            return null;
        }
    }
}
