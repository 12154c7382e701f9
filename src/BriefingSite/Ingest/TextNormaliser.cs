using System.Buffers;

namespace BriefingSite.Ingest;

/// <summary>Evens out white space: one newline style, ordinary spaces, no trailing or doubled spaces.</summary>
public static class TextNormaliser
{
    public static string Normalise(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var mapped = ArrayPool<char>.Shared.Rent(text.Length);
        var lines = ArrayPool<char>.Shared.Rent(text.Length);
        try
        {
            var length = Map(text, mapped);
            return new string(lines, 0, EvenLines(mapped.AsSpan(0, length), lines));
        }
        finally
        {
            ArrayPool<char>.Shared.Return(mapped);
            ArrayPool<char>.Shared.Return(lines);
        }
    }

    /// <summary>Collapses all white space in one line of text, as for text taken from HTML.</summary>
    public static string OneLine(string text) => Normalise(text.Replace('\n', ' ')).Trim();

    // One newline style and ordinary spaces; the characters that are dropped leave no trace.
    private static int Map(string text, char[] mapped)
    {
        var length = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i] switch
            {
                '\r' => i + 1 < text.Length && text[i + 1] == '\n' ? '\0' : '\n',
                '\u00a0' or '\u2007' or '\u202f' or '\t' or '\u2002' or '\u2003' or '\u2009' => ' ',
                // Invisible characters from web pages would otherwise split words for later stages.
                '\u200b' or '\u200c' or '\u200d' or '\u2060' or '\ufeff' or '\u00ad' => '\0',
                '\u2028' or '\u2029' => '\n',
                var other => other,
            };
            if (c != '\0')
            {
                mapped[length++] = c;
            }
        }

        return length;
    }

    // Each line trimmed, with runs of spaces inside it made one space.
    private static int EvenLines(ReadOnlySpan<char> text, char[] lines)
    {
        var length = 0;
        var first = true;
        foreach (var range in text.Split('\n'))
        {
            if (!first)
            {
                lines[length++] = '\n';
            }

            first = false;
            var line = text[range].Trim();
            for (var i = 0; i < line.Length; i++)
            {
                if (line[i] != ' ' || line[i - 1] != ' ')
                {
                    lines[length++] = line[i];
                }
            }
        }

        return length;
    }
}
