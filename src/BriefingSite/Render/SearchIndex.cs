using BriefingSite.Model;

namespace BriefingSite.Render;

/// <summary>The offline search index: a script setting window.BRIEFING_SEARCH, so search works from file:// where fetch does not.</summary>
public static class SearchIndex
{
    public static byte[] Script(Site site, SiteLinks links)
    {
        var entries = new List<object?>();
        foreach (var briefing in site.Briefings)
        {
            var facts = briefing.KeyPoints
                .Concat(briefing.Figures.Select(f => $"{f.Value} {f.About}"))
                .Concat(briefing.Events.Select(e => $"{e.Date} {e.Text}"))
                .Concat(briefing.Quotes.Select(q => $"{q.Speaker}: {q.Text}"));
            entries.Add(new Dictionary<string, object?>
            {
                ["kind"] = "briefing",
                ["title"] = briefing.Title,
                ["url"] = SiteLinks.BriefingUrl(briefing.Slug),
                ["date"] = BriefingView.DateDisplay(briefing.Date),
                ["summary"] = briefing.Summary,
                ["facts"] = string.Join(" · ", facts),
                ["entities"] = briefing.Entities.Select(e => e.Name).Distinct(StringComparer.Ordinal).ToList(),
                ["tags"] = briefing.Tags.ToList(),
            });
        }

        foreach (var entity in site.Entities.Where(e => !e.Hidden))
        {
            entries.Add(new Dictionary<string, object?>
            {
                ["kind"] = EntityView.TypeLabel(entity.Type).ToLowerInvariant(),
                ["title"] = entity.Name,
                ["url"] = links.EntityUrl(entity.Id),
                ["summary"] = string.Join("; ", entity.Roles.Prepend(entity.Description ?? "").Where(r => r.Length > 0)),
                ["facts"] = "",
                ["entities"] = entity.Aliases.ToList(),
                ["tags"] = new List<string>(),
            });
        }

        var script = $"window.BRIEFING_SEARCH = {JsonValue.ToText(entries)};\n";
        return System.Text.Encoding.UTF8.GetBytes(script);
    }
}
