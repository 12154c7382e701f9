namespace BriefingSite.Model;

/// <summary>Numbers the sentences of a briefing body, the address that figures, events and quotes point to.</summary>
/// <remarks>
/// The body is split into blocks on blank lines. Heading blocks ("#") are not counted; other blocks lose a
/// leading "> " or "- " marker and are split with <see cref="SentenceSplitter"/>. Sentences are numbered from 1
/// in reading order across the whole body. The page for a briefing gives sentence n the anchor id "s{n}".
/// </remarks>
public static class BodySentences
{
    public static IReadOnlyList<BodySentence> Enumerate(string body)
    {
        var sentences = new List<BodySentence>();
        var blockIndex = 0;
        foreach (var block in Blocks(body))
        {
            if (!block.StartsWith('#'))
            {
                foreach (var sentence in SentenceSplitter.Split(StripMarker(block)))
                {
                    sentences.Add(new BodySentence(sentences.Count + 1, blockIndex, sentence));
                }
            }

            blockIndex++;
        }

        return sentences;
    }

    /// <summary>The body's blocks: runs of non-blank lines joined by a space.</summary>
    public static IEnumerable<string> Blocks(string body)
    {
        var lines = new List<string>();
        foreach (var raw in body.Replace("\r\n", "\n").Split('\n'))
        {
            var line = raw.Trim();
            if (line.Length == 0)
            {
                if (lines.Count > 0)
                {
                    yield return string.Join(' ', lines);
                    lines.Clear();
                }

                continue;
            }

            lines.Add(line);
        }

        if (lines.Count > 0)
        {
            yield return string.Join(' ', lines);
        }
    }

    private static string StripMarker(string block) =>
        block.StartsWith("> ", StringComparison.Ordinal) || block.StartsWith("- ", StringComparison.Ordinal)
            ? block[2..]
            : block;
}
