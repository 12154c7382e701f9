using BriefingSite.Model;

namespace BriefingSite.Extract;

/// <summary>The entities of one article and every name it calls them by, to find where a text mentions them.</summary>
internal sealed class EntityIndex
{
    private const int LongestName = 8;
    private readonly Dictionary<string, EntityRef> byName = new(StringComparer.Ordinal);
    private readonly Dictionary<string, EntityRef>.AlternateLookup<ReadOnlySpan<char>> bySpan;

    public EntityIndex(IReadOnlyList<EntityRef> entities, IReadOnlyDictionary<string, int> mentions)
    {
        Entities = entities;
        Mentions = mentions;
        bySpan = byName.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var entity in entities)
        {
            byName.TryAdd(entity.Name, entity);
            foreach (var alias in entity.Aliases)
            {
                byName.TryAdd(alias, entity);
            }
        }
    }

    /// <summary>Sorted by first mention.</summary>
    public IReadOnlyList<EntityRef> Entities { get; }

    /// <summary>How often the article names each entity, by entity name.</summary>
    public IReadOnlyDictionary<string, int> Mentions { get; }

    public EntityRef? Lookup(string name) => byName.GetValueOrDefault(name);

    /// <summary>Mentions in a text, longest names first, left to right, not overlapping.</summary>
    public IReadOnlyList<(int Start, int End, EntityRef Entity)> Find(string text) => Find(text, Tokenizer.Tokenize(text));

    /// <summary>Mentions in a text already split into its words.</summary>
    public IReadOnlyList<(int Start, int End, EntityRef Entity)> Find(string text, IReadOnlyList<Token> tokens)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(tokens);
        // Made at the first mention: most sentences mention no entity.
        List<(int, int, EntityRef)>? found = null;
        var i = 0;
        while (i < tokens.Count)
        {
            // Names start with a capital, and hold only words with nothing but spaces between them.
            var matched = 0;
            if (char.IsUpper(tokens[i].Text[0]))
            {
                for (var n = ContiguousWords(text, tokens, i, Math.Min(LongestName, tokens.Count - i)); n >= 1 && matched == 0; n--)
                {
                    var span = text.AsSpan(tokens[i].Start, tokens[i + n - 1].End - tokens[i].Start);
                    if (bySpan.TryGetValue(span, out var entity))
                    {
                        (found ??= []).Add((tokens[i].Start, tokens[i + n - 1].End, entity));
                        matched = n;
                    }
                }
            }

            i += Math.Max(matched, 1);
        }

        if (found is null)
        {
            return [];
        }

        return found;
    }

    // How many words from one on, up to a limit, follow each other with only spaces between.
    private static int ContiguousWords(string text, IReadOnlyList<Token> tokens, int from, int limit)
    {
        var count = 1;
        while (count < limit && Tokenizer.Adjacent(text, tokens[from + count - 1], tokens[from + count]))
        {
            count++;
        }

        return count;
    }
}
