using BriefingSite.Model;

namespace BriefingSite.Ingest;

/// <summary>Splits plain text into paragraph blocks: one per line, with hard-wrapped lines joined back.</summary>
public static class TextBlockParser
{
    public static IReadOnlyList<ArticleBlock> Parse(string normalised)
    {
        var blocks = new List<string>();
        var previousBlank = true;
        foreach (var line in normalised.Split('\n'))
        {
            if (line.Length == 0)
            {
                previousBlank = true;
                continue;
            }

            if (!previousBlank && blocks.Count > 0 && IsWrapped(blocks[^1], line))
            {
                blocks[^1] = blocks[^1] + " " + line;
            }
            else
            {
                blocks.Add(line);
            }

            previousBlank = false;
        }

        return [.. blocks.Select(text => new ArticleBlock(BlockKind.Paragraph, text))];
    }

    // A line that stops mid-sentence and a next line that goes on in lower case are one wrapped paragraph.
    private static bool IsWrapped(string previous, string next) =>
        previous.Length >= 30
        && !".!?:;\"”’)…".Contains(previous[^1], StringComparison.Ordinal)
        && char.IsLower(next[0]);
}
