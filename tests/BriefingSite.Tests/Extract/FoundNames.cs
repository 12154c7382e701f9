using BriefingSite.Extract;
using BriefingSite.Model;

namespace BriefingSite.Tests.Extract;

/// <summary>What the entity finder reads in a few sentences: each entity's type by its name, or the names in its order.</summary>
internal static class FoundNames
{
    public static Dictionary<string, EntityType> TypesOf(string[] sentences) => EntityFinder.Find(sentences).Entities.ToDictionary(e => e.Name, e => e.Type);

    public static List<string> NamesOf(string[] sentences) => EntityFinder.Find(sentences).Entities.Select(e => e.Name).ToList();
}
