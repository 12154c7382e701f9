using BriefingSite.Model;

namespace BriefingSite.Render;

/// <summary>What templates see of an entity: its names, roles, description, the briefings and sentences that mention it, its quotes.</summary>
public static class EntityView
{
    public static Dictionary<string, object?> Of(SiteEntity entity, SiteLinks links, SafeMarkdown markdown)
    {
        var all = entity.Briefings.Select(links.Briefing).OfType<Briefing>().ToList();
        var shown = all.Take(IndexViews.Cards).Select(b => b.Slug).ToHashSet(StringComparer.Ordinal);
        var mentions = entity.Mentions.Where(m => shown.Contains(m.BriefingSlug)).ToLookup(m => m.BriefingSlug, StringComparer.Ordinal);
        var briefings = all.Take(IndexViews.Cards)
            .Select(b => new Dictionary<string, object?>(4)
            {
                ["title"] = b.Title,
                ["url"] = SiteLinks.BriefingUrl(b.Slug),
                ["date_display"] = BriefingView.DateDisplay(b.Date),
                ["mentions"] = mentions[b.Slug]
                    .Select(m => new Dictionary<string, object?>(3) { ["text"] = m.Text, ["url"] = SiteLinks.SentenceUrl(m.BriefingSlug, m.Sentence), ["sentence"] = m.Sentence })
                    .ToList(),
            })
            .ToList();

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
            ["more"] = all.Skip(IndexViews.Cards).Select(IndexViews.Line).ToList(),
            ["quotes"] = entity.Quotes
                .Where(q => links.Briefing(q.BriefingSlug) is not null)
                .Select(q => new Dictionary<string, object?>(3)
                {
                    ["text"] = q.Quote.Text,
                    ["url"] = SiteLinks.SentenceUrl(q.BriefingSlug, q.Quote.Sentence),
                    ["briefing_title"] = links.Briefing(q.BriefingSlug)!.Title,
                })
                .ToList(),
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
