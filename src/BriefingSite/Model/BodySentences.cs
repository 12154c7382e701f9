namespace BriefingSite.Model;

/// <summary>Numbers the sentences of a briefing body, the address that figures, events and quotes point to.</summary>
/// <remarks>
/// The body is split into blocks on blank lines. Heading blocks ("#") are not counted; other blocks lose a
/// leading "> " or "- " marker and are split with <see cref="SentenceSplitter"/>. Sentences are numbered from 1
/// in reading order across the whole body. The page for a briefing gives sentence n the anchor id "s{n}".
/// </remarks>
public static class BodySentences
{
    // A body is numbered by extraction, linking and rendering in turn: each body's sentences are made once
    // and kept while the body is (the same text object; an equal text read again from a file is numbered afresh).
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<string, BodySentence[]> Numbered = new();

    /// <summary>The body's sentences, numbered; the same list for the same body object, never changed.</summary>
    public static IReadOnlyList<BodySentence> Enumerate(string body) => Numbered.GetValue(body, static b => Number(Blocks(b)));

    private static BodySentence[] Number(IReadOnlyList<string> blocks)
    {
        var sentences = new List<BodySentence>();
        var blockIndex = 0;
        foreach (var block in blocks)
        {
            if (!block.StartsWith('#'))
            {
                foreach (var sentence in SentenceSplitter.Split(WithoutMarker(block)))
                {
                    sentences.Add(new BodySentence(sentences.Count + 1, blockIndex, sentence));
                }
            }

            blockIndex++;
        }

        return [.. sentences];
    }

    /// <summary>The body's blocks: runs of non-blank lines, each trimmed, joined by a space.</summary>
    public static IReadOnlyList<string> Blocks(string body)
    {
        var text = body.Replace("\r\n", "\n", StringComparison.Ordinal);
        var blocks = new List<string>();
        var lines = new List<Range>();
        var start = 0;
        while (start <= text.Length)
        {
            var end = text.IndexOf('\n', start);
            end = end < 0 ? text.Length : end;
            var line = Trimmed(text, start, end);
            if (line.Start.Value < line.End.Value)
            {
                lines.Add(line);
            }
            else if (lines.Count > 0)
            {
                blocks.Add(Join(text, lines));
                lines.Clear();
            }

            start = end + 1;
        }

        if (lines.Count > 0)
        {
            blocks.Add(Join(text, lines));
        }

        return blocks;
    }

    private static Range Trimmed(string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return start..end;
    }

    private static string Join(string text, List<Range> lines)
    {
        if (lines.Count == 1)
        {
            return text[lines[0]];
        }

        var length = lines.Count - 1;
        foreach (var line in lines)
        {
            length += line.End.Value - line.Start.Value;
        }

        return string.Create(length, (text, lines), static (span, state) =>
        {
            var at = 0;
            foreach (var line in state.lines)
            {
                if (at > 0)
                {
                    span[at++] = ' ';
                }

                state.text.AsSpan(line).CopyTo(span[at..]);
                at += line.End.Value - line.Start.Value;
            }
        });
    }

    private static ReadOnlySpan<char> WithoutMarker(string block) =>
        block.StartsWith("> ", StringComparison.Ordinal) || block.StartsWith("- ", StringComparison.Ordinal)
            ? block.AsSpan(2)
            : block;
}
