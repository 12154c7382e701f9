using System.Collections.Concurrent;

namespace BriefingSite.Cache;

/// <summary>
/// Each briefing's part of the site-wide files, kept between builds under a digest of what it is made from (see
/// <see cref="Render.BriefingFragments"/>): its object in briefings.json, and its search words as ids in a table of words.
/// </summary>
/// <remarks>
/// The objects sit at the end of the file and are read only when briefings.json is made again; the file is written only
/// when an entry came or went. A missing, damaged or foreign file gives an empty store: every fragment is made again.
/// Lookups may run in parallel; changes are made one at a time.
/// </remarks>
public sealed class FragmentStore
{
    private readonly Dictionary<UInt128, Entry> entries;
    private readonly List<string> words;
    private readonly ConcurrentDictionary<string, int> ids;
    private readonly ConcurrentDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> spans;
    private readonly Lazy<byte[]?> objects;
    private readonly Lock gate = new();
    private bool changed;

    public FragmentStore()
        : this([], [], new(() => null))
    {
    }

    private FragmentStore(Dictionary<UInt128, Entry> entries, List<string> words, Lazy<byte[]?> objects)
    {
        (this.entries, this.words, this.objects) = (entries, words, objects);
        ids = new ConcurrentDictionary<string, int>(StringComparer.Ordinal);
        spans = ids.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var id = 0; id < words.Count; id++)
        {
            if (!ids.TryAdd(words[id], id))
            {
                throw new FormatException("a word is in the table twice");
            }
        }
    }

    public static FragmentStore Load(string path)
    {
        try
        {
            var (entries, words, objects) = FragmentFile.Read(path);
            return new FragmentStore(entries, words, objects);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException or EndOfStreamException or FormatException or ArgumentException)
        {
            // A missing or damaged cache only costs time: every fragment is made again.
            return new FragmentStore();
        }
    }

    /// <summary>How many briefings' fragments the store holds.</summary>
    public int Count => entries.Count;

    /// <summary>Every word of the table, by id.</summary>
    public string[] Table()
    {
        lock (gate)
        {
            return [.. words];
        }
    }

    /// <summary>The id of a word, which is added to the table when new (from any thread).</summary>
    /// <param name="text">The table's text of the word.</param>
    public int WordId(ReadOnlySpan<char> word, out string text)
    {
        if (spans.TryGetValue(word, out text!, out var id))
        {
            return id;
        }

        lock (gate)
        {
            if (!spans.TryGetValue(word, out text!, out id))
            {
                text = word.ToString();
                words.Add(text);
                ids[text] = id = words.Count - 1;
            }

            return id;
        }
    }

    /// <summary>The search words stored under the key, or null when there is no entry for it.</summary>
    public int[]? Words(UInt128 key) => entries.TryGetValue(key, out var entry) ? entry.Words : null;

    /// <summary>The object stored under the key, or null when there is none or the file no longer holds it.</summary>
    public ReadOnlyMemory<byte>? Json(UInt128 key)
    {
        lock (gate)
        {
            return entries.TryGetValue(key, out var entry) ? entry.Json ?? objects.Value?.AsMemory(entry.At, entry.Length) : null;
        }
    }

    public void Put(UInt128 key, int[] wordIds, byte[] json)
    {
        lock (gate)
        {
            entries[key] = new Entry(wordIds, 0, json.Length, json);
            changed = true;
        }
    }

    /// <summary>Forgets every entry not under one of <paramref name="keys"/> (briefings that changed or went).</summary>
    public void KeepOnly(IReadOnlySet<UInt128> keys)
    {
        lock (gate)
        {
            foreach (var key in entries.Keys.Where(k => !keys.Contains(k)).ToList())
            {
                entries.Remove(key);
                changed = true;
            }
        }
    }

    /// <summary>Writes the store with only the words its entries use, unless it holds just what was loaded.</summary>
    public void Save(string path)
    {
        lock (gate)
        {
            if (!changed && File.Exists(path))
            {
                return;
            }

            // An entry whose object can no longer be read is left out: it is made again next time.
            var kept = entries.OrderBy(e => e.Key)
                .Select(e => (e.Key, e.Value.Words, Json: (ReadOnlyMemory<byte>?)(e.Value.Json ?? objects.Value?.AsMemory(e.Value.At, e.Value.Length))))
                .Where(e => e.Json is not null)
                .ToList();
            var table = new Dictionary<int, int>();
            var used = new List<string>();
            var renumbered = kept.Select(e => (e.Key, Words: Array.ConvertAll(e.Words, id =>
            {
                if (!table.TryGetValue(id, out var next))
                {
                    table[id] = next = used.Count;
                    used.Add(words[id]);
                }

                return next;
            }), Json: e.Json!.Value)).ToList();
            FragmentFile.Write(path, used, renumbered);
            changed = false;
        }
    }

    /// <summary>Search words and an object, the object either its own array or at <paramref name="At"/> in the file's objects.</summary>
    internal sealed record Entry(int[] Words, int At, int Length, byte[]? Json);
}
