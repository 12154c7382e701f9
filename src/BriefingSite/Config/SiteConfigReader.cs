using BriefingSite.Ingest;
using BriefingSite.Model;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace BriefingSite.Config;

/// <summary>Reads briefing.yml; every problem (a typo in a key, a list where text belongs) comes back located, none throws.</summary>
public static class SiteConfigReader
{
    private static readonly string[] Keys = ["title", "description", "base_url", "language", "theme", "articles", "content", "output"];

    /// <param name="display">How the file is named in messages.</param>
    public static SiteConfig Read(string text, string display, List<Diagnostic> problems)
    {
        var stream = new YamlStream();
        var parser = new PlacedParser(text);
        try
        {
            stream.Load(parser);
        }
        catch (Exception error) when (PlacedParser.IsReadError(error))
        {
            problems.Add(parser.Problem(error, display, firstLine: 1));
            return new SiteConfig();
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" })
        {
            return new SiteConfig();
        }

        if (stream.Documents[0].RootNode is not YamlMappingNode mapping)
        {
            Problem(problems, display, stream.Documents[0].RootNode, "briefing.yml must be a list of 'setting: value' lines");
            return new SiteConfig();
        }

        var values = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var (keyNode, valueNode) in mapping.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value ?? "";
            if (!Keys.Contains(key, StringComparer.Ordinal))
            {
                Problem(problems, display, keyNode, $"unknown setting '{key}'; the settings are {string.Join(", ", Keys)}");
            }
            else if (valueNode is not YamlScalarNode scalar)
            {
                Problem(problems, display, valueNode, $"'{key}' must be text");
            }
            else
            {
                values[key] = scalar.Style == ScalarStyle.Plain && scalar.Value is "" or "~" or "null" ? null : scalar.Value;
            }
        }

        if (values.GetValueOrDefault("base_url") is string url && !IsWebRoot(url))
        {
            Problem(problems, display, mapping.Children[new YamlScalarNode("base_url")], $"'base_url' must be an absolute http(s) URL such as https://user.github.io/repo/, not '{url}'");
            values["base_url"] = null;
        }

        return new SiteConfig
        {
            Title = values.GetValueOrDefault("title"),
            Description = values.GetValueOrDefault("description"),
            BaseUrl = values.GetValueOrDefault("base_url"),
            Language = values.GetValueOrDefault("language"),
            Theme = values.GetValueOrDefault("theme"),
            Articles = values.GetValueOrDefault("articles"),
            Content = values.GetValueOrDefault("content"),
            Output = values.GetValueOrDefault("output"),
        };
    }

    /// <summary>The configuration in <paramref name="path"/>, or an empty one when the file does not exist.</summary>
    public static SiteConfig ReadFile(string path, string display, List<Diagnostic> problems) =>
        File.Exists(path) ? Read(File.ReadAllText(path), display, problems) : new SiteConfig();

    private static bool IsWebRoot(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" && uri.Query.Length == 0 && uri.Fragment.Length == 0;

    private static void Problem(List<Diagnostic> problems, string display, YamlNode node, string message) =>
        problems.Add(new Diagnostic(display, (int)node.Start.Line, (int)node.Start.Column, message));
}
