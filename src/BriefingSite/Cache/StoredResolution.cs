using BriefingSite.Link;
using BriefingSite.Model;

namespace BriefingSite.Cache;

/// <summary>
/// The last build's entity resolution, reused when every briefing's entities and every entity file are as they were:
/// an edit to a briefing's title, summary, body or facts leaves resolution, the longest serial step of linking, undone.
/// </summary>
/// <remarks>
/// Read back, a resolution takes the entity files of the build reading it. In a process that builds again and again,
/// the last one is taken again as it is, the same object, while the entity files are also the same to the letter
/// (descriptions and hidden flags, which resolution does not read, included): linking then knows that what it made
/// with it last time still holds (see Link/LinkedBriefings).
/// </remarks>
public sealed class StoredResolution(string path)
{
    private (byte[] Digest, byte[] Files, EntityResolver Resolver)? last;

    // Each briefing's part of the digest, kept with the briefing (never changed once made) while it lives.
    private readonly System.Runtime.CompilerServices.ConditionalWeakTable<Briefing, byte[]> entitiesDigests = new();

    public EntityResolver Resolve(IReadOnlyList<Briefing> briefings, IReadOnlyList<EntityFile> entityFiles, HandIds? handIds = null)
    {
        handIds ??= HandIds.None;
        // The briefings' parts are made side by side first; the digest then takes them in order.
        briefings.AsBalancedParallel().ForAll(briefing => entitiesDigests.GetValue(briefing, EntityResolver.EntitiesDigest));
        var digest = EntityResolver.InputDigest(briefings, entityFiles, handIds, briefing => entitiesDigests.GetValue(briefing, EntityResolver.EntitiesDigest));
        var files = CacheJson.Bytes(entityFiles);
        if (last is var (lastDigest, lastFiles, kept) && lastDigest.AsSpan().SequenceEqual(digest) && lastFiles.AsSpan().SequenceEqual(files))
        {
            return kept;
        }

        var resolver = new StoredView<EntityResolver>(path, (writer, resolver) => resolver.Write(writer), reader => EntityResolver.Read(reader, briefings, entityFiles))
            .Get(digest, () => EntityResolver.Resolve(briefings, entityFiles, handIds));
        last = (digest, files, resolver);
        return resolver;
    }
}
