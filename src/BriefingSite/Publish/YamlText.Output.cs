using System.Buffers;

namespace BriefingSite.Publish;

/// <summary>The output: a pooled buffer, and the emitter's rules for indicators, indentation and line breaks.</summary>
internal sealed partial class YamlText
{
    // Pooled: the merge writes tens of thousands of short texts only to hash them.
    private char[] buffer;
    private int length;
    private int indent = -1;
    private int column;
    private int flowLevel;
    private bool isWhitespace = true;
    private bool isIndentation = true;

    // How many collections are open, and what records where the root mapping's values lie (see OfMapping).
    private int depth;
    private ValueSpans? spans;

    private YamlText(int capacity) => buffer = ArrayPool<char>.Shared.Rent(capacity);

    /// <summary>The text written, ending with a line break; valid until disposed.</summary>
    public ReadOnlySpan<char> Text => buffer.AsSpan(0, length);

    public void Dispose()
    {
        ArrayPool<char>.Shared.Return(buffer);
        buffer = [];
    }

    /// <summary>Starts a collection (a flow one when it has an opening indicator); returns the indent to restore.</summary>
    private int Open(string? flowIndicator, bool indentless = false)
    {
        if (flowIndicator is not null)
        {
            WriteIndicator(flowIndicator, needWhitespace: true, whitespace: true, indentation: false);
        }

        var outer = indent;
        IncreaseIndent(isFlow: flowIndicator is not null, indentless);
        flowLevel += flowIndicator is null ? 0 : 1;
        return outer;
    }

    private void Close(int outer, string? flowIndicator)
    {
        flowLevel -= flowIndicator is null ? 0 : 1;
        indent = outer;
        if (flowIndicator is not null)
        {
            WriteIndicator(flowIndicator, needWhitespace: false, whitespace: false, indentation: false);
        }
    }

    private void IncreaseIndent(bool isFlow, bool indentless)
    {
        if (indent < 0)
        {
            indent = isFlow ? 2 : 0;
        }
        else if (!indentless)
        {
            indent += 2;
        }
    }

    private void WriteIndicator(string indicator, bool needWhitespace, bool whitespace, bool indentation)
    {
        if (needWhitespace && !isWhitespace)
        {
            Write(' ');
        }

        Write(indicator);
        isWhitespace = whitespace;
        isIndentation &= indentation;
    }

    private void WriteIndent()
    {
        var to = Math.Max(indent, 0);
        if (!isIndentation || column > to || (column == to && !isWhitespace))
        {
            WriteBreak('\n');
        }

        while (column < to)
        {
            Write(' ');
        }

        isWhitespace = true;
        isIndentation = true;
    }

    private void Write(char c)
    {
        Room(1)[0] = c;
        length++;
        column++;
    }

    private void Write(string text)
    {
        text.CopyTo(Room(text.Length));
        length += text.Length;
        column += text.Length;
    }

    private void WriteBreak(char c)
    {
        Room(1)[0] = c;
        length++;
        column = 0;
    }

    private Span<char> Room(int size)
    {
        if (length + size > buffer.Length)
        {
            var larger = ArrayPool<char>.Shared.Rent(Math.Max(buffer.Length * 2, length + size));
            Text.CopyTo(larger);
            ArrayPool<char>.Shared.Return(buffer);
            buffer = larger;
        }

        return buffer.AsSpan(length, size);
    }
}
