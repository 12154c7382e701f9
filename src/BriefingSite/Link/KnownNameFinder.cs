using System.Buffers;
using BriefingSite.Extract;
using BriefingSite.Model;

namespace BriefingSite.Link;

/// <summary>Finds in a briefing's body the names of entities known elsewhere on the site that its extraction missed.</summary>
/// <remarks>
/// Extraction reads one article alone, so "the China-Pakistan economic corridor" in lower case escapes it while another
/// article's "China-Pakistan Economic Corridor (CPEC)" does not. Only names that cannot be common words are looked for:
/// names of two or more content words, not all of them common words and not ending in a role noun, matched on their spelling keys and starting with a capital
/// (a person's with every word capitalised, but for connectors such as "de"), and acronyms of three
/// letters or more, matched exactly; a key shared by two entities is ambiguous and skipped. Linear in body length.
/// </remarks>
public sealed class KnownNameFinder
{
    private const int MaxPhraseWords = 8;
    private readonly Dictionary<string, (string Id, EntityType Type)?> byKey = new(StringComparer.Ordinal);
    private readonly HashSet<string> firstWords = new(StringComparer.Ordinal);

    // Keys of names written with an owner's "'s" inside them ("St Paul's Cathedral"): only these match text that has one.
    private readonly HashSet<string> possessiveKeys = new(StringComparer.Ordinal);

    // Every proper start of a multi-word key ("chn", "chn pkstn", "chn pkstn ecnmc"), so a match stops at the first miss.
    private readonly HashSet<string> prefixes = new(StringComparer.Ordinal);

    // The key of every word of the names looked for: a body's other words can be part of no match (see NameWords.Of).
    private readonly HashSet<string> nameWords = new(StringComparer.Ordinal);

    public KnownNameFinder(IEnumerable<ResolvedEntity> entities)
    {
        foreach (var entity in entities.Where(e => e.File?.Hidden != true))
        {
            foreach (var name in entity.Aliases.Prepend(entity.Name).Distinct(StringComparer.Ordinal))
            {
                var key = KeyOf(name);
                var words = NameWords.Of(name);
                if (key is null || words.Count == 0)
                {
                    continue;
                }

                nameWords.UnionWith(words.Select(w => w.Key));

                // A second entity under the same key makes it ambiguous: null marks it so.
                byKey[key] = byKey.TryGetValue(key, out var known) && known?.Id != entity.Id ? null : (entity.Id, entity.Type);
                firstWords.Add(words[0].Key);
                if (HasPossessive(name))
                {
                    possessiveKeys.Add(key);
                }

                for (var k = 1; k < words.Count && !NameKeys.IsAcronym(name); k++)
                {
                    prefixes.Add(string.Join(' ', words.Take(k).Select(w => w.Key)));
                }
            }
        }
    }

    /// <summary>The briefing with an entity added for each known name its body uses that none of its entities carries.</summary>
    public Briefing AddMissed(Briefing briefing) => AddMissed(briefing, BodySentences.Enumerate(briefing.Body));

    /// <param name="sentences">The sentences of the briefing's body, as <see cref="BodySentences"/> numbers them.</param>
    public Briefing AddMissed(Briefing briefing, IReadOnlyList<BodySentence> sentences)
    {
        var have = briefing.Entities.Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
        var added = new List<EntityRef>();
        foreach (var sentence in sentences)
        {
            var words = NameWords.Of(sentence.Text, nameWords);
            for (var i = 0; i < words.Count; i++)
            {
                if (!firstWords.Contains(words[i].Key) || Match(sentence.Text, words, i) is not { } found)
                {
                    continue;
                }

                if (have.Add(found.Id))
                {
                    added.Add(new EntityRef { Name = found.Surface, Id = found.Id, Type = found.Type });
                }

                i = found.Last;
            }
        }

        return added.Count == 0 ? briefing : briefing with { Entities = [.. briefing.Entities, .. added] };
    }

