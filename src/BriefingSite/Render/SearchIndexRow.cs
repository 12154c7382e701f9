using System.Text.Json;
using BriefingSite.Model;

namespace BriefingSite.Render;

/// <summary>Writes the rows of the search index (see <see cref="SearchIndex"/>): an entity's or a briefing's values as a
/// JSON list, its trailing empty values left out (search.js reads them as empty), its lists of positions as IdCode text.</summary>
internal sealed class SearchIndexRow(Utf8JsonWriter json)
{
    private readonly List<int> scratch = [];

    // The text of the code being written.
    private char[] code = new char[256];

    // The empty values met since the last one written (true for an empty list): written only when a value follows.
    private readonly List<bool> pending = [];

    public void Start() => json.WriteStartArray();

    public void End()
    {
        pending.Clear();
        json.WriteEndArray();
    }

    public void Number(int value)
    {
        WritePending();
        json.WriteNumberValue(value);
    }

    public void Text(string value) => Text(value.AsSpan());

    public void Texts(List<string> values)
    {
        if (values.Count == 0)
        {
            pending.Add(true);
            return;
        }

        WritePending();
        json.WriteStartArray();
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }

    private void Text(ReadOnlySpan<char> value)
    {
        if (value.IsEmpty)
        {
            pending.Add(false);
            return;
        }

        WritePending();
        json.WriteStringValue(value);
    }

    private void WritePending()
    {
        foreach (var list in pending)
        {
            if (list)
            {
                json.WriteStartArray();
                json.WriteEndArray();
            }
            else
            {
                json.WriteStringValue("");
            }
        }

        pending.Clear();
    }

    // Each code is made with a plain loop of its own: this runs for every briefing, and a generic one taking a
    // delegate showed at about twice its cost in a profile of the ahead-of-time compiled tool.

    /// <summary>A briefing's words, by their positions in the vocabulary (a list that holds no repeats).</summary>
    public void Words(int[] words, int[] wordAt)
    {
        scratch.Clear();
        foreach (var id in words)
        {
            scratch.Add(wordAt[id]);
        }

        WriteCode();
    }

    /// <summary>A briefing's entities, by their positions among the visible ones (the hidden left out), each once.</summary>
    public void Entities(IReadOnlyList<EntityRef> entities, Dictionary<string, int> positions)
    {
        scratch.Clear();
        for (var at = 0; at < entities.Count; at++)
        {
            Once(positions.GetValueOrDefault(entities[at].Id, -1));
        }

        WriteCode();
    }

    /// <summary>A briefing's tags, by their positions in the list of tags, each once.</summary>
    public void Tags(IReadOnlyList<string> tags, Dictionary<string, int> tagAt)
    {
        scratch.Clear();
        for (var at = 0; at < tags.Count; at++)
        {
            Once(tagAt[tags[at]]);
        }

        WriteCode();
    }

    // Lists that may repeat are short (a briefing's entities and tags): a scan finds a repeat sooner than a set.
    private void Once(int position)
    {
        if (position >= 0 && !scratch.Contains(position))
        {
            scratch.Add(position);
        }
    }

    // The positions gathered, as IdCode text.
    private void WriteCode()
    {
        var room = scratch.Count * IdCode.MostDigits;
        if (code.Length < room)
        {
            Array.Resize(ref code, Math.Max(room, code.Length * 2));
        }

        Text(code.AsSpan(0, IdCode.Write(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(scratch), code)));
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
