using System.Buffers;
using System.Buffers.Binary;
using System.IO.Hashing;
using System.Security.Cryptography;
using BriefingSite.Cache;
using BriefingSite.Model;

namespace BriefingSite.Render;

/// <summary>Each briefing's part of the site-wide files: its object in briefings.json and the words search finds it by.</summary>
/// <remarks>
/// Both are made from the briefing alone, and from its front matter only, so they are kept in a <see cref="FragmentStore"/>
/// under a digest of that front matter (the cache's binary form of the briefing without its body, and for unknown fields,
/// which that form leaves out, the object they make) and made again only for briefings whose front matter changed.
/// What is site-wide (which words each briefing keeps, the vocabulary, entity and tag positions) is worked out again
/// every time, from the words (see <see cref="SearchIndex"/>).
/// </remarks>
public sealed class BriefingFragments
{
    private readonly IReadOnlyList<Briefing> briefings;
    private readonly FragmentStore store;
    private readonly UInt128[] keys;
    private readonly int[][] words;
    private readonly string[] table;

    private BriefingFragments(IReadOnlyList<Briefing> briefings, FragmentStore store, UInt128[] keys, int[][] words)
    {
        (this.briefings, this.store, this.keys, this.words) = (briefings, store, keys, words);
        table = store.Table();
        var all = new byte[keys.Length * 16];
        for (var at = 0; at < keys.Length; at++)
        {
            BinaryPrimitives.WriteUInt128LittleEndian(all.AsSpan(at * 16), keys[at]);
        }

        Digest = Convert.ToHexStringLower(SHA256.HashData(all));
    }

    /// <summary>The fragments of these briefings: found in <paramref name="store"/>, or made and put there.</summary>
    /// <remarks>Entries of briefings not among these are dropped from the store.</remarks>
    public static BriefingFragments Of(IReadOnlyList<Briefing> briefings, FragmentStore store)
    {
        var found = new (UInt128 Key, int[] Words, byte[]? Made)[briefings.Count];
        Parallel.For(0, briefings.Count, () => new Maker(), (at, _, maker) =>
        {
            var (key, json) = maker.Key(briefings[at]);
            found[at] = store.Words(key) is { } stored ? (key, stored, null) : (key, SearchIndex.Candidates(briefings[at], store.WordId), json ?? maker.Json(briefings[at]));
            return maker;
        }, maker => maker.Dispose());
        foreach (var (key, words, made) in found.Where(f => f.Made is not null))
        {
            store.Put(key, words, made!);
        }

        var keys = Array.ConvertAll(found, f => f.Key);
        store.KeepOnly(keys.ToHashSet());
        return new BriefingFragments(briefings, store, keys, Array.ConvertAll(found, f => f.Words));
    }

    /// <summary>A digest of every briefing's key in order: while it is the same, so is briefings.json.</summary>
    public string Digest { get; }

    public int WordCount => table.Length;

    public string Word(int id) => table[id];

    /// <summary>The search words of the briefing at this position (see <see cref="SearchIndex.Candidates"/>) as word ids.</summary>
    public int[] Words(int briefing) => words[briefing];

    /// <summary>briefings.json: the bytes <see cref="JsonValue.ToBytes"/> gives for the list of each briefing's <see cref="FrontMatter.Of"/>, as pieces (see <see cref="JsonValue.ToListPieces"/>).</summary>
    public IReadOnlyList<ReadOnlyMemory<byte>> Json()
    {
        using var maker = new Maker();
        var items = new ReadOnlyMemory<byte>[keys.Length];
        for (var at = 0; at < keys.Length; at++)
        {
            if (store.Json(keys[at]) is not { } stored)
            {
                // The store's file could not be read again: made anew, and kept for next time.
                var made = maker.Json(briefings[at]);
                store.Put(keys[at], words[at], made);
                stored = made;
            }

            items[at] = stored;
        }

        return JsonValue.ToListPieces(items);
    }

    /// <summary>Makes keys and objects with buffers of its own, reused from briefing to briefing (one maker per thread).</summary>
    private sealed class Maker : IDisposable
    {
        private readonly MemoryStream bytes = new();
        private readonly BinaryWriter writer;
        private readonly ArrayBufferWriter<byte> json = new(1 << 14);

        public Maker() => writer = new BinaryWriter(bytes);

        /// <returns>The key, and the briefing's object when it was made for the key.</returns>
        public (UInt128 Key, byte[]? Json) Key(Briefing briefing)
        {
            if (RecordDigests.FrontMatter(briefing) is UInt128 kept)
            {
                return (kept, null);
            }

            // Neither fragment shows the body, so editing it alone keeps them.
            bytes.SetLength(0);
            BriefingCodec.Write(writer, briefing with { Body = "" });

            // Unknown fields are not in the binary form: the object they make stands for them.
            var made = briefing.Extra.Count > 0 ? Json(briefing) : null;
            if (made is not null)
            {
                writer.Write(made);
            }

            writer.Flush();

            // XxHash128, as for page keys: a chance collision is negligible, and no one forges a front matter.
            var key = XxHash128.HashToUInt128(bytes.GetBuffer().AsSpan(0, (int)bytes.Length));
            RecordDigests.KeepFrontMatter(briefing, key);
            return (key, made);
        }

        public byte[] Json(Briefing briefing) => JsonValue.ToItemBytes(writer => FrontMatter.WriteJson(briefing, writer), json);

        public void Dispose() => writer.Dispose();
    }
}
