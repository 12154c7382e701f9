using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace BriefingSite.Tests.Extract;

/// <summary>The facts a careful reader lists for one seed, written by hand in Gold/&lt;seed&gt;.yml.</summary>
public sealed class GoldFacts
{
    public List<GoldEntity> Entities { get; set; } = [];

    public List<string> Figures { get; set; } = [];

    public List<string> Events { get; set; } = [];

    public List<GoldQuote> Quotes { get; set; } = [];

    /// <summary>Names that must never come out as entities: byline words, clutter, sentence-initial adverbs.</summary>
    public List<string> Clutter { get; set; } = [];

    public static GoldFacts Load(string seedName)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Extract", "Gold", seedName + ".yml");
        var deserializer = new DeserializerBuilder().WithNamingConvention(UnderscoredNamingConvention.Instance).Build();
        return deserializer.Deserialize<GoldFacts>(File.ReadAllText(path));
    }
}

/// <summary>A gold entity: its name, type (person, organization, place, other), other names, and for a person the role the article gives.</summary>
public sealed class GoldEntity
{
    public string Name { get; set; } = "";

    public string Type { get; set; } = "";

    public List<string> Aliases { get; set; } = [];

    /// <summary>The person's role as the article words it; when the article gives it two ways, either counts.</summary>
    public List<string> Roles { get; set; } = [];

    public IEnumerable<string> Names => Aliases.Prepend(Name);
}

/// <summary>A gold quote: who said it and its first words.</summary>
public sealed class GoldQuote
{
    public string Speaker { get; set; } = "";

    public string Start { get; set; } = "";
}
