using System.Buffers;
using System.Buffers.Binary;
using System.IO.Hashing;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using BriefingSite.Cache;
using BriefingSite.Model;
using BriefingSite.Render.Graph;

namespace BriefingSite.Render;

/// <summary>
/// A key for each briefing, entity and tag page: a hash of every part of the site the page is made from, taken from
/// the linked site without building the page. A page whose key is unchanged since the last build is neither built
/// nor rendered, so an edit to one briefing costs the pages that show it, not all 27,000 of a large site.
/// </summary>
/// <remarks>
/// What each page reads, and so what its key holds:
/// <list type="bullet">
/// <item>A briefing page (and its card on tag pages): the whole linked briefing; for each of its entities, the
/// entity's id, name and type as the site knows it and how often the briefing names it; its tags' pages; the title and
/// date of each related briefing; why each relates; and the corroborations it takes part in, with the titles of the
/// other briefings and the names of the entities in them.</item>
/// <item>An entity page: the whole site entity (quotes, figures, events, briefings, and where it is mentioned), the
/// content of each briefing it lists (which holds the text of its mentions), its corroborations, and its
/// neighbourhood graph with the neighbours' names.</item>
/// <item>A tag page: its tag, the keys of the briefings it shows as cards, and the title and date of the others.</item>
/// </list>
/// Every key also holds the theme, the site settings, the page's path, template, title and description.
/// The pages that list the whole site (home, archive, timeline, indexes, graph) are not keyed: their data is hashed.
/// </remarks>
public sealed class PageKeys
{
    private readonly Dictionary<string, Lazy<string>> briefingKeys;
    private readonly Dictionary<string, Lazy<byte[]>> contents;
    private readonly Dictionary<Corroboration, Lazy<byte[]>> corroborationDigests;
    private readonly SiteLinks links;
    private readonly EntityGraph graph;
    private readonly KnowledgeViews.Index corroborations;
    private readonly byte[] common;

    public PageKeys(Site site, SiteLinks links, EntityGraph graph, KnowledgeViews.Index corroborations, byte[] theme)
    {
        (this.links, this.graph, this.corroborations) = (links, graph, corroborations);
        common = Common(theme, site.Settings);
        var briefings = site.Briefings.DistinctBy(b => b.Slug, StringComparer.Ordinal).ToList();
        contents = briefings.ToDictionary(b => b.Slug, b => new Lazy<byte[]>(() => ContentOf(b)), StringComparer.Ordinal);
        briefingKeys = briefings.ToDictionary(b => b.Slug, b => new Lazy<string>(() => KeyOf(b, site)), StringComparer.Ordinal);

        // A corroboration shows on the page of each briefing and entity in it: its digest is made once.
        IEqualityComparer<Corroboration> same = ReferenceEqualityComparer.Instance;
        corroborationDigests = site.Corroborations.Distinct(same).ToDictionary(c => c, c => new Lazy<byte[]>(() => DigestOf(c, links)), same);
    }

    private static readonly JsonSerializerOptions JsonOptions = new();

    public string Briefing(Briefing briefing) => briefingKeys[briefing.Slug].Value;

    public string Entity(SiteEntity entity, string path)
    {
        using var key = Start("entity", path, entity.Name, null, common);

        // A mention's text is a sentence of its briefing's body: the briefing's content stands for it.
        // Field by field (SiteEntityKeyTests holds the list of fields, so a new one is not forgotten here).
        key.Text(entity.Id);
        key.Number((int)entity.Type);
        key.Number(entity.Hidden ? 1 : 0);
        key.Text(entity.Description);
        key.Each(entity.Aliases, key.Text);
        key.Each(entity.Roles, key.Text);
        key.Each(entity.Briefings, key.Text);
        // Its quotes, figures and events are those its briefings (whose content is below) give to its id: counted only.
        key.Number(entity.Quotes.Count);
        key.Number(entity.Figures.Count);
        key.Number(entity.Events.Count);
        key.Each(entity.Mentions, mention =>
        {
            key.Text(mention.BriefingSlug);
            key.Number(mention.Sentence);
        });
        var briefings = entity.Briefings.Concat(entity.Mentions.Select(m => m.BriefingSlug)).Concat(entity.Quotes.Select(q => q.BriefingSlug))
            .Concat(entity.Figures.Select(f => f.BriefingSlug)).Concat(entity.Events.Select(e => e.BriefingSlug)).Distinct(StringComparer.Ordinal).ToList();
        key.Each(briefings, slug => key.Bytes(contents.TryGetValue(slug, out var content) ? content.Value : []));
        key.Each([.. corroborations.ByEntity[entity.Id]], c => key.Bytes(corroborationDigests[c].Value));
        var (nodes, edges) = graph.Around(entity.Id, KnowledgeViews.Neighbours);
        key.Each(nodes, node =>
        {
            key.Text(node.Id);
            key.Text(node.Name);
            key.Number((int)node.Type);
            key.Number(node.Weight);
        });
        key.Each(edges, edge =>
        {
            key.Number(edge.From);
            key.Number(edge.To);
            key.Number(edge.Weight);
        });
        return key.Finish();
    }

    public string Tag(string tag, string path, IReadOnlyList<string> slugs)
    {
        using var key = Start("tag", path, tag, null, common);
        key.Text(links.TagUrl(tag));
        var shown = slugs.Where(briefingKeys.ContainsKey).ToList();
        key.Each(shown[..Math.Min(shown.Count, IndexViews.Cards)], slug => key.Text(briefingKeys[slug].Value));
        key.Each(shown[Math.Min(shown.Count, IndexViews.Cards)..], slug => key.Shown(slug, links));
        return key.Finish();
    }

