namespace BriefingSite.Render.Templates;

/// <summary>Splits a template into text and tags, and removes the line around a tag that stands alone on it.</summary>
/// <remarks>
/// As Handlebars.Net does: a block tag, {{else}}, a partial or a comment with only spaces or tabs around it on its line
/// takes that line's spaces and its line break with it. Other whitespace there (a "\r" before "\n") is left to
/// Handlebars.Net, which treats it in its own way.
/// </remarks>
internal static class TemplateTokenizer
{
    /// <summary>The template's tokens, or null when it uses syntax outside the subset this engine renders.</summary>
    public static List<TemplateToken>? Tokenize(string source)
    {
        var tokens = new List<TemplateToken>();
        var at = 0;
        while (at < source.Length)
        {
            var open = source.IndexOf("{{", at, StringComparison.Ordinal);
            if (open < 0)
            {
                tokens.Add(new(false, source[at..], false));
                break;
            }

            // An escaped "\{{", a raw block "{{{{" and whitespace control "~" are Handlebars.Net's to handle.
            if ((open > 0 && source[open - 1] == '\\') || source.AsSpan(open).StartsWith("{{{{") || source.AsSpan(open).StartsWith("{{~"))
            {
                return null;
            }

            if (open > at)
            {
                tokens.Add(new(false, source[at..open], false));
            }

            var (start, close) = source.AsSpan(open).StartsWith("{{!--") ? (open + 5, "--}}")
                : source.AsSpan(open).StartsWith("{{{") ? (open + 3, "}}}")
                : (open + 2, "}}");
            var end = source.IndexOf(close, start, StringComparison.Ordinal);
            if (end < 0)
            {
                return null;
            }

            var inside = source[start..end];
            if (inside.EndsWith('~') || inside.Contains("{{", StringComparison.Ordinal))
            {
                return null;
            }

            tokens.Add(close == "--}}" ? new(true, "!", false) : new(true, inside.Trim(), close == "}}}"));
            at = end + close.Length;
        }

        return StripStandaloneLines(tokens) ? tokens : null;
    }

    private static bool StripStandaloneLines(List<TemplateToken> tokens)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!tokens[i].CanStandAlone)
            {
                continue;
            }

            var before = i == 0 ? 0 : tokens[i - 1].IsTag ? -1 : Indentation(tokens[i - 1].Text, first: i == 1);
            var after = i == tokens.Count - 1 ? 0 : tokens[i + 1].IsTag ? -1 : LineEnd(tokens[i + 1].Text, last: i + 1 == tokens.Count - 1);
            if (before == -1 || after == -1)
            {
                continue;
            }

            if (before == -2 || after == -2)
            {
                return false;
            }

            // Handlebars.Net stops escaping in an indented partial (see PageTemplates.Source), and takes a blank line
            // just before a partial's for its indentation: both are left to it.
            if (tokens[i].Text.StartsWith('>') && (before > 0 || (i > 0 && BlankLineBefore(tokens[i - 1].Text))))
            {
                return false;
            }

            if (i > 0)
            {
                tokens[i - 1] = tokens[i - 1] with { TrimEnd = before };
            }

            if (i < tokens.Count - 1)
            {
                tokens[i + 1] = tokens[i + 1] with { TrimStart = after };
            }
        }

        return true;
    }

    // True when the line before the text's last holds only whitespace, and some.
    private static bool BlankLineBefore(string text)
    {
        var end = text.LastIndexOf('\n');
        if (end <= 0)
        {
            return false;
        }

        var line = text.AsSpan(0, end);
        line = line[(line.LastIndexOf('\n') + 1)..];
        return !line.IsEmpty && line.IsWhiteSpace();
    }

    // The length of the spaces and tabs that end the text after its last line break, or -1 when something else
    // follows the line break (or there is none and the text does not start the template), -2 for other whitespace.
    private static int Indentation(string text, bool first)
    {
        var lineStart = text.LastIndexOf('\n') + 1;
        if (lineStart == 0 && !first)
        {
            return -1;
        }

        return Blank(text.AsSpan(lineStart)) is var blank && blank == 0 ? text.Length - lineStart : blank;
    }

    // The length of the spaces and tabs that start the text with the line break after them, -1 when something else
    // comes first (or there is no line break and more follows the text), -2 for other whitespace.
    private static int LineEnd(string text, bool last)
    {
        var lineEnd = text.IndexOf('\n');
        if (lineEnd < 0 && !last)
        {
            return -1;
        }

        var line = lineEnd < 0 ? text.AsSpan() : text.AsSpan(0, lineEnd);
        return Blank(line) is var blank && blank == 0 ? (lineEnd < 0 ? text.Length : lineEnd + 1) : blank;
    }

    // 0 when the line holds only spaces and tabs, -1 when it holds anything else, -2 when other whitespace decides it.
    private static int Blank(ReadOnlySpan<char> line)
    {
        var other = false;
        foreach (var c in line)
        {
            if (c is ' ' or '\t')
            {
                continue;
            }

            if (!char.IsWhiteSpace(c))
            {
                return -1;
            }

            other = true;
        }

        return other ? -2 : 0;
    }
}
