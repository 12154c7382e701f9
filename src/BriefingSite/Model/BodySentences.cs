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
    public static IReadOnlyList<BodySentence> Enumerate(string body) => Numbered.GetValue(body, static b => Number(b));

    private static BodySentence[] Number(string body)
    {
        var sentences = new List<BodySentence>();
        var blocks = new BlockWalker(body);
        for (var blockIndex = 0; blocks.Next(out var block); blockIndex++)
        {
            if (!block.StartsWith('#'))
            {
                foreach (var sentence in SentenceSplitter.Split(WithoutMarker(block)))
                {
                    sentences.Add(new BodySentence(sentences.Count + 1, blockIndex, sentence));
                }
            }
        }

        return [.. sentences];
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

    private static ReadOnlySpan<char> WithoutMarker(ReadOnlySpan<char> block) =>
        block.StartsWith("> ", StringComparison.Ordinal) || block.StartsWith("- ", StringComparison.Ordinal) ? block[2..] : block;

    /// <summary>
    /// The body's blocks (runs of non-blank lines, each trimmed, joined by a space) one by one as spans, so no string is
    /// made of a block: a block of one line is a span of the body, one of several lines is joined into a buffer of the
    /// walker's own, valid until the next block.
    /// </summary>
    internal ref struct BlockWalker(string body)
    {
        private readonly string text = body.Replace("\r\n", "\n", StringComparison.Ordinal);
        private readonly List<Range> lines = [];
        private char[] joined = [];
        private int start;

        public bool Next(out ReadOnlySpan<char> block)
        {
            while (start <= text.Length)
            {
                var end = text.IndexOf('\n', start);
                end = end < 0 ? text.Length : end;
                var line = Trimmed(text, start, end);
                start = end + 1;
                if (line.Start.Value < line.End.Value)
                {
                    lines.Add(line);
                }
                else if (lines.Count > 0)
                {
                    block = Joined();
                    return true;
                }
            }

            block = lines.Count > 0 ? Joined() : default;
            return !block.IsEmpty;
        }

        private ReadOnlySpan<char> Joined()
        {
            if (lines.Count == 1)
            {
                var only = lines[0];
                lines.Clear();
                return text.AsSpan(only);
            }

            var length = lines.Count - 1;
            foreach (var line in lines)
            {
                length += line.End.Value - line.Start.Value;
            }

            if (joined.Length < length)
            {
                joined = new char[Math.Max(length, joined.Length * 2)];
            }

            var at = 0;
            foreach (var line in lines)
            {
                if (at > 0)
                {
                    joined[at++] = ' ';
                }

                text.AsSpan(line).CopyTo(joined.AsSpan(at));
                at += line.End.Value - line.Start.Value;
            }

            lines.Clear();
            return joined.AsSpan(0, length);
        }
    }
}