    private (string Id, EntityType Type, string Surface, int Last)? Match(string text, IReadOnlyList<NameWords.Word> words, int first)
    {
        if (!char.IsUpper(text[words[first].Start]))
        {
            return null;
        }

        (string Id, EntityType Type, string Surface, int Last)? longest = null;
        var single = text[words[first].Start..words[first].End];
        if (NameKeys.IsAcronym(single) && byKey.TryGetValue(single, out var acronym) && acronym is { } a)
        {
            longest = (a.Id, a.Type, single, first);
        }

        var key = words[first].Key;
        for (var last = first + 1; last < words.Count && last - first < MaxPhraseWords && prefixes.Contains(key) && !PartedBetween(text, words[last - 1], words[last]); last++)
        {
            key += " " + words[last].Key;
            // A person's name is capitalised wherever it is written: "the Asian tsunami" is no one; a place's ends in a
            // capital or in a word for a kind of place ("T in the Park", "Gwadar port"; not "DS means" for Des Moines).
            // "ITV's London Studios" is no ITV London: an owner's "'s" matches only a name written with it.
            if (byKey.TryGetValue(key, out var entity) && entity is { } known
                && (possessiveKeys.Contains(key) || !HasPossessive(text.AsSpan(words[first].Start, words[last].End - words[first].Start)))
                && known.Type switch
                {
                    EntityType.Person => AllCapitalised(text, words, first, last),
                    EntityType.Place => char.IsUpper(text[words[last].Start]) || Lexicon.IsPlaceHead(text[words[last].Start..words[last].End]),
                    _ => !EndsInSmallWordOfNoKind(text, words, last),
                })
            {
                longest = (known.Id, known.Type, text[words[first].Start..words[last].End], last);
            }
        }

        return longest;
    }

    // "Young people", "Thank you", "Conservative shadow", "England a": a name some other article wrote in capitals (a
    // headline's "Young People") is no name where its last word is in small letters, unless that word says what kind of
    // thing it names ("the China-Pakistan economic corridor", "the Kyoto protocol", "the Commons public accounts committee").
    private static bool EndsInSmallWordOfNoKind(string text, IReadOnlyList<NameWords.Word> words, int last)
    {
        var word = text[words[last].Start..words[last].End];
        if (char.IsUpper(word[0]))
        {
            return false;
        }

        var kind = FirstLetter.Upper(word);
        return !(Lexicon.IsOrganizationHead(kind) || Lexicon.IsOtherHead(kind) || Lexicon.IsPlaceHead(kind) || Lexicon.IsVenueHead(kind)
                 || kind is "Constitution" or "Underground" or "Inquiry" or "Agenda" or "Honours" or "Show" or "Church" or "House" or "Village"
                     or "Final" or "Finals" or "Tour");
    }

    private static bool HasPossessive(ReadOnlySpan<char> text) => text.Contains("'s ", StringComparison.Ordinal) || text.Contains("’s ", StringComparison.Ordinal);

    // "unremittingly "New" Labour", "Music of Black Origin (Mobo) Awards", "in Manchester, United won": words a quotation
    // mark, a bracket or a comma parts are no one name.
    private static bool PartedBetween(string text, NameWords.Word left, NameWords.Word right) =>
        text.AsSpan(left.End, right.Start - left.End).IndexOfAny(Parting) >= 0;

    private static readonly SearchValues<char> Parting = SearchValues.Create("\"“”()[],;");

    private static bool AllCapitalised(string text, IReadOnlyList<NameWords.Word> words, int first, int last)
    {
        for (var at = first; at <= last; at++)
        {
            if (!char.IsUpper(text[words[at].Start]) && !Lexicon.IsNameConnector(text.AsSpan(words[at].Start, words[at].End - words[at].Start)))
            {
                return false;
            }
        }

        return true;
    }

    // "We Are", a title in one article, is "We are" opening sentences in a hundred others; "Tory Leader", a headline's
    // words, is a role in them ("The Tory leader said").
    private static bool OnlyCommonWords(string name)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.All(w => Lexicon.IsStopWord(w.Trim('\'', '’', '.', ',')))
               || Lexicon.IsRoleNoun(words[^1].ToLowerInvariant());
    }

    /// <summary>The lookup key of a name, or null when the name is too weak to look for in other articles.</summary>
    public static string? KeyOf(string name)
    {
        if (NameKeys.IsAcronym(name))
        {
            return name.Count(char.IsLetter) >= 3 ? name : null;
        }

        var words = NameWords.Of(name);
        return words.Count >= 2 && words.Count <= MaxPhraseWords && !OnlyCommonWords(name) ? string.Join(' ', words.Select(w => w.Key)) : null;
    }
}
