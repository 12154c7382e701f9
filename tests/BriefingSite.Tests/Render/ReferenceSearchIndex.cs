using System.Globalization;
using BriefingSite.Model;
using BriefingSite.Render;

namespace BriefingSite.Tests.Render;

/// <summary>The search index as it was made before word ids and fragments (word lists of strings): the expected bytes.</summary>
internal static class ReferenceSearchIndex
{
    public static byte[] Script(Site site, SiteLinks links, int budget = SearchIndex.WordBudget)
    {
        var kinds = Enum.GetValues<EntityType>().ToList();
        var entities = site.Entities.Where(e => !e.Hidden).ToList();
        var positions = entities.Select((e, at) => (e.Id, at)).ToDictionary(p => p.Id, p => p.at, StringComparer.Ordinal);

        var candidates = site.Briefings.AsParallel().AsOrdered().Select(Candidates).ToList();
        var frequency = candidates.SelectMany(c => c).CountBy(w => w, StringComparer.Ordinal).ToDictionary(StringComparer.Ordinal);
        var cap = Math.Max(SearchIndex.MinWordsPerBriefing, budget / Math.Max(1, site.Briefings.Count));
        var kept = candidates
            .Select(words => words.Count <= cap ? words : words.Select((w, order) => (Word: w, Order: order))
                .OrderBy(w => frequency[w.Word]).ThenBy(w => w.Order).Take(cap).OrderBy(w => w.Order).Select(w => w.Word).ToList())
            .ToList();
        var vocabulary = kept.SelectMany(w => w).CountBy(w => w, StringComparer.Ordinal)
            .OrderByDescending(w => w.Value).ThenBy(w => w.Key, StringComparer.Ordinal).Select(w => w.Key).ToList();
        var wordAt = vocabulary.Select((w, at) => (w, at)).ToDictionary(p => p.w, p => p.at, StringComparer.Ordinal);
        var tags = site.Briefings.SelectMany(b => b.Tags).CountBy(t => t, StringComparer.Ordinal)
            .OrderByDescending(t => t.Value).ThenBy(t => t.Key, StringComparer.Ordinal).Select(t => t.Key).ToList();
        var tagAt = tags.Select((t, at) => (t, at)).ToDictionary(p => p.t, p => p.at, StringComparer.Ordinal);

        var index = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["kinds"] = kinds.Select(k => EntityView.TypeLabel(k).ToLowerInvariant()).ToList(),
            ["words"] = string.Join(' ', vocabulary),
            ["tags"] = tags,
            ["entities"] = entities.Select(e => Trimmed(
                kinds.IndexOf(e.Type),
                e.Name,
                FileName(links.EntityUrl(e.Id)!, "entities/"),
                string.Join("; ", e.Roles.Prepend(e.Description ?? "").Where(r => r.Length > 0)),
                e.Aliases.Where(a => a != e.Name).Distinct(StringComparer.Ordinal).ToList())).ToList(),
            ["briefings"] = site.Briefings.Select((b, at) => Trimmed(
                b.Title,
                FileName(SiteLinks.BriefingUrl(b.Slug), "briefings/"),
                b.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "",
                SearchIndex.Snippet(b.Summary),
                IdCode.Encode(kept[at].Select(w => wordAt[w])),
                IdCode.Encode(b.Entities.Select(e => positions.GetValueOrDefault(e.Id, -1)).Where(p => p >= 0).Distinct()),
                IdCode.Encode(b.Tags.Distinct(StringComparer.Ordinal).Select(t => tagAt[t])))).ToList(),
        };
        return JsonValue.ToCompactBytes(index, "window.BRIEFING_SEARCH = "u8, ";\n"u8);
    }

    /// <summary>The telling words of a briefing's summary and key facts, each once, in order, leaving out those of its title.</summary>
    private static List<string> Candidates(Briefing briefing)
    {
        // Seen starts with the title's words, so they are left out like the repeats.
        var seen = ReferenceSearchWords.Of(briefing.Title).ToHashSet(StringComparer.Ordinal);
        var text = briefing.KeyPoints
            .Prepend(briefing.Summary)
            .Concat(briefing.Figures.Select(f => $"{f.Value} {f.About}"))
            .Concat(briefing.Events.Select(e => e.Text))
            .Concat(briefing.Quotes.Select(q => q.Text));
        return text.SelectMany(ReferenceSearchWords.Of).Where(w => ReferenceSearchWords.Telling(w) && seen.Add(w)).ToList();
    }

    private static string FileName(string url, string folder) => url[folder.Length..^".html".Length];

    /// <summary>The values as a list without its trailing empty ones, which search.js reads as empty.</summary>
    private static List<object?> Trimmed(params object?[] values)
    {
        var list = values.ToList();
        while (list.Count > 0 && list[^1] is "" or null or System.Collections.ICollection { Count: 0 })
        {
            list.RemoveAt(list.Count - 1);
        }

        return list;
    }
}
