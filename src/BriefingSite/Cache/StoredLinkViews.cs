using BriefingSite.Link;
using BriefingSite.Model;

namespace BriefingSite.Cache;

/// <summary>
/// What linking keeps between builds: the entity resolution, the corroborations and the related briefings' reasons.
/// An edit that leaves what a step reads as it was (a title, a summary, key points) does not redo that step.
/// </summary>
public static class StoredLinkViews
{
    public static LinkMemory In(string folder)
    {
        var corroborations = new StoredView<IReadOnlyList<Corroboration>>(Path.Combine(folder, "corroborations.bin"), WriteCorroborations, ReadCorroborations);
        var relations = new StoredView<IReadOnlyDictionary<string, IReadOnlyList<RelatedBriefing>>>(Path.Combine(folder, "relations.bin"), WriteRelations, ReadRelations);
        return new LinkMemory
        {
            Resolve = new StoredResolution(Path.Combine(folder, "resolution.bin")).Resolve,
            Corroborations = corroborations.Get,
            Relations = relations.Get,
        };
    }

    private static void WriteCorroborations(BinaryWriter writer, IReadOnlyList<Corroboration> corroborations) => Each(writer, corroborations, corroboration =>
    {
        writer.Write(corroboration.Kind);
        writer.Write(corroboration.Agrees);
        Each(writer, corroboration.Entities, writer.Write);
        Each(writer, corroboration.Statements, statement =>
        {
            writer.Write(statement.BriefingSlug);
            writer.Write(statement.Sentence ?? -1);
            writer.Write(statement.Value);
            writer.Write(statement.Text);
        });
    });

    private static List<Corroboration> ReadCorroborations(BinaryReader reader) => Read(reader, () => new Corroboration
    {
        Kind = reader.ReadString(),
        Agrees = reader.ReadBoolean(),
        Entities = Read(reader, reader.ReadString),
        Statements = Read(reader, () => new FactStatement(reader.ReadString(), reader.ReadInt32() is var n and >= 0 ? n : null, reader.ReadString(), reader.ReadString())),
    });

    private static void WriteRelations(BinaryWriter writer, IReadOnlyDictionary<string, IReadOnlyList<RelatedBriefing>> relations) => Each(writer, [.. relations], pair =>
    {
        writer.Write(pair.Key);
        Each(writer, pair.Value, related =>
        {
            writer.Write(related.Slug);
            writer.Write(related.Score);
            Each(writer, related.Entities, writer.Write);
            Each(writer, related.Tags, writer.Write);
        });
    });

    // Read back in the order written, so the dictionary lists its briefings in the same order.
    private static Dictionary<string, IReadOnlyList<RelatedBriefing>> ReadRelations(BinaryReader reader) =>
        Read(reader, () => KeyValuePair.Create(reader.ReadString(), (IReadOnlyList<RelatedBriefing>)Read(reader, () => new RelatedBriefing
        {
            Slug = reader.ReadString(),
            Score = reader.ReadDouble(),
            Entities = Read(reader, reader.ReadString),
            Tags = Read(reader, reader.ReadString),
        }))).ToDictionary(StringComparer.Ordinal);

    private static void Each<T>(BinaryWriter writer, IReadOnlyList<T> items, Action<T> write)
    {
        writer.Write(items.Count);
        foreach (var item in items)
        {
            write(item);
        }
    }

    private static List<T> Read<T>(BinaryReader reader, Func<T> read)
    {
        var count = reader.ReadInt32();
        if (count < 0)
        {
            throw new FormatException("a stored list has a negative length");
        }

        var items = new List<T>(Math.Min(count, 1 << 16));
        for (var i = 0; i < count; i++)
        {
            items.Add(read());
        }

        return items;
    }
}
