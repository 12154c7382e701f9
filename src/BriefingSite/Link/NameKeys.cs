using System.Globalization;
using System.Text;

namespace BriefingSite.Link;

/// <summary>Keys under which spellings of one name meet: Tehreek/Tehrik, Baluchistan/Balochistan, Defence/Defense.</summary>
public static class NameKeys
{
    private static readonly HashSet<string> Filler = new(StringComparer.Ordinal) { "the", "of", "and", "for", "i", "e", "al", "el" };
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> FillerSpans = Filler.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Lower-case words with diacritics, apostrophes and punctuation removed.</summary>
    public static IReadOnlyList<string> Words(string name)
    {
        var text = new StringBuilder(name.Length);
        foreach (var c in name.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark || c is '’' or '\'' or '.')
            {
                continue;
            }

            text.Append(char.IsLetterOrDigit(c) ? char.ToLowerInvariant(c) : ' ');
        }

        return text.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries);
    }

    /// <summary>The consonant skeleton of the name's content words: inner vowels dropped, c→s, doubled letters single.</summary>
    public static string Skeleton(string name) => string.Join(' ', NamingWords(name).Select(SkeletonOfWord));

    /// <summary>Content words for comparing two expansions of one acronym.</summary>
    public static IReadOnlySet<string> ContentWords(string name) =>
        Words(name).Where(w => w.Length > 2 && !Filler.Contains(w)).Select(SkeletonOfWord).ToHashSet(StringComparer.Ordinal);

    public static bool IsAcronym(string name)
    {
        // A loop rather than LINQ: resolution asks this of every name and alias, and LINQ over a string allocates.
        if (name.Length is < 2 or > 8)
        {
            return false;
        }

        var letter = false;
        foreach (var c in name)
        {
            if (!(char.IsUpper(c) || char.IsDigit(c) || c == '-'))
            {
                return false;
            }

            letter |= char.IsLetter(c);
        }

        return letter;
    }

    /// <summary>True for words a name may carry that say nothing of which name it is ("of", "the", "i" in Tehreek-i-Taliban).</summary>
    public static bool IsFiller(ReadOnlySpan<char> word) => FillerSpans.Contains(word);

    /// <summary>The skeleton of one lower-case word.</summary>
    public static string SkeletonOfWord(string word) => SkeletonOfWord(word.AsSpan());

    /// <summary>The skeleton of one lower-case word: inner vowels dropped, c→s, a letter written twice in a row once.</summary>
    /// <remarks>
    /// Only letters side by side count as written twice: "Tetris" keeps both its t's ("ttrs"), "Tories" has one ("trs").
    /// An initial is a letter, not a sound: "C" stays "c" ("C Jones" is not "S Jones").
    /// </remarks>
    public static string SkeletonOfWord(ReadOnlySpan<char> word)
    {
        Span<char> skeleton = word.Length <= 128 ? stackalloc char[128] : new char[word.Length];
        return new string(skeleton[..SkeletonOfWord(word, skeleton)]);
    }

    /// <summary>As <see cref="SkeletonOfWord(ReadOnlySpan{char})"/>, written into a buffer as long as the word; returns its length.</summary>
    public static int SkeletonOfWord(ReadOnlySpan<char> word, Span<char> skeleton)
    {
        var length = 0;
        var previous = '\0';
        for (var i = 0; i < word.Length; i++)
        {
            var c = word[i] == 'c' && word.Length > 1 ? 's' : word[i];
            var innerVowel = i > 0 && i < word.Length - 1 && c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y';
            var doubled = c == previous;
            previous = c;
            if (!innerVowel && !doubled)
            {
                skeleton[length++] = c;
            }
        }

        return length;
    }

    /// <summary>
    /// The key of a name that is not a person's: its skeleton, or for one short word its spelling. Short words share
    /// too few consonants to be told apart by them ("Tories", "Tears"; "Monster", "Munster"); long ones differ in
    /// transliteration ("Baluchistan", "Balochistan").
    /// </summary>
    public static string NameKey(string name)
    {
        var words = NamingWords(name).ToList();
        return words is [{ Length: < ShortWord } word] ? "=" + word : string.Join(' ', words.Select(SkeletonOfWord));
    }

    // The name's words without its fillers ("of", "the").
    private static IEnumerable<string> NamingWords(string name) => Words(name).Where(w => !Filler.Contains(w));

    private const int ShortWord = 9;
}
