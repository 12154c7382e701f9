using System.Runtime.InteropServices;

namespace BriefingSite.Model;

/// <summary>A sentence of a briefing that mentions an entity.</summary>
public sealed record EntityMention(string BriefingSlug, int Sentence, string Text)
{
    /// <summary>How many of these mentions each briefing holds, by its slug.</summary>
    /// <remarks>Mentions come in briefing order: each run of one briefing's mentions is counted with one look-up.</remarks>
    public static Dictionary<string, int> CountByBriefing(IReadOnlyList<EntityMention> mentions)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var start = 0; start < mentions.Count;)
        {
            var slug = mentions[start].BriefingSlug;
            var end = start + 1;
            while (end < mentions.Count && (ReferenceEquals(mentions[end].BriefingSlug, slug) || mentions[end].BriefingSlug == slug))
            {
                end++;
            }

            CollectionsMarshal.GetValueRefOrAddDefault(counts, slug, out _) += end - start;
            start = end;
        }

        return counts;
    }
}
