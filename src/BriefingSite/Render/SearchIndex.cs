using System.Globalization;
using BriefingSite.Model;

namespace BriefingSite.Render;

/// <summary>The offline search index: a script setting window.BRIEFING_SEARCH, so search works from file:// where fetch does not.</summary>
/// <remarks>
/// Shaped to keep 10,000 briefings under 5 MB (docs/benchmarks-search.md): one shared vocabulary, most frequent word
/// first, and one list of tags; each briefing lists its words, entities and tags as positions written with
/// <see cref="IdCode"/>; urls are
/// kept as their file names only. Each briefing keeps the words of its summary and key facts (points, figures, events,
/// quotes) up to a site-wide budget, its rarest words first, since a common word alone rarely finds one briefing.
/// theme/assets/search.js reads this shape.
/// </remarks>
public static class SearchIndex
{
    /// <summary>About how many word references the whole index may hold: at two to three characters each, two megabytes.</summary>
    public const int WordBudget = 650_000;

    /// <summary>However large the site, a briefing keeps at least this many of its words.</summary>
    public const int MinWordsPerBriefing = 40;

    public const int SnippetLength = 90;

    public static byte[] Script(Site site, SiteLinks links) => Script(site, links, BriefingFragments.Of(site.Briefings, new()));

    /// <param name="fragments">The briefings' search words (see <see cref="Candidates"/>), as ids in one table of words.</param>
    /// <param name="budget">About how many word references the whole index may hold (<see cref="WordBudget"/>).</param>
    public static byte[] Script(Site site, SiteLinks links, BriefingFragments fragments, int budget = WordBudget)
    {
        var kinds = Enum.GetValues<EntityType>().ToList();
        var entities = site.Entities.Where(e => !e.Hidden).ToList();
        var positions = entities.Select((e, at) => (e.Id, at)).ToDictionary(p => p.Id, p => p.at, StringComparer.Ordinal);

        // A briefing's candidates hold each word once, so a word's frequency is the number of briefings it may find.
        var frequency = new int[fragments.WordCount];
        var candidates = site.Briefings.Select((_, at) => fragments.Words(at)).ToList();
        Count(candidates, frequency);
        var cap = Math.Max(MinWordsPerBriefing, budget / Math.Max(1, site.Briefings.Count));
        var ranked = new List<long>();
        var kept = candidates.Select(words => words.Length <= cap ? words : Rarest(words, frequency, cap, ranked)).ToList();
        var uses = new int[fragments.WordCount];
        Count(kept, uses);
        var vocabulary = Enumerable.Range(0, uses.Length).Where(id => uses[id] > 0).ToArray();
        Array.Sort(vocabulary, (a, b) => uses[a] != uses[b] ? uses[b].CompareTo(uses[a]) : string.CompareOrdinal(fragments.Word(a), fragments.Word(b)));
        var wordAt = new int[uses.Length];
        for (var at = 0; at < vocabulary.Length; at++)
        {
            wordAt[vocabulary[at]] = at;
        }

        var tags = site.Briefings.SelectMany(b => b.Tags).CountBy(t => t, StringComparer.Ordinal)
            .OrderByDescending(t => t.Value).ThenBy(t => t.Key, StringComparer.Ordinal).Select(t => t.Key).ToList();
        var tagAt = tags.Select((t, at) => (t, at)).ToDictionary(p => p.t, p => p.at, StringComparer.Ordinal);

        // Written straight to JSON: made first as lists and texts, the index of a large site churned the heap.
        return JsonValue.ToCompactBytes(json =>
        {
            var row = new SearchIndexRow(json);
            json.WriteStartObject();
            json.WriteStartArray("kinds");
            foreach (var kind in kinds)
            {
                json.WriteStringValue(EntityView.TypeLabel(kind).ToLowerInvariant());
            }

            json.WriteEndArray();
            json.WritePropertyName("words");
            row.Vocabulary(vocabulary, fragments);
            json.WriteStartArray("tags");
            foreach (var tag in tags)
            {
                json.WriteStringValue(tag);
            }

            json.WriteEndArray();
            json.WriteStartArray("entities");
            foreach (var e in entities)
            {
                var aliases = e.Aliases.Where(a => a != e.Name).Distinct(StringComparer.Ordinal).ToList();
                var roles = string.Join("; ", e.Roles.Prepend(e.Description ?? "").Where(r => r.Length > 0));
                row.Start();
                row.Number(kinds.IndexOf(e.Type));
                row.Text(e.Name);
                row.Text(FileName(links.EntityUrl(e.Id)!, "entities/"));
                row.Text(roles);
                row.Texts(aliases);
                row.End();
            }

            json.WriteEndArray();
            json.WriteStartArray("briefings");
            for (var at = 0; at < site.Briefings.Count; at++)
            {
                var b = site.Briefings[at];
                var date = b.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";
                var snippet = Snippet(b.Summary);
                row.Start();
                row.Text(b.Title);
                row.Text(FileName(SiteLinks.BriefingUrl(b.Slug), "briefings/"));
                row.Text(date);
                row.Text(snippet);
                row.Words(kept[at], wordAt);
                row.Entities(b.Entities, positions);
                row.Tags(b.Tags, tagAt);
                row.End();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }, "window.BRIEFING_SEARCH = "u8, ";\n"u8);
    }

    /// <summary>The telling words of a briefing's summary and key facts, each once, in order, leaving out those of its title.</summary>
    /// <param name="wordId">The id of a word: the same for the same word, another for another.</param>
    public static int[] Candidates(Briefing briefing, Func<ReadOnlySpan<char>, int> wordId)
    {
        var buffer = new char[64];
        var title = new HashSet<string>(StringComparer.Ordinal);
        var inTitle = title.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var word in SearchWords.Spans(briefing.Title, buffer))
        {
            inTitle.Add(word);
        }

        var seen = new HashSet<int>();
        var candidates = new List<int>();
        foreach (var text in briefing.KeyPoints
            .Prepend(briefing.Summary)
            .Concat(briefing.Figures.Select(f => $"{f.Value} {f.About}"))
            .Concat(briefing.Events.Select(e => e.Text))
            .Concat(briefing.Quotes.Select(q => q.Text)))
        {
            foreach (var word in SearchWords.Spans(text, buffer))
            {
                if (SearchWords.Telling(word) && !inTitle.Contains(word) && wordId(word) is var id && seen.Add(id))
                {
                    candidates.Add(id);
                }
            }
        }

        return [.. candidates];
    }

