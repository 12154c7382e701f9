using System.Text.Json;
using BriefingSite.Model;

namespace BriefingSite.Render;

/// <summary>Writes the rows of the search index (see <see cref="SearchIndex"/>): an entity's or a briefing's values as a
/// JSON list, its trailing empty values left out (search.js reads them as empty), its lists of positions as IdCode text.</summary>
internal sealed class SearchIndexRow(Utf8JsonWriter json)
{
    private readonly List<int> scratch = [];

    // The codes of the row being written, one after another (see Code).
    private char[] codes = new char[256];
    private int coded;

    // How many of the row's values are still to be written.
    private int left;

    /// <param name="shown">How many of the row's values are written: those after them are empty.</param>
    public void Start(int shown)
    {
        left = shown;
        json.WriteStartArray();
    }

    public void End()
    {
        json.WriteEndArray();
        coded = 0;
    }

    public void Number(int value)
    {
        if (left-- > 0)
        {
            json.WriteNumberValue(value);
        }
    }

    public void Text(string value)
    {
        if (left-- > 0)
        {
            json.WriteStringValue(value);
        }
    }

    public void Texts(List<string> values)
    {
        if (left-- > 0)
        {
            json.WriteStartArray();
            foreach (var value in values)
            {
                json.WriteStringValue(value);
            }

            json.WriteEndArray();
        }
    }

    // Each code is made with a plain loop of its own: this runs for every briefing, and a generic one taking a
    // delegate measured several times slower in the ahead-of-time compiled tool.

    /// <summary>A briefing's words, by their positions in the vocabulary (a list that holds no repeats).</summary>
    public Range Words(int[] words, int[] wordAt)
    {
        scratch.Clear();
        foreach (var id in words)
        {
            scratch.Add(wordAt[id]);
        }

        return Coded();
    }

    /// <summary>A briefing's entities, by their positions among the visible ones (the hidden left out), each once.</summary>
    public Range Entities(IReadOnlyList<EntityRef> entities, Dictionary<string, int> positions)
    {
        scratch.Clear();
        for (var at = 0; at < entities.Count; at++)
        {
            Once(positions.GetValueOrDefault(entities[at].Id, -1));
        }

        return Coded();
    }

    /// <summary>A briefing's tags, by their positions in the list of tags, each once.</summary>
    public Range Tags(IReadOnlyList<string> tags, Dictionary<string, int> tagAt)
    {
        scratch.Clear();
        for (var at = 0; at < tags.Count; at++)
        {
            Once(tagAt[tags[at]]);
        }

        return Coded();
    }

    // Lists that may repeat are short (a briefing's entities and tags): a scan finds a repeat sooner than a set.
    private void Once(int position)
    {
        if (position >= 0 && !scratch.Contains(position))
        {
            scratch.Add(position);
        }
    }

    // The positions gathered, as IdCode text after the row's codes so far; where it is among them, until the row ends.
    private Range Coded()
    {
        var from = coded;
        var room = from + (scratch.Count * IdCode.MostDigits);
        if (codes.Length < room)
        {
            Array.Resize(ref codes, Math.Max(room, codes.Length * 2));
        }

        coded = from + IdCode.Write(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(scratch), codes.AsSpan(from));
        return from..coded;
    }

    public static bool Empty(Range code) => code.Start.Value == code.End.Value;

    public void Code(Range code)
    {
        if (left-- > 0)
        {
            json.WriteStringValue(codes.AsSpan(code));
        }
    }

    /// <summary>The vocabulary as one text, its words separated by spaces.</summary>
    public void Vocabulary(int[] vocabulary, BriefingFragments fragments)
    {
        var length = vocabulary.Sum(id => fragments.Word(id).Length + 1);
        var words = System.Buffers.ArrayPool<char>.Shared.Rent(Math.Max(1, length));
        var used = 0;
        foreach (var id in vocabulary)
        {
            if (used > 0)
            {
                words[used++] = ' ';
            }

            fragments.Word(id).CopyTo(words.AsSpan(used));
            used += fragments.Word(id).Length;
        }

        json.WriteStringValue(words.AsSpan(0, used));
        System.Buffers.ArrayPool<char>.Shared.Return(words);
    }
}
