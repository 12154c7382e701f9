using System.IO.Hashing;
using System.Runtime.CompilerServices;
using System.Text;
using BriefingSite.Cache;
using BriefingSite.Model;

namespace BriefingSite.Render;

/// <summary>The digests <see cref="PageKeys"/> takes of one linked briefing or site entity alone, kept for as long as the object lives.</summary>
/// <remarks>
/// Linked briefings and site entities are never mutated (records with init-only members whose lists are not changed
/// after linking), so a digest made from one object stays true for that object. The tables are process-wide and keyed
/// by the object's identity, not its value: a warm process (the preview server) that reuses linked objects from one
/// build to the next finds their digests here, and an object no longer used takes its digest with it.
/// </remarks>
internal static class RecordDigests
{
    private static readonly ConditionalWeakTable<Briefing, byte[]> Contents = new();
    private static readonly ConditionalWeakTable<SiteEntity, byte[]> Entities = new();
    private static readonly ConditionalWeakTable<Briefing, StrongBox<UInt128>> FrontMatters = new();
    private static readonly ConditionalWeakTable<Briefing, byte[]>.CreateValueCallback MakeContent = ContentOf;
    private static readonly ConditionalWeakTable<SiteEntity, byte[]>.CreateValueCallback MakeEntity = EntityOf;

    // One buffer per thread for a briefing's binary form, reused from briefing to briefing.
    [ThreadStatic]
    private static (MemoryStream Bytes, BinaryWriter Writer)? spare;

    /// <summary>Everything a briefing says, as linked: what its own page shows, and what any other page could show of it.</summary>
    public static byte[] Content(Briefing briefing) => Contents.GetValue(briefing, MakeContent);

    /// <summary>An entity's own fields: all but what it takes from other objects (the content of its briefings).</summary>
    public static byte[] Entity(SiteEntity entity) => Entities.GetValue(entity, MakeEntity);

    /// <summary>The key of a briefing's fragments (see <see cref="BriefingFragments"/>) when it was made for this object.</summary>
    public static UInt128? FrontMatter(Briefing briefing) => FrontMatters.TryGetValue(briefing, out var key) ? key.Value : null;

    public static void KeepFrontMatter(Briefing briefing, UInt128 key) => FrontMatters.AddOrUpdate(briefing, new StrongBox<UInt128>(key));

    // The cache's binary form holds every field but the unknown ones, which are hashed as data.
    private static byte[] ContentOf(Briefing briefing)
    {
        var (bytes, writer) = spare ??= NewBuffer();
        bytes.SetLength(0);
        BriefingCodec.Write(writer, briefing);
        writer.Write(briefing.Extra.Count > 0);
        if (briefing.Extra.Count > 0)
        {
            writer.Write(DataHash.Of(briefing.Extra));
        }

        writer.Flush();
        return XxHash128.Hash(bytes.GetBuffer().AsSpan(0, (int)bytes.Length));
    }

    private static (MemoryStream, BinaryWriter) NewBuffer()
    {
        var bytes = new MemoryStream(1 << 15);
        return (bytes, new BinaryWriter(bytes, Encoding.UTF8, leaveOpen: true));
    }

    private static byte[] EntityOf(SiteEntity entity)
    {
        // Field by field (PageKeysTests holds the list of fields, so a new one is not forgotten here).
        // A mention's text is a sentence of its briefing's body, and its quotes, figures and events are those its
        // briefings give to its id: the entity page's key holds the content of those briefings, which stands for them.
        using var key = new DigestBuilder();
        key.Text(entity.Id);
        key.Text(entity.Name);
        key.Number((int)entity.Type);
        key.Number(entity.Hidden ? 1 : 0);
        key.Text(entity.Description);
        key.Texts(entity.Aliases);
        key.Texts(entity.Roles);
        key.Texts(entity.Briefings);
        key.Number(entity.Quotes.Count);
        key.Number(entity.Figures.Count);
        key.Number(entity.Events.Count);
        // Mentions come in runs of one briefing's: the slug once for each run, then its sentences.
        var mentions = entity.Mentions;
        key.Number(mentions.Count);
        for (var at = 0; at < mentions.Count; at++)
        {
            var same = at > 0 && (ReferenceEquals(mentions[at].BriefingSlug, mentions[at - 1].BriefingSlug) || mentions[at].BriefingSlug == mentions[at - 1].BriefingSlug);
            key.Number(same ? 0 : 1);
            if (!same)
            {
                key.Text(mentions[at].BriefingSlug);
            }

            key.Number(mentions[at].Sentence);
        }

        return key.Finish();
    }
}
