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

        var briefings = Cards(all[..cards], mentions, named, links);

        // A quote several briefings carry is listed once.
        var quotes = RepeatedFacts.Group(entity.Quotes, q => q.Quote.Text, q => q.BriefingSlug, links);

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
            ["quotes"] = quotes.Take(IndexViews.Cards)
                .Select(g => RepeatedFacts.WithSources(new(5) { ["text"] = g[0].Quote.Text }, g, q => q.BriefingSlug, q => q.Quote.Sentence, links))
                .ToList(),
            ["more_quotes"] = Math.Max(0, quotes.Count - IndexViews.Cards),
        };
    }

    // A briefing naming the entity only in sentences a newer card already shows, word for word (a story updated, a
    // wire repeated), is listed in that card's "same" instead of a card of its own.
    private static List<Dictionary<string, object?>> Cards(List<Briefing> newest, Dictionary<string, List<Dictionary<string, object?>>> mentions, Dictionary<string, int> named, SiteLinks links)
    {
        var cards = new List<Dictionary<string, object?>>();
        var cardOf = new Dictionary<string, Dictionary<string, object?>>(SameWordsComparer.Instance);
        for (var at = 0; at < newest.Count; at++)
        {
            var briefing = newest[at];
            var line = links.Line(briefing);
            var shown = mentions[briefing.Slug];
            var more = named.GetValueOrDefault(briefing.Slug) - shown.Count;
            var texts = shown.ConvertAll(sentence => (string)sentence["text"]!);
            if (more == 0 && texts.Count > 0 && cardOf.GetValueOrDefault(texts[0]) is { } earlier && texts.Skip(1).All(t => cardOf.GetValueOrDefault(t) == earlier))
            {
                ((List<Dictionary<string, object?>>)(earlier["same"] ??= new List<Dictionary<string, object?>>())).Add(line);
                continue;
            }

            var card = new Dictionary<string, object?>(6) { ["title"] = line["title"], ["url"] = line["url"], ["date_display"] = line["date_display"], ["mentions"] = shown, ["more_mentions"] = more, ["same"] = null };
            // Hashing a text by its words is not cheap, and most entities have one or two cards: the last card's texts are
            // looked up by none.
            for (var t = 0; t < texts.Count && at < newest.Count - 1; t++)
            {
                cardOf.TryAdd(texts[t], card);
            }

            cards.Add(card);
        }

        return cards;
    }

    /// <summary>What search engines and link previews show of an entity page: "Tony Blair (person, Prime Minister): named in 157 briefings."</summary>
    public static string Description(SiteEntity entity, int briefings)
    {
        var about = string.Join(", ", entity.Roles.Take(2).Prepend(TypeLabel(entity.Type).ToLowerInvariant()));
        return SummaryStart.Of($"{entity.Name} ({about}): named in {briefings} {(briefings == 1 ? "briefing" : "briefings")}.", SummaryStart.DescriptionLength);
    }

    public static string TypeLabel(EntityType type) => type switch
    {
        EntityType.Person => "Person",
        EntityType.Organization => "Organisation",
        EntityType.Place => "Place",
        _ => "Other",
    };
}
