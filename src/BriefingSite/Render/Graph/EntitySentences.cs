using BriefingSite.Model;

namespace BriefingSite.Render.Graph;

/// <summary>Sentences as numbers for <see cref="EntityGraph"/>: each entity's distinct sentences, and each sentence's entities.</summary>
internal static class EntitySentences
{
    /// <summary>Each entity's distinct sentences as ids, a sentence being a briefing slug and a sentence number.</summary>
    /// <remarks>A sentence's id is its number past the lowest of its briefing, after the ids of the briefings met before.</remarks>
    public static int[][] Of(IReadOnlyList<SiteEntity> entities, out int count)
    {
        // First each mention's briefing as a number (looked up once per run: mentions come in briefing order),
        // and each briefing's lowest and highest sentence.
        var slugs = new Dictionary<string, int>(StringComparer.Ordinal);
        var lowest = new List<int>();
        var highest = new List<int>();
        var briefingOf = new int[entities.Sum(e => e.Mentions.Count)];
        var at = 0;
        foreach (var entity in entities)
        {
            string? slug = null;
            var briefing = 0;
            foreach (var mention in entity.Mentions)
            {
                if (!ReferenceEquals(mention.BriefingSlug, slug) && mention.BriefingSlug != slug)
                {
                    slug = mention.BriefingSlug;
                    if (!slugs.TryGetValue(slug, out briefing))
                    {
                        slugs.Add(slug, briefing = slugs.Count);
                        lowest.Add(mention.Sentence);
                        highest.Add(mention.Sentence);
                    }
                }

                lowest[briefing] = Math.Min(lowest[briefing], mention.Sentence);
                highest[briefing] = Math.Max(highest[briefing], mention.Sentence);
                briefingOf[at++] = briefing;
            }
        }

        var first = new int[slugs.Count];
        count = 0;
        for (var b = 0; b < first.Length; b++)
        {
            first[b] = count;
            count += highest[b] - lowest[b] + 1;
        }

        var result = new int[entities.Count][];
        var mine = new List<int>();
        at = 0;
        for (var e = 0; e < entities.Count; e++)
        {
            foreach (var mention in entities[e].Mentions)
            {
                var briefing = briefingOf[at++];
                mine.Add(first[briefing] + mention.Sentence - lowest[briefing]);
            }

            mine.Sort();
            var distinct = 0;
            for (var i = 0; i < mine.Count; i++)
            {
                if (i == 0 || mine[i] != mine[i - 1])
                {
                    mine[distinct++] = mine[i];
                }
            }

            result[e] = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(mine)[..distinct].ToArray();
            mine.Clear();
        }

        return result;
    }

    /// <summary>For each sentence, the entities whose sentences hold it.</summary>
    public static int[][] Invert(int[][] sentences, int count)
    {
        var sizes = new int[count];
        foreach (var list in sentences)
        {
            foreach (var sentence in list)
            {
                sizes[sentence]++;
            }
        }

        var named = new int[count][];
        for (var s = 0; s < count; s++)
        {
            named[s] = sizes[s] == 0 ? [] : new int[sizes[s]];
            sizes[s] = 0;
        }

        for (var e = 0; e < sentences.Length; e++)
        {
            foreach (var sentence in sentences[e])
            {
                named[sentence][sizes[sentence]++] = e;
            }
        }

        return named;
    }
}
