using System.Globalization;

namespace BriefingSite.Publish;

/// <summary>Scalars: the emitter's choice of style and its plain, single-quoted and double-quoted writers.</summary>
internal sealed partial class YamlText
{
    private enum Style
    {
        Plain,
        SingleQuoted,
        DoubleQuoted,
    }

    /// <param name="quoted">Asked for double quotes; otherwise plain, or quoted when plain cannot hold the text.</param>
    private void Scalar(string value, bool quoted, bool isSimpleKey)
    {
        var style = quoted ? Style.DoubleQuoted : PlainOrQuoted(value, isSimpleKey);
        var outer = indent;
        IncreaseIndent(isFlow: true, indentless: false);
        switch (style)
        {
            case Style.Plain:
                WritePlain(value);
                break;
            case Style.SingleQuoted:
                WriteSingleQuoted(value);
                break;
            default:
                WriteDoubleQuoted(value);
                break;
        }

        indent = outer;
    }

    // Never a block scalar: text with line breaks is always asked for in double quotes, and keys are plain.
    private Style PlainOrQuoted(string value, bool isSimpleKey)
    {
        var analysis = YamlScalarAnalysis.Of(value);
        if (isSimpleKey && analysis.Multiline)
        {
            return Style.DoubleQuoted;
        }

        var style = Style.Plain;
        if (!(flowLevel != 0 ? analysis.FlowPlainAllowed : analysis.BlockPlainAllowed))
        {
            style = analysis.SingleQuotedAllowed && !analysis.HasSingleQuotes ? Style.SingleQuoted : Style.DoubleQuoted;
        }

        if (value.Length == 0 && (flowLevel != 0 || isSimpleKey))
        {
            style = Style.SingleQuoted;
        }

        return style == Style.SingleQuoted && !analysis.SingleQuotedAllowed ? Style.DoubleQuoted : style;
    }

    private void WritePlain(string value)
    {
        if (!isWhitespace)
        {
            Write(' ');
        }

        Write(value);
        isWhitespace = false;
        isIndentation = false;
    }

    private void WriteSingleQuoted(string value)
    {
        WriteIndicator("'", needWhitespace: true, whitespace: false, indentation: false);
        var afterBreak = false;
        foreach (var c in value)
        {
            if (c == ' ')
            {
                Write(c);
            }
            else if (YamlScalarAnalysis.IsBreak(c))
            {
                // A line feed is written twice: a single one would fold into a space when read.
                if (!afterBreak && c == '\n')
                {
                    WriteBreak('\n');
                }

                WriteBreak(c is '\u2028' or '\u2029' ? c : '\n');
                isIndentation = true;
                afterBreak = true;
            }
            else
            {
                if (afterBreak)
                {
                    WriteIndent();
                }

                Write(c);
                if (c == '\'')
                {
                    Write(c);
                }

                isIndentation = false;
                afterBreak = false;
            }
        }

        WriteIndicator("'", needWhitespace: false, whitespace: false, indentation: false);
        isWhitespace = false;
        isIndentation = false;
    }

    private void WriteDoubleQuoted(string value)
    {
        WriteIndicator("\"", needWhitespace: true, whitespace: false, indentation: false);
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (YamlScalarAnalysis.IsPrintable(c) && !YamlScalarAnalysis.IsBreak(c) && c is not ('"' or '\\'))
            {
                Write(c);
                continue;
            }

            Write('\\');
            switch (c)
            {
                case '\0': Write('0'); break;
                case '\a': Write('a'); break;
                case '\b': Write('b'); break;
                case '\n': Write('n'); break;
                case '\v': Write('v'); break;
                case '\f': Write('f'); break;
                case '\r': Write('r'); break;
                case '\u001b': Write('e'); break;
                case '"': Write('"'); break;
                case '\\': Write('\\'); break;
                case '\u0085': Write('N'); break;
                case '\u2028': Write('L'); break;
                case '\u2029': Write('P'); break;
                case <= '\u00ff': Write("x" + ((int)c).ToString("X2", CultureInfo.InvariantCulture)); break;
                case var high when char.IsHighSurrogate(high):
                    if (i + 1 >= value.Length || !char.IsLowSurrogate(value[i + 1]))
                    {
                        throw new ArgumentException("While writing a quoted scalar, found an orphaned high surrogate.", nameof(value));
                    }

                    Write("U" + char.ConvertToUtf32(high, value[++i]).ToString("X8", CultureInfo.InvariantCulture));
                    break;
                default: Write("u" + ((int)c).ToString("X4", CultureInfo.InvariantCulture)); break;
            }
        }

        WriteIndicator("\"", needWhitespace: false, whitespace: false, indentation: false);
        isWhitespace = false;
        isIndentation = false;
    }
}
