using System.Text.Json;

namespace BriefingSite.Publish;

/// <summary>The key hashes of the entities the edit state says the generator wrote into each article's briefing.</summary>
/// <remarks>For <see cref="HandWrittenIds"/>, which needs those keys alone of a file that holds every field's and item's hash.</remarks>
internal static class StateEntityKeys
{
    // Read as a stream of tokens, skipping all but the entities' prints: the file holds tens of thousands of entries.
    public static Dictionary<string, HashSet<string>> Read(byte[] json)
    {
        var keys = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        var reader = new Utf8JsonReader(json);
        Expect(ref reader, JsonTokenType.StartObject);
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var article = reader.GetString()!;
            reader.Read();
            if (reader.TokenType == JsonTokenType.StartObject && ReadEntry(ref reader) is { } set)
            {
                keys[article] = set;
            }
            else
            {
                reader.Skip();
            }
        }

        return keys;
    }

    // The entity keys of one article's entry and of the version before it; null for the older shape without items,
    // which merged lists whole: nothing there tells an item written by hand.
    private static HashSet<string>? ReadEntry(ref Utf8JsonReader reader, HashSet<string>? set = null)
    {
        var withItems = false;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            // Names compared as bytes, prints cut as bytes: the file holds a million tokens, and strings of them churn the heap.
            var (items, previous) = (reader.ValueTextEquals("items"u8), reader.ValueTextEquals("previous"u8));
            reader.Read();
            if (items && reader.TokenType == JsonTokenType.StartObject)
            {
                withItems = true;
                set ??= new HashSet<string>(StringComparer.Ordinal);
                while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                {
                    var entities = reader.ValueTextEquals("entities"u8);
                    reader.Read();
                    if (entities && reader.TokenType == JsonTokenType.StartArray)
                    {
                        while (reader.Read() && reader.TokenType == JsonTokenType.String)
                        {
                            set.Add(reader.ValueIsEscaped ? ListField.KeyOf(reader.GetString()!) : KeyOf(reader.ValueSpan));
                        }
                    }
                    else
                    {
                        reader.Skip();
                    }
                }
            }
            else if (previous && reader.TokenType == JsonTokenType.StartObject)
            {
                set = ReadEntry(ref reader, set) ?? set;
            }
            else
            {
                reader.Skip();
            }
        }

        return withItems || set is not null ? set : null;
    }

    private static void Expect(ref Utf8JsonReader reader, JsonTokenType type)
    {
        if (!reader.Read() || reader.TokenType != type)
        {
            throw new JsonException($"expected {type}");
        }
    }

    private static string KeyOf(ReadOnlySpan<byte> print) => System.Text.Encoding.UTF8.GetString(print[..Math.Max(0, print.IndexOf((byte)':'))]);
}
