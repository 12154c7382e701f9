using BriefingSite.Link;
using BriefingSite.Model;

namespace BriefingSite.Cache;

/// <summary>
/// The last build's entity resolution, reused when every briefing's entities and every entity file are as they were:
/// an edit to a briefing's title, summary, body or facts leaves resolution, the longest serial step of linking, undone.
/// </summary>
public sealed class StoredResolution(string path)
{
    public EntityResolver Resolve(IReadOnlyList<Briefing> briefings, IReadOnlyList<EntityFile> entityFiles) =>
        new StoredView<EntityResolver>(path, (writer, resolver) => resolver.Write(writer), reader => EntityResolver.Read(reader, briefings, entityFiles))
            .Get(EntityResolver.InputDigest(briefings, entityFiles), () => EntityResolver.Resolve(briefings, entityFiles));
}
