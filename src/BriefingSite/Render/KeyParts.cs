namespace BriefingSite.Render;

/// <summary>What a page key holds of a briefing or an entity that another page shows.</summary>
internal static class KeyParts
{
    /// <summary>An entity as other pages show it: its id, and its name and type when it has a page.</summary>
    /// <returns>True when it has a page (it is visible).</returns>
    public static bool Entity(this DigestBuilder key, string id, SiteLinks links)
    {
        key.Text(id);
        var entity = links.Entity(id);
        key.Text(entity?.Name);
        key.Number(entity is null ? -1 : (int)entity.Type);
        return entity is not null;
    }

    /// <summary>A briefing as other pages show it: its slug, and its title and date when it exists.</summary>
    public static void Shown(this DigestBuilder key, string slug, SiteLinks links)
    {
        key.Text(slug);
        var briefing = links.Briefing(slug);
        key.Text(briefing?.Title);
        key.Number(briefing?.Date?.DayNumber ?? -1);
    }
}
