using BriefingSite.Model;

namespace BriefingSite.Link;

/// <summary>Resolution written down and read back, for a build whose briefings' entities have not changed (see Cache/StoredResolution).</summary>
public sealed partial class EntityResolver
{
    /// <summary>A digest of all that resolution reads: each briefing's entities, in order, the entity files and the ids written by hand.</summary>
    /// <param name="entitiesDigest">The digest of one briefing's entities (<see cref="EntitiesDigest"/>), or one kept for it.</param>
    public static byte[] InputDigest(IReadOnlyList<Briefing> briefings, IReadOnlyList<EntityFile> entityFiles, HandIds handIds, Func<Briefing, byte[]>? entitiesDigest = null)
    {
        using var digest = new DigestBuilder();
        digest.Number(briefings.Count);
        foreach (var briefing in briefings)
        {
            digest.Bytes(entitiesDigest is null ? EntitiesDigest(briefing) : entitiesDigest(briefing));
        }

        digest.Number(entityFiles.Count);
        foreach (var file in entityFiles)
        {
            digest.Text(file.Id);
            digest.Text(file.Name);
            digest.Number(file.Type is { } type ? (int)type : -1);
            digest.Texts(file.Aliases);
        }

        handIds.AddTo(digest);
        return digest.Finish();
    }

    /// <summary>A digest of one briefing's entities as resolution reads them.</summary>
    public static byte[] EntitiesDigest(Briefing briefing)
    {
        using var digest = new DigestBuilder();
        digest.Number(briefing.Entities.Count);
        foreach (var entity in briefing.Entities)
        {
            digest.Text(entity.Id);
            digest.Text(entity.Name);
            digest.Number((int)entity.Type);
            digest.Text(entity.Role);
            digest.Texts(entity.Aliases);
        }

        return digest.Finish();
    }

    /// <summary>Writes the outcome of resolution: the entities, and which of them each briefing's entities are.</summary>
    public void Write(BinaryWriter writer)
    {
        var number = new Dictionary<ResolvedEntity, int>(ReferenceEqualityComparer.Instance);
        writer.Write(Entities.Count);
        foreach (var entity in Entities)
        {
            number[entity] = number.Count;
            writer.Write(entity.Id);
            writer.Write(entity.Name);
            writer.Write((int)entity.Type);
            WriteTexts(writer, entity.Aliases);
            WriteTexts(writer, entity.Roles);
            writer.Write(entity.File is null ? -1 : files.IndexOf(entity.File));
        }

        writer.Write(ofNode.Length);
        foreach (var entity in ofNode)
        {
            writer.Write(number[entity]);
        }
    }

    /// <summary>Resolution as <see cref="Write"/> wrote it, for the same inputs (see <see cref="InputDigest"/>).</summary>
    public static EntityResolver Read(BinaryReader reader, IReadOnlyList<Briefing> briefings, IReadOnlyList<EntityFile> entityFiles)
    {
        var resolver = new EntityResolver(briefings, entityFiles, HandIds.None);
        var entities = new ResolvedEntity[reader.ReadInt32()];
        for (var e = 0; e < entities.Length; e++)
        {
            entities[e] = new ResolvedEntity
            {
                Id = reader.ReadString(),
                Name = reader.ReadString(),
                Type = (EntityType)reader.ReadInt32(),
                Aliases = ReadTexts(reader),
                Roles = ReadTexts(reader),
                File = reader.ReadInt32() is var file and >= 0 ? resolver.files[file] : null,
            };
        }

        resolver.ofNode = new ResolvedEntity[reader.ReadInt32()];
        if (resolver.ofNode.Length != resolver.nodes.Count)
        {
            throw new FormatException("the stored resolution is of other briefings");
        }

        for (var n = 0; n < resolver.ofNode.Length; n++)
        {
            resolver.ofNode[n] = entities[reader.ReadInt32()];
        }

        resolver.Entities = entities;
        return resolver;
    }

    private static void WriteTexts(BinaryWriter writer, IReadOnlyList<string> texts)
    {
        writer.Write(texts.Count);
        foreach (var text in texts)
        {
            writer.Write(text);
        }
    }

    private static string[] ReadTexts(BinaryReader reader)
    {
        var texts = new string[reader.ReadInt32()];
        for (var i = 0; i < texts.Length; i++)
        {
            texts[i] = reader.ReadString();
        }

        return texts;
    }
}
