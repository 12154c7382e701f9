using BriefingSite.Model;

namespace BriefingSite.Render;

/// <summary>What templates see of an entity: its names, roles, description, the briefings and sentences that mention it, its quotes.</summary>
public static class EntityView
{
    /// <summary>How many of a briefing's sentences naming the entity its card shows; more_mentions counts the rest.</summary>
    public const int MentionsPerCard = 3;

    public static Dictionary<string, object?> Of(SiteEntity entity, SiteLinks links, SafeMarkdown markdown)
    {
        var all = new List<Briefing>(entity.Briefings.Count);
        foreach (var slug in entity.Briefings)
        {
            if (links.Briefing(slug) is { } briefing)
            {
                all.Add(briefing);
            }
        }

        // The newest briefings are cards, each with the first sentences of it that name the entity, in the order of its mentions.
        var cards = Math.Min(all.Count, IndexViews.Cards);
        var mentions = new Dictionary<string, List<Dictionary<string, object?>>>(cards, StringComparer.Ordinal);
        for (var at = 0; at < cards; at++)
        {
            mentions.TryAdd(all[at].Slug, []);
        }

        var named = new Dictionary<string, int>(cards, StringComparer.Ordinal);
        foreach (var mention in entity.Mentions)
        {
            if (!mentions.TryGetValue(mention.BriefingSlug, out var sentences))
            {
                continue;
            }

            named[mention.BriefingSlug] = named.GetValueOrDefault(mention.BriefingSlug) + 1;
            if (sentences.Count < MentionsPerCard)
            {
                sentences.Add(new(3) { ["text"] = mention.Text, ["url"] = SiteLinks.SentenceUrl(mention.BriefingSlug, mention.Sentence), ["sentence"] = mention.Sentence });
            }
        }

        var briefings = new List<Dictionary<string, object?>>(cards);
        for (var at = 0; at < cards; at++)
        {
            var line = links.Line(all[at]);
            var shown = mentions[all[at].Slug];
            var more = named.GetValueOrDefault(all[at].Slug) - shown.Count;
            briefings.Add(new(5) { ["title"] = line["title"], ["url"] = line["url"], ["date_display"] = line["date_display"], ["mentions"] = shown, ["more_mentions"] = more });
        }

        var quotes = Distinct(entity.Quotes, links);

        // Sized for the fields KnowledgeViews and the page add too.
        return new Dictionary<string, object?>(32, StringComparer.Ordinal)
        {
            ["id"] = entity.Id,
            ["name"] = entity.Name,
            ["type"] = FrontMatter.TypeName(entity.Type),
            ["type_label"] = TypeLabel(entity.Type),
            ["aliases"] = entity.Aliases.ToList(),
            ["roles"] = entity.Roles.ToList(),
            ["description"] = entity.Description,
            ["description_html"] = string.IsNullOrWhiteSpace(entity.Description) ? null : markdown.ToHtml(entity.Description),
            ["url"] = links.EntityUrl(entity.Id),
            ["briefing_count"] = all.Count,
            ["mention_count"] = entity.Mentions.Count,
            ["briefings"] = briefings,
            ["more"] = all.Skip(IndexViews.Cards).Select(links.Line).ToList(),
            ["quotes"] = quotes.Take(IndexViews.Cards).Select(q => QuoteView(q, links)).ToList(),
            ["more_quotes"] = Math.Max(0, quotes.Count - IndexViews.Cards),
        };
    }

    /// <summary>How many further briefings a quote said in several lists by name; also_more counts the rest.</summary>
    public const int QuoteSourcesShown = 3;

    // A quote carried by several briefings (a story updated, a wire repeated) is one quote, newest briefing first.
    private static List<List<SiteQuote>> Distinct(IReadOnlyList<SiteQuote> quotes, SiteLinks links)
    {
        var groups = new List<List<SiteQuote>>();
        var byText = new Dictionary<string, List<SiteQuote>>(StringComparer.Ordinal);
        foreach (var quote in quotes)
        {
            if (links.Briefing(quote.BriefingSlug) is null)
            {
                continue;
            }

            var key = SameWords(quote.Quote.Text);
            if (!byText.TryGetValue(key, out var group))
            {
                byText[key] = group = [];
                groups.Add(group);
            }

            if (!group.Exists(q => q.BriefingSlug == quote.BriefingSlug))
            {
                group.Add(quote);
            }
        }

        return groups;
    }

    // Case, spacing and the punctuation around words aside, the same words.
    private static string SameWords(string text) =>
        string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Select(w => w.Trim(WordEdges)).Where(w => w.Length > 0)).ToLowerInvariant();

    private static readonly char[] WordEdges = ['.', ',', ';', ':', '!', '?', '"', '\'', '‘', '’', '“', '”', '…', '-', '–', '—', '(', ')'];

    private static Dictionary<string, object?> QuoteView(List<SiteQuote> group, SiteLinks links)
    {
        var first = group[0];
        return new Dictionary<string, object?>(5)
        {
            ["text"] = first.Quote.Text,
            ["url"] = SiteLinks.SentenceUrl(first.BriefingSlug, first.Quote.Sentence),
            ["briefing_title"] = links.Briefing(first.BriefingSlug)!.Title,
            ["also"] = group.Skip(1).Take(QuoteSourcesShown).Select(q => new Dictionary<string, object?>(2)
            {
                ["url"] = SiteLinks.SentenceUrl(q.BriefingSlug, q.Quote.Sentence),
                ["briefing_title"] = links.Briefing(q.BriefingSlug)!.Title,
            }).ToList(),
            ["also_more"] = Math.Max(0, group.Count - 1 - QuoteSourcesShown),
        };
    }

    public static string TypeLabel(EntityType type) => type switch
    {
        EntityType.Person => "Person",
        EntityType.Organization => "Organisation",
        EntityType.Place => "Place",
        _ => "Other",
    };
}
