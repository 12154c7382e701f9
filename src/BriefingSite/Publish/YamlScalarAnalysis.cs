using System.Buffers;

namespace BriefingSite.Publish;

/// <summary>Which styles can write a scalar's text, by the rules of YamlDotNet's Emitter (its AnalyzeScalar).</summary>
/// <remarks>Only what plain and quoted scalars need: block scalars are never written.</remarks>
internal readonly record struct YamlScalarAnalysis(bool Multiline, bool FlowPlainAllowed, bool BlockPlainAllowed, bool SingleQuotedAllowed, bool HasSingleQuotes)
{
    // Inner characters that only mark an indicator or a single quote where they stand (most often a comma or an apostrophe).
    private static readonly SearchValues<char> Marks = SearchValues.Create(",?[]{}:#'");

    // Printable characters but breaks and tabs: between the first and the last, each is a mark or changes nothing.
    private static readonly SearchValues<char> Plain = SearchValues.Create(
        [.. Enumerable.Range(0, 0x10000).Select(c => (char)c).Where(c => IsPrintable(c) && !IsBreak(c) && c != '\t')]);

    public static YamlScalarAnalysis Of(string value)
    {
        if (value.Length <= 2 || value.AsSpan(1, value.Length - 2).ContainsAnyExcept(Plain))
        {
            return Scan(value);
        }

        var ends = OfEnds(value);
        var (flowIndicators, blockIndicators, singleQuotes) = InnerMarks(value);
        return ends with
        {
            FlowPlainAllowed = ends.FlowPlainAllowed && !flowIndicators,
            BlockPlainAllowed = ends.BlockPlainAllowed && !blockIndicators,
            HasSingleQuotes = ends.HasSingleQuotes || singleQuotes,
        };
    }

    /// <summary>What the marks between the first and the last character set, read where each stands, as <see cref="Scan"/> reads them.</summary>
    private static (bool FlowIndicators, bool BlockIndicators, bool SingleQuotes) InnerMarks(string value)
    {
        bool flow = false, block = false, quote = false;
        var inner = value.AsSpan(1, value.Length - 2);
        for (var at = 0; inner[at..].IndexOfAny(Marks) is var found and >= 0; at++)
        {
            at += found;
            var i = at + 1; // in the whole text
            switch (value[i])
            {
                case ':':
                    flow = true;
                    block |= IsWhiteBreakOrZero(value[i + 1]);
                    break;
                case '#':
                    flow |= IsWhiteBreakOrZero(value[i - 1]);
                    block |= IsWhiteBreakOrZero(value[i - 1]);
                    break;
                case '\'':
                    quote = true;
                    break;
                default:
                    flow = true;
                    break;
            }
        }

        return (flow, block, quote);
    }

    /// <summary>The analysis of text whose inner characters change nothing: only its first and last characters (and their neighbours) decide.</summary>
    /// <remarks><see cref="Of"/> adds what inner marks set.</remarks>
    internal static YamlScalarAnalysis OfEnds(string value)
    {
        char first = value[0], last = value[^1];
        if (IsBreak(first) || IsBreak(last))
        {
            return Scan(value);
        }

        var flowIndicators = value.StartsWith("---", StringComparison.Ordinal) || value.StartsWith("...", StringComparison.Ordinal);
        var blockIndicators = flowIndicators;
        var followedByWhitespace = IsWhiteBreakOrZero(value[1]);
        if (first is '#' or ',' or '[' or ']' or '{' or '}' or '&' or '*' or '!' or '|' or '>' or '"' or '%' or '@' or '`' or '\'' || (first == '-' && followedByWhitespace))
        {
            flowIndicators = blockIndicators = true;
        }
        else if (first is '?' or ':')
        {
            flowIndicators = true;
            blockIndicators |= followedByWhitespace;
        }

        // The last character is followed by the end, which counts as white space.
        if (last is ':' || (last == '#' && IsWhiteBreakOrZero(value[^2])))
        {
            flowIndicators = blockIndicators = true;
        }

        flowIndicators |= last is ',' or '?' or '[' or ']' or '{' or '}';
        var special = !IsPrintable(first) || !IsPrintable(last);
        var plain = !(first == ' ' || last == ' ' || first == '\'' || special);
        return new YamlScalarAnalysis(false, plain && !flowIndicators, plain && !blockIndicators, !special, first == '\'' || last == '\'');
    }

    /// <summary>The emitter's analysis, character by character.</summary>
    internal static YamlScalarAnalysis Scan(string value)
    {
        if (value.Length == 0)
        {
            return new YamlScalarAnalysis(false, false, false, true, false);
        }

        var flowIndicators = value.StartsWith("---", StringComparison.Ordinal) || value.StartsWith("...", StringComparison.Ordinal);
        var blockIndicators = flowIndicators;
        var precededByWhitespace = true;
        var followedByWhitespace = IsWhiteBreakOrZero(At(value, 1));
        bool leadingSpace = false, leadingBreak = false, trailingSpace = false, trailingBreak = false, leadingQuote = false;
        bool breakSpace = false, spaceBreak = false, previousSpace = false, previousBreak = false;
        bool lineBreaks = false, special = false, singleQuotes = false;
        var last = value.Length - 1;
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (i == 0)
            {
                if (c is '#' or ',' or '[' or ']' or '{' or '}' or '&' or '*' or '!' or '|' or '>' or '"' or '%' or '@' or '`' or '\'')
                {
                    flowIndicators = blockIndicators = true;
                    leadingQuote = singleQuotes = c == '\'';
                }

                if (c is '?' or ':')
                {
                    flowIndicators = true;
                    blockIndicators |= followedByWhitespace;
                }

                if (c == '-' && followedByWhitespace)
                {
                    flowIndicators = blockIndicators = true;
                }
            }
            else
            {
                flowIndicators |= c is ',' or '?' or '[' or ']' or '{' or '}';
                if (c == ':')
                {
                    flowIndicators = true;
                    blockIndicators |= followedByWhitespace;
                }

                if (c == '#' && precededByWhitespace)
                {
                    flowIndicators = blockIndicators = true;
                }

                singleQuotes |= c == '\'';
            }

            special |= !IsPrintable(c);
            if (c == ' ')
            {
                leadingSpace |= i == 0;
                trailingSpace |= i == last;
                breakSpace |= previousBreak;
                previousSpace = true;
                previousBreak = false;
            }
            else if (IsBreak(c))
            {
                lineBreaks = true;
                leadingBreak |= i == 0;
                trailingBreak |= i == last;
                spaceBreak |= previousSpace;
                previousSpace = false;
                previousBreak = true;
            }
            else
            {
                previousSpace = previousBreak = false;
            }

            precededByWhitespace = IsWhiteBreakOrZero(c);
            followedByWhitespace = IsWhiteBreakOrZero(At(value, i + 2));
        }

        var plain = !(leadingSpace || leadingBreak || trailingSpace || trailingBreak || leadingQuote || breakSpace || spaceBreak || special || lineBreaks);
        return new YamlScalarAnalysis(lineBreaks, plain && !flowIndicators, plain && !blockIndicators, !(breakSpace || spaceBreak || special), singleQuotes);
    }

    /// <summary>Line breaks as YAML counts them.</summary>
    public static bool IsBreak(char c) => c is '\n' or '\r' or '\u0085' or '\u2028' or '\u2029';

    /// <summary>Characters YAML allows unescaped (in the UTF-16 unit the emitter looks at).</summary>
    public static bool IsPrintable(char c) =>
        c is '\t' or '\n' or '\r' or (>= ' ' and <= '~') or '\u0085' or (>= '\u00a0' and <= '\ud7ff') or (>= '\ue000' and <= '\ufffd');

    private static bool IsWhiteBreakOrZero(char c) => c is ' ' or '\t' or '\0' || IsBreak(c);

    // The emitter's look-ahead reads NUL past the end.
    private static char At(string value, int index) => index < value.Length ? value[index] : '\0';
}