    // What every page is made with: the theme (any template may be a partial of it) and the site's settings.
    private static byte[] Common(byte[] theme, SiteSettings settings) =>
        SHA256.HashData([.. theme, .. JsonSerializer.SerializeToUtf8Bytes(settings, JsonOptions)]);

    private static KeyWriter Start(string template, string path, string title, string? description, byte[] common)
    {
        var key = new KeyWriter();
        key.Bytes(common);
        key.Text(template);
        key.Text(path);
        key.Text(title);
        key.Text(description);
        return key;
    }

    // Everything a briefing says, as linked: what its own page shows, and what any other page could show of it.
    // The cache's binary form holds every field but the unknown ones, which are hashed as data.
    private static byte[] ContentOf(Briefing briefing)
    {
        using var bytes = new MemoryStream();
        using (var writer = new BinaryWriter(bytes, Encoding.UTF8, leaveOpen: true))
        {
            BriefingCodec.Write(writer, briefing);
            writer.Write(DataHash.Of(briefing.Extra));
        }

        return XxHash128.Hash(bytes.GetBuffer().AsSpan(0, (int)bytes.Length));
    }

    private string KeyOf(Briefing briefing, Site site)
    {
        using var key = Start("briefing", SiteLinks.BriefingUrl(briefing.Slug), briefing.Title, briefing.Summary, common);
        key.Bytes(contents[briefing.Slug].Value);
        key.Each(briefing.Entities, entity =>
        {
            key.Entity(entity.Id, links);
            key.Number(links.MentionCount(entity.Id, briefing.Slug));
        });
        key.Each(briefing.Tags, tag => key.Text(links.TagUrl(tag)));
        key.Each(briefing.Related, related => key.Shown(related, links));
        key.Each(site.Relations.GetValueOrDefault(briefing.Slug) ?? [], why =>
        {
            key.Text(why.Slug);
            key.Number(BitConverter.DoubleToInt64Bits(why.Score));
            key.Each(why.Entities, id => key.Entity(id, links));
            key.Each(why.Tags, tag => key.Text(links.TagUrl(tag)));
        });
        key.Each([.. corroborations.ByBriefing[briefing.Slug]], c => key.Bytes(corroborationDigests[c].Value));
        return key.Finish();
    }

    // A corroboration as pages show it: its facts with the titles of the briefings that state them, the names of its entities.
    private static byte[] DigestOf(Corroboration corroboration, SiteLinks links)
    {
        // Field by field (PageKeysTests holds the list of fields, so a new one is not forgotten here).
        using var key = new KeyWriter();
        key.Text(corroboration.Kind);
        key.Number(corroboration.Agrees ? 1 : 0);
        key.Each(corroboration.Statements, statement =>
        {
            key.Text(statement.BriefingSlug);
            key.Number(statement.Sentence ?? -1);
            key.Text(statement.Value);
            key.Text(statement.Text);
            key.Shown(statement.BriefingSlug, links);
        });
        key.Each(corroboration.Entities, id => key.Entity(id, links));
        return key.Digest();
    }

    /// <summary>Gathers values in one buffer, each text with its length, and hashes the buffer once at the end.</summary>
    /// <remarks>XxHash128, far cheaper than SHA-256 for 27,000 small keys: 128 bits make a chance collision negligible, and no one forges a key.</remarks>
    private sealed class KeyWriter : IDisposable
    {
        // One buffer per thread, reused from key to key (a key made while another is open gets its own).
        [ThreadStatic]
        private static ArrayBufferWriter<byte>? spare;

        private readonly ArrayBufferWriter<byte> buffer;

        public KeyWriter()
        {
            buffer = spare ?? new ArrayBufferWriter<byte>(1 << 14);
            spare = null;
            buffer.ResetWrittenCount();
        }

        public void Bytes(ReadOnlySpan<byte> bytes)
        {
            Number(bytes.Length);
            buffer.Write(bytes);
        }

        public void Text(string? text)
        {
            if (text is null)
            {
                Number(-1);
                return;
            }

            Number(Encoding.UTF8.GetByteCount(text));
            buffer.Advance(Encoding.UTF8.GetBytes(text, buffer.GetSpan(Encoding.UTF8.GetMaxByteCount(text.Length))));
        }

        public void Number(int number)
        {
            BinaryPrimitives.WriteInt32LittleEndian(buffer.GetSpan(4), number);
            buffer.Advance(4);
        }

        public void Number(long number)
        {
            BinaryPrimitives.WriteInt64LittleEndian(buffer.GetSpan(8), number);
            buffer.Advance(8);
        }

        /// <summary>An entity as other pages show it: its id, and its name and type when it has a page.</summary>
        public void Entity(string id, SiteLinks links)
        {
            Text(id);
            var entity = links.Entity(id);
            Text(entity?.Name);
            Number(entity is null ? -1 : (int)entity.Type);
        }

        /// <summary>A briefing as other pages show it: its slug, and its title and date when it exists.</summary>
        public void Shown(string slug, SiteLinks links)
        {
            Text(slug);
            var briefing = links.Briefing(slug);
            Text(briefing?.Title);
            Number(briefing?.Date?.DayNumber ?? -1);
        }

        /// <summary>A list: its length, then each item.</summary>
        public void Each<T>(IReadOnlyList<T> items, Action<T> write)
        {
            Number(items.Count);
            foreach (var item in items)
            {
                write(item);
            }
        }

        public string Finish() => Convert.ToHexStringLower(Digest());

        public byte[] Digest() => XxHash128.Hash(buffer.WrittenSpan);

        public void Dispose() => spare = buffer;
    }
}