    private static void Count(IEnumerable<int[]> lists, int[] counts)
    {
        foreach (var list in lists)
        {
            foreach (var id in list)
            {
                counts[id]++;
            }
        }
    }

    /// <summary>The <paramref name="cap"/> words found in the fewest briefings (the first of equals), in their order.</summary>
    /// <param name="ranked">Reused from call to call.</param>
    private static int[] Rarest(int[] words, int[] frequency, int cap, List<long> ranked)
    {
        ranked.Clear();
        for (var order = 0; order < words.Length; order++)
        {
            ranked.Add(((long)frequency[words[order]] << 32) | (uint)order);
        }

        ranked.Sort();
        var kept = new int[cap];
        for (var at = 0; at < cap; at++)
        {
            kept[at] = (int)(ranked[at] & uint.MaxValue);
        }

        Array.Sort(kept);
        for (var at = 0; at < cap; at++)
        {
            kept[at] = words[kept[at]];
        }

        return kept;
    }

    /// <summary>The start of the summary, cut at a word, shown under a result.</summary>
    public static string Snippet(string summary)
    {
        if (summary.Length <= SnippetLength)
        {
            return summary;
        }

        var cut = summary.LastIndexOf(' ', SnippetLength);
        return summary[..(cut > 0 ? cut : SnippetLength)].TrimEnd(',', ';', ':') + "…";
    }

    private static string FileName(string url, string folder) => url[folder.Length..^".html".Length];
}
