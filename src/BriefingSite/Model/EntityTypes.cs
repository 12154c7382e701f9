namespace BriefingSite.Model;

/// <summary>The front matter names of <see cref="EntityType"/>: person, organization, place, other.</summary>
public static class EntityTypes
{
    public static string Name(EntityType type) => type switch
    {
        EntityType.Person => "person",
        EntityType.Organization => "organization",
        EntityType.Place => "place",
        _ => "other",
    };

    /// <summary>Reads a type name, accepting the British spelling and a few plain synonyms.</summary>
    public static EntityType? Parse(string? name) => name?.Trim().ToLowerInvariant() switch
    {
        "person" or "people" => EntityType.Person,
        "organization" or "organisation" or "org" => EntityType.Organization,
        "place" or "location" or "loc" => EntityType.Place,
        "other" or "misc" => EntityType.Other,
        _ => null,
    };
}
