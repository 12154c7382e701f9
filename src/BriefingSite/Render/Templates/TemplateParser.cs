namespace BriefingSite.Render.Templates;

/// <summary>Parses a template into nodes, when it keeps to the Handlebars subset <see cref="TemplateRenderer"/> renders.</summary>
/// <remarks>
/// The subset: {{value}}, {{{value}}}, {{#if}}, {{#unless}}, {{#each}} with {{else}}, {{> partial}}, comments, and the
/// theme's helpers with value and quoted-string arguments. Anything else makes the parse fail, and the theme is left to
/// Handlebars.Net.
/// </remarks>
internal static class TemplateParser
{
    // More arguments than a helper call may have here (see TemplateRenderer's argument buffer).
    internal const int MostArguments = 4;

    /// <summary>The template's nodes, or null when it uses anything outside the subset.</summary>
    public static TemplateNode[]? Parse(string source)
    {
        var tokens = TemplateTokenizer.Tokenize(source);
        if (tokens is null)
        {
            return null;
        }

        var at = 0;
        var nodes = Nodes(tokens, ref at, out var end);
        return end is null && at == tokens.Count ? nodes : null;
    }

    // Nodes up to the end or to an {{else}} or a closing tag, which is left in end (null at the end of the tokens).
    private static TemplateNode[]? Nodes(List<TemplateToken> tokens, ref int at, out string? end)
    {
        var nodes = new List<TemplateNode>();
        end = null;
        while (at < tokens.Count)
        {
            var token = tokens[at++];
            if (!token.IsTag)
            {
                var text = token.Text[token.TrimStart..^token.TrimEnd];
                if (text.Length > 0)
                {
                    nodes.Add(new TemplateNode { Kind = NodeKind.Text, Text = text });
                }

                continue;
            }

            var content = token.Text;
            if (!token.Triple && (content == "else" || content.StartsWith('/')))
            {
                end = content;
                return [.. nodes];
            }

            var node = token.Triple ? Mustache(content, raw: true)
                : content.StartsWith('!') ? null
                : content.StartsWith('#') ? Block(tokens, ref at, content[1..].TrimStart())
                : content.StartsWith('>') ? Partial(content[1..].Trim())
                : Mustache(content, raw: false);
            if (node is not null)
            {
                nodes.Add(node);
            }
            else if (!content.StartsWith('!') || token.Triple)
            {
                return null;
            }
        }

        return [.. nodes];
    }

    private static TemplateNode? Block(List<TemplateToken> tokens, ref int at, string opening)
    {
        var words = Words(opening);
        if (words is not [var name, var argument] || argument is not TemplateValue value || value.Kind == ValueKind.Literal)
        {
            return null;
        }

        var kind = name switch
        {
            "if" => NodeKind.If,
            "unless" => NodeKind.Unless,
            "each" => NodeKind.Each,
            _ => (NodeKind?)null,
        };
        if (kind is null)
        {
            return null;
        }

        var body = Nodes(tokens, ref at, out var end);
        TemplateNode[]? inverse = [];
        if (end == "else")
        {
            inverse = Nodes(tokens, ref at, out end);
        }

        if (body is null || inverse is null || end is null || end[1..].Trim() != (string)name)
        {
            return null;
        }

        return new TemplateNode { Kind = kind.Value, Value = value, Body = body, Inverse = inverse };
    }

    private static TemplateNode? Partial(string name)
    {
        foreach (var c in name)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c is not ('_' or '-' or '/'))
            {
                return null;
            }
        }

        return name.Length == 0 ? null : new TemplateNode { Kind = NodeKind.Partial, Text = name };
    }

    private static TemplateNode? Mustache(string content, bool raw)
    {
        var words = Words(content);
        if (words is [TemplateValue { Kind: not ValueKind.Literal } value])
        {
            return new TemplateNode { Kind = NodeKind.Value, Value = value, Raw = raw };
        }

        if (words is not [string helper, _, ..] || !ThemeHelpers.Has(helper) || words.Count > MostArguments + 1)
        {
            return null;
        }

        // Only the first word may be a name rather than a value (see Words).
        var arguments = words.Skip(1).Cast<TemplateValue>().ToArray();
        return new TemplateNode { Kind = NodeKind.Helper, Text = helper, Arguments = arguments, Raw = raw };
    }

    // A tag's words: a helper's name as a string, values and quoted strings as TemplateValues, or null when a word is
    // neither (a number, a subexpression, a hash argument, an escaped quote…).
    private static List<object>? Words(string content)
    {
        var words = new List<object>();
        var at = 0;
        while (at < content.Length)
        {
            if (char.IsWhiteSpace(content[at]))
            {
                at++;
                continue;
            }

            if (content[at] is '"' or '\'')
            {
                var close = content.IndexOf(content[at], at + 1);
                if (close < 0 || content.AsSpan(at, close - at).Contains('\\'))
                {
                    return null;
                }

                words.Add(TemplateValue.Literal(content[(at + 1)..close]));
                at = close + 1;
                continue;
            }

            var start = at;
            while (at < content.Length && !char.IsWhiteSpace(content[at]))
            {
                at++;
            }

            var word = content[start..at];
            if (words.Count == 0 && ThemeHelpers.Has(word) || words.Count == 0 && word is "if" or "unless" or "each")
            {
                words.Add(word);
            }
            else if (TemplateValue.Parse(word) is { } value)
            {
                words.Add(value);
            }
            else
            {
                return null;
            }
        }

        return words;
    }
}
