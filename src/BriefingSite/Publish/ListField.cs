using BriefingSite.Model;

namespace BriefingSite.Publish;

/// <summary>A list field of the front matter whose items are merged one by one rather than as a whole.</summary>
public abstract class ListField(string name)
{
    /// <summary>The list fields of the contract, with the key that identifies an item across runs.</summary>
    public static readonly IReadOnlyList<ListField> All =
    [
        new ListField<string>("key_points", b => b.KeyPoints, (b, l) => b with { KeyPoints = l }, s => s, s => s),
        new ListField<string>("tags", b => b.Tags, (b, l) => b with { Tags = l }, s => s, s => s),
        new ListField<EntityRef>("entities", b => b.Entities, (b, l) => b with { Entities = l }, e => e.Id, FrontMatterWriter.Item),
        new ListField<Figure>("figures", b => b.Figures, (b, l) => b with { Figures = l }, f => $"{f.Value}\n{f.Sentence}", FrontMatterWriter.Item),
        new ListField<DatedEvent>("events", b => b.Events, (b, l) => b with { Events = l }, e => $"{e.Date}\n{e.Text}", FrontMatterWriter.Item),
        new ListField<Quote>("quotes", b => b.Quotes, (b, l) => b with { Quotes = l }, q => $"{q.Speaker}\n{q.Text}", FrontMatterWriter.Item),
        new ListField<string>("related", b => b.Related, (b, l) => b with { Related = l }, s => s, s => s),
        new ListField<string>("sources", b => b.Sources, (b, l) => b with { Sources = l }, s => s, s => s),
    ];

    public string Name { get; } = name;

    public static ListField? Named(string name) => All.FirstOrDefault(f => f.Name == name);

    /// <summary>The hash that stands for an item's key in its print ("keyhash:itemhash").</summary>
    internal static string KeyHash(string key, TextHasher hasher) => hasher.Hash(key, KeyHashLength);

    private protected const int KeyHashLength = 10;

    /// <summary>The key hash of a print ("keyhash:itemhash").</summary>
    internal static string KeyOf(string print) => print[..Math.Max(0, print.IndexOf(':', StringComparison.Ordinal))];

    /// <summary>How many items the briefing's list holds.</summary>
    public abstract int Count(Briefing briefing);

    /// <summary>One "keyhash:itemhash" print per item of the briefing's list, in order.</summary>
    public abstract IReadOnlyList<string> Prints(Briefing briefing);

    /// <summary>The <see cref="Prints"/> of the briefing, from the texts of its fields.</summary>
    internal abstract IReadOnlyList<string> Prints(Briefing briefing, FieldTexts texts, TextHasher hasher);

    /// <summary>The generated briefing with this list 3-way merged from what was written, what is on disk and what is generated.</summary>
    /// <param name="generatedPrints">The <see cref="Prints"/> of <paramref name="generated"/> when the caller has them.</param>
    public abstract Briefing Merge(Briefing generated, Briefing onDisk, IReadOnlyList<string> lastWritten, IReadOnlyList<string>? generatedPrints = null);
}
