namespace BriefingSite.Link;

/// <summary>An entity's roles gathered from the briefings that name it, each role listed once.</summary>
public static class EntityRoles
{
    /// <summary>
    /// The roles in the order they first appear, one per role. Spellings whose words differ only in case, inner
    /// vowels or doubled letters (<see cref="NameKeys.SkeletonOfWord(string)"/>: "Adviser", "Advisor"; "Defence", "Defense")
    /// and a party's other names ("Tory" and "Conservative", "Lib Dem" and "Liberal Democrat", "Tory Party")
    /// are one role, written as most briefings write it. A role that another begins with is
    /// folded into the longer one ("Deputy National Security Adviser" and "deputy national security adviser in the
    /// Biden administration" become "Deputy National Security Adviser in the Biden administration"), and a role that
    /// another gives with a place, a body or a field before it into that one ("Prime Minister" into "UK Prime Minister",
    /// "leader" into "Tory leader").
    /// </summary>
    public static List<string> Merge(IEnumerable<string> roles)
    {
        var spellings = OneSpellingEach(roles);
        var merged = new List<string[]>(spellings.Count);
        var keys = new List<string[]>(spellings.Count);
        foreach (var (key, words) in spellings)
        {
            var longer = keys.FindIndex(k => StartsWith(k, key));
            if (longer >= 0)
            {
                merged[longer] = [.. words, .. merged[longer][words.Length..]];
                continue;
            }

            var shorter = keys.FindIndex(k => StartsWith(key, k));
            if (shorter >= 0)
            {
                merged[shorter] = [.. merged[shorter], .. words[merged[shorter].Length..]];
                keys[shorter] = key;
                continue;
            }

            keys.Add(key);
            merged.Add(words);
        }

        return merged.Where((words, i) => !AnotherGivesItsFieldOrBody(i, keys, merged)).Select(words => string.Join(' ', words)).ToList();
    }

    // True when another role is this one with a place, a body or a field added before its office ("Prime Minister" and
    // "UK Prime Minister", "MP" and "Labour MP", "officer" and "chief financial officer", "Lib Dem spokesman" and "Lib Dem
    // home affairs spokesman"): the longer says more. Not when a word added makes another office or time ("Vice
    // President", "Shadow Chancellor", "former Foreign Secretary", "Ex-Home Secretary", "deputy leader"), nor across
    // "and", which may join two names or two roles ("Microsoft and New York attorney general").
    private static bool AnotherGivesItsFieldOrBody(int role, List<string[]> keys, List<string[]> merged) =>
        Enumerable.Range(0, keys.Count).Any(other => other != role && keys[other].Length > keys[role].Length
            && keys[other][^1] == keys[role][^1] && AddedWords(keys[role], keys[other], merged[other]) is { } added
            && added.All(word => !OfficeOrTime(word) && word is not ("and" or "&")));

    // The words of the longer role that the shorter lacks, when the shorter's words stand in it in their order; else null.
    private static List<string>? AddedWords(string[] shorter, string[] longerKey, string[] longerWords)
    {
        var added = new List<string>();
        var matched = 0;
        for (var i = 0; i < longerKey.Length; i++)
        {
            if (matched < shorter.Length && longerKey[i] == shorter[matched] && (matched < shorter.Length - 1 || i == longerKey.Length - 1))
            {
                matched++;
            }
            else
            {
                added.Add(longerWords[i]);
            }
        }

        return matched == shorter.Length ? added : null;
    }

    private static bool OfficeOrTime(string word) =>
        word.StartsWith("Ex-", StringComparison.OrdinalIgnoreCase) || OfficeOrTimeWords.Contains(word.TrimEnd('-'));

    private static readonly HashSet<string> OfficeOrTimeWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "Deputy", "Vice", "Assistant", "Shadow", "Junior", "Acting", "Former", "Ex", "Interim", "Under", "Co", "Associate",
        "Senior", "Then", "Outgoing", "Incoming", "Late", "Future", "Joint", "Caretaker", "Honorary", "Lord", "Lady", "General",
    };

    // One spelling per role key, in order of the key's first appearance: the most used, then one that starts with a
    // capital, then the first seen.
    private static List<(string[] Key, string[] Words)> OneSpellingEach(IEnumerable<string> roles)
    {
        var groups = new List<(string[] SameRole, List<string> Texts)>();
        foreach (var role in roles)
        {
            var words = role.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (words.Length == 0)
            {
                continue;
            }

            var sameRole = SameRole(words);
            var group = groups.FindIndex(g => g.SameRole.AsSpan().SequenceEqual(sameRole));
            var text = string.Join(' ', words);
            if (group < 0)
            {
                groups.Add((sameRole, [text]));
            }
            else
            {
                groups[group].Texts.Add(text);
            }
        }

        return groups.ConvertAll(g =>
        {
            var words = g.Texts
                .Select((text, order) => (text, order))
                .GroupBy(t => t.text, StringComparer.Ordinal)
                .OrderByDescending(same => same.Count())
                .ThenBy(same => char.IsUpper(same.Key[0]) ? 0 : 1)
                .ThenBy(same => same.First().order)
                .First().Key.Split(' ');
            return (Key(words), words);
        });
    }

    // Word by word, each word's skeleton, a party's names made one ("Tory" and "Conservative", "Lib Dem" and "Liberal
    // Democrat").
    private static string[] Key(string[] words)
    {
        var key = new string[words.Length];
        for (var i = 0; i < words.Length; i++)
        {
            var word = words[i].ToLowerInvariant();
            key[i] = NameKeys.SkeletonOfWord(word switch
            {
                "tory" or "tories" or "conservatives" => "conservative",
                "lib" => "liberal",
                "dem" or "dems" when i > 0 && words[i - 1].Equals("Lib", StringComparison.OrdinalIgnoreCase) => "democrat",
                _ => word,
            });
        }

        return key;
    }

    // The key of the role a spelling names: "Party" after a party's name says nothing more ("Tory Party co-chairman" is
    // the role "Conservative co-chairman" is).
    private static string[] SameRole(string[] words)
    {
        var key = Key(words);
        return key.Where((k, i) => !(i > 0 && k == PartyWord && PartyNames.Contains(key[i - 1]))).ToArray();
    }

    private static readonly string PartyWord = NameKeys.SkeletonOfWord("party");

    private static readonly string[] PartyNames = Array.ConvertAll(["conservative", "labour", "democrat"], NameKeys.SkeletonOfWord);

    private static bool StartsWith(string[] words, string[] start) =>
        words.Length > start.Length && words.AsSpan(0, start.Length).SequenceEqual(start);
}
