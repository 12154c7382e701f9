namespace BriefingSite.Link;

/// <summary>
/// Entity ids a person wrote into briefings the generator made (by briefing slug): such an id, not the entity's name,
/// decides which site entity it is, so one name can be told apart by hand ("John Lewis" the shop from the congressman).
/// </summary>
public sealed class HandIds(IEnumerable<(string Slug, string Id)> pairs)
{
    public static HandIds None { get; } = new([]);

    private readonly HashSet<(string Slug, string Id)> pairs = pairs.ToHashSet();

    public int Count => pairs.Count;

    public bool Contains(string slug, string id) => pairs.Count > 0 && pairs.Contains((slug, id));

    /// <summary>Adds the pairs to a digest, in an order of their own.</summary>
    public void AddTo(DigestBuilder digest)
    {
        digest.Number(pairs.Count);
        foreach (var (slug, id) in InOrder())
        {
            digest.Text(slug);
            digest.Text(id);
        }
    }

    public void Write(BinaryWriter writer)
    {
        writer.Write(pairs.Count);
        foreach (var (slug, id) in InOrder())
        {
            writer.Write(slug);
            writer.Write(id);
        }
    }

    public static HandIds Read(BinaryReader reader) =>
        reader.ReadInt32() is var count and > 0 ? new(Enumerable.Range(0, count).Select(_ => (reader.ReadString(), reader.ReadString())).ToList()) : None;

    private IEnumerable<(string Slug, string Id)> InOrder() => pairs.OrderBy(p => p.Slug, StringComparer.Ordinal).ThenBy(p => p.Id, StringComparer.Ordinal);
}
