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
        var kept = candidates.AsBalancedParallel().AsOrdered().Select(words => words.Length <= cap ? words : Rarest(words, frequency, cap)).ToList();
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

        // Written straight to JSON: made first as lists and texts, the index of a large site churned the heap. The
        // rows of entities and of briefings, most of the work, are written side by side in runs, then put in order.
        var rows = Enumerable.Range(0, RowRuns).Select(run => (Entities: true, Run: run))
            .Concat(Enumerable.Range(0, RowRuns).Select(run => (Entities: false, Run: run)))
            .AsParallel().AsOrdered()
            .Select(part => part.Entities
                ? Rows(Run(entities.Count, part.Run), (row, at) => EntityRow(row, entities[at], kinds, links))
                : Rows(Run(site.Briefings.Count, part.Run), (row, at) => BriefingRow(row, site.Briefings[at], kept[at], wordAt, positions, tagAt)))
            .ToList();
        var head = JsonValue.ToCompactBytes(json =>
        {
            json.WriteStartObject();
            json.WriteStartArray("kinds");
            foreach (var kind in kinds)
            {
                json.WriteStringValue(EntityView.TypeLabel(kind).ToLowerInvariant());
            }

            json.WriteEndArray();
            json.WritePropertyName("words");
            new SearchIndexRow(json).Vocabulary(vocabulary, fragments);
            json.WriteStartArray("tags");
            foreach (var tag in tags)
            {
                json.WriteStringValue(tag);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }, default, default);

        // The object as one writer would write it, put together in one array (a large site's index is a large object:
        // made once): its head less the closing brace, then the two lists of rows.
        ReadOnlySpan<byte> start = "window.BRIEFING_SEARCH = "u8, entitiesName = ",\"entities\":"u8, briefingsName = ",\"briefings\":"u8, end = "};\n"u8;
        var script = new Assembly(start.Length + head.Length - 1 + entitiesName.Length + Assembly.ListLength(rows.Take(RowRuns))
            + briefingsName.Length + Assembly.ListLength(rows.Skip(RowRuns)) + end.Length);
        script.Add(start);
        script.Add(head.AsSpan(0, head.Length - 1));
        script.Add(entitiesName);
        script.List(rows.Take(RowRuns));
        script.Add(briefingsName);
        script.List(rows.Skip(RowRuns));
        script.Add(end);
        return script.Bytes;
    }

    // How many runs the rows of entities, and those of briefings, are written in (at most two at once on two cores).
    private const int RowRuns = 4;

    // The positions of one run of rows: the runs share out the rows in order, the first runs taking one more.
    private static Range Run(int count, int run) => new(count * run / RowRuns, count * (run + 1) / RowRuns);

    // A run of rows as a JSON list ("[]" when empty).
    private static ChunkedBuffer Rows(Range run, Action<SearchIndexRow, int> write) => JsonValue.ToCompactBuffer(json =>
    {
        var row = new SearchIndexRow(json);
        json.WriteStartArray();
        for (var at = run.Start.Value; at < run.End.Value; at++)
        {
            write(row, at);
        }

        json.WriteEndArray();
    });

    // Bytes put one after the other in an array of the size they fill.
    private sealed class Assembly(int length)
    {
        private readonly byte[] bytes = new byte[length];
        private int used;

        /// <summary>How long <see cref="List"/> makes these runs.</summary>
        public static int ListLength(IEnumerable<ChunkedBuffer> runs)
        {
            var items = runs.Where(run => run.Length > 2).ToList();
            return 2 + items.Sum(run => run.Length - 2) + Math.Max(0, items.Count - 1);
        }

        public void Add(ReadOnlySpan<byte> part)
        {
            part.CopyTo(bytes.AsSpan(used));
            used += part.Length;
        }

        // Runs of rows, each a JSON list, as one list: their items in order, a comma between runs.
        public void List(IEnumerable<ChunkedBuffer> runs)
        {
            var first = true;
            Add("["u8);
            foreach (var run in runs.Where(run => run.Length > 2))
            {
                Add(first ? [] : ","u8);
                run.CopyTo(bytes.AsSpan(used), 1, run.Length - 2);
                (used, first) = (used + run.Length - 2, false);
            }

            Add("]"u8);
        }

        /// <summary>The array, once filled.</summary>
        public byte[] Bytes => used == bytes.Length ? bytes : throw new InvalidOperationException($"{used} of {bytes.Length} bytes filled");
    }

    private static void EntityRow(SearchIndexRow row, SiteEntity e, List<EntityType> kinds, SiteLinks links)
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

    private static void BriefingRow(SearchIndexRow row, Briefing b, int[] words, int[] wordAt, Dictionary<string, int> positions, Dictionary<string, int> tagAt)
    {
        row.Start();
        row.Text(b.Title);
        row.Text(FileName(SiteLinks.BriefingUrl(b.Slug), "briefings/"));
        row.Text(b.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "");
        row.Text(Snippet(b.Summary));
        row.Words(words, wordAt);
        row.Entities(b.Entities, positions);
        row.Tags(b.Tags, tagAt);
        row.End();
    }

    /// <summary>The id of a word, the same for the same word and another for another, with a text of the word kept for as long as the ids are.</summary>
    public delegate int WordIdOf(ReadOnlySpan<char> word, out string text);

    /// <summary>The telling words of a briefing's summary and key facts, each once, in order, leaving out those of its title.</summary>
    public static int[] Candidates(Briefing briefing, WordIdOf wordId)
    {
        // Each thread reuses its sets and list: a clean build asks this of every briefing. A word met again in the
        // briefing is found in its own small set, and the table of every word (large, shared) is asked once per word.
        var (buffer, title, seen, candidates) = candidateScratch ??= (new char[64], new HashSet<string>(StringComparer.Ordinal), new HashSet<string>(StringComparer.Ordinal), new List<int>());
        title.Clear();
        seen.Clear();
        candidates.Clear();
        var inTitle = title.GetAlternateLookup<ReadOnlySpan<char>>();
        var met = seen.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var word in SearchWords.Spans(briefing.Title, buffer))
        {
            inTitle.Add(word);
        }

        foreach (var text in briefing.KeyPoints
            .Prepend(briefing.Summary)
            .Concat(briefing.Figures.Select(f => $"{f.Value} {f.About}"))
            .Concat(briefing.Events.Select(e => e.Text))
            .Concat(briefing.Quotes.Select(q => q.Text)))
        {
            foreach (var word in SearchWords.Spans(text, buffer))
            {
                if (SearchWords.Telling(word) && !inTitle.Contains(word) && !met.Contains(word))
                {
                    candidates.Add(wordId(word, out var known));
                    seen.Add(known);
                }
            }
        }

        return [.. candidates];
    }

    [ThreadStatic]
    private static (char[] Buffer, HashSet<string> Title, HashSet<string> Seen, List<int> Candidates)? candidateScratch;

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
    private static int[] Rarest(int[] words, int[] frequency, int cap)
    {
        var ranked = new List<long>(words.Length);
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

    /// <summary>The start of the summary shown under a result.</summary>
    public static string Snippet(string summary) => SummaryStart.Of(summary, SnippetLength);

    private static string FileName(string url, string folder) => url[folder.Length..^".html".Length];
}
