namespace BriefingSite.Model;

/// <summary>What kind of thing an entity is; written in front matter in lower case.</summary>
public enum EntityType
{
    Person,
    Organization,
    Place,
    Other,
}
