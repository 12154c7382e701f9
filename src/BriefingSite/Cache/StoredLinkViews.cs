using BriefingSite.Link;
using BriefingSite.Model;

namespace BriefingSite.Cache;

/// <summary>
/// What linking keeps between builds: the entity resolution, the corroborations and the related briefings' reasons.
/// An edit that leaves what a step reads as it was (a title, a summary, key points) does not redo that step.
/// </summary>
public static class StoredLinkViews
{
    /// <param name="keepBriefings">True in a process that builds again and again: linked briefings and their readings stay in memory too.</param>
    public static LinkMemory In(string folder, bool keepBriefings = false)
    {
        var corroborations = new StoredView<IReadOnlyList<Corroboration>>(Path.Combine(folder, "corroborations.bin"), WriteCorroborations, ReadCorroborations);
        var relations = new StoredView<IReadOnlyDictionary<string, IReadOnlyList<RelatedBriefing>>>(Path.Combine(folder, "relations.bin"), WriteRelations, ReadRelations);
        return new LinkMemory
        {
            Resolve = new StoredResolution(Path.Combine(folder, "resolution.bin")).Resolve,
            Corroborations = corroborations.Get,
            Relations = relations.Get,
            Briefings = keepBriefings ? new LinkedBriefings() : null,
        };
    }

    private static void WriteCorroborations(BinaryWriter writer, IReadOnlyList<Corroboration> corroborations) => BriefingCodec.WriteList(writer, corroborations, corroboration =>
    {
        writer.Write(corroboration.Kind);
        writer.Write(corroboration.Agrees);
        BriefingCodec.WriteTexts(writer, corroboration.Entities);
        BriefingCodec.WriteList(writer, corroboration.Statements, statement =>
        {
            writer.Write(statement.BriefingSlug);
            BriefingCodec.WriteOptional(writer, statement.Sentence);
            writer.Write(statement.Value);
            writer.Write(statement.Text);
        });
    });

    private static List<Corroboration> ReadCorroborations(BinaryReader reader) => BriefingCodec.ReadList(reader, () => new Corroboration
    {
        Kind = reader.ReadString(),
        Agrees = reader.ReadBoolean(),
        Entities = BriefingCodec.ReadTexts(reader),
        Statements = BriefingCodec.ReadList(reader, () => new FactStatement(reader.ReadString(), BriefingCodec.ReadOptionalInt(reader), reader.ReadString(), reader.ReadString())),
    });

    private static void WriteRelations(BinaryWriter writer, IReadOnlyDictionary<string, IReadOnlyList<RelatedBriefing>> relations) => BriefingCodec.WriteList(writer, [.. relations], pair =>
    {
        writer.Write(pair.Key);
        BriefingCodec.WriteList(writer, pair.Value, related =>
        {
            writer.Write(related.Slug);
            writer.Write(related.Score);
            BriefingCodec.WriteTexts(writer, related.Entities);
            BriefingCodec.WriteTexts(writer, related.Tags);
        });
    });

    // Read back in the order written, so the dictionary lists its briefings in the same order.
    private static Dictionary<string, IReadOnlyList<RelatedBriefing>> ReadRelations(BinaryReader reader) =>
        BriefingCodec.ReadList(reader, () => KeyValuePair.Create(reader.ReadString(), (IReadOnlyList<RelatedBriefing>)BriefingCodec.ReadList(reader, () => new RelatedBriefing
        {
            Slug = reader.ReadString(),
            Score = reader.ReadDouble(),
            Entities = BriefingCodec.ReadTexts(reader),
            Tags = BriefingCodec.ReadTexts(reader),
        }))).ToDictionary(StringComparer.Ordinal);
}
