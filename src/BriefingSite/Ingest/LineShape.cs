using System.Text.RegularExpressions;

namespace BriefingSite.Ingest;

/// <summary>Judges what a short line of text looks like: a person's name, a heading, a menu word.</summary>
public static partial class LineShape
{
    // Words that stay lower case in title-case headings.
    private static readonly HashSet<string> MinorWords = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "and", "or", "but", "nor", "of", "in", "on", "at", "to", "for", "by", "from", "with",
        "as", "vs", "via", "into", "onto", "over", "per", "is", "are", "be", "it", "its", "than", "up", "out",
    };

    // Particles inside personal names: "Noor ul Ain Ali", "Ludwig van Beethoven".
    private static readonly HashSet<string> NameParticles = new(StringComparer.Ordinal)
    {
        "ul", "al", "el", "bin", "bint", "ibn", "de", "da", "di", "du", "del", "der", "van", "von", "la", "le",
    };

    /// <summary>The number of <see cref="Words"/>, counted without splitting the text.</summary>
    public static int WordCount(string text)
    {
        var count = 0;
        var inWord = false;
        foreach (var c in text)
        {
            count += !inWord && c != ' ' ? 1 : 0;
            inWord = c != ' ';
        }

        return count;
    }

    public static string[] Words(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>Two to five capitalised words with no digits or sentence punctuation.</summary>
    public static bool IsPersonName(string text)
    {
        if (text.Length > 50 || !PersonName().IsMatch(text))
        {
            return false;
        }

        var words = Words(text);
        return words.Length is >= 2 and <= 5
            && char.IsUpper(words[0][0]) && char.IsUpper(words[^1][0])
            && words.All(w => char.IsUpper(w[0]) || NameParticles.Contains(w));
    }

    /// <summary>A short title-like line: no closing full stop, most content words capitalised.</summary>
    public static bool IsHeading(string text)
    {
        // Most texts asked about are whole paragraphs: too long to be headings, and not worth splitting into words.
        if (text.Length > 110)
        {
            return false;
        }

        var words = Words(text);
        if (words.Length is 0 or > 14 || !char.IsUpper(text[0]) && !char.IsDigit(text[0]))
        {
            return false;
        }

        if (".,;:…-–—\"“".Contains(text[^1], StringComparison.Ordinal) || !text.Any(char.IsLetter))
        {
            return false;
        }

        var content = words.Where(w => !MinorWords.Contains(w.ToLowerInvariant())).ToArray();
        var capitalised = content.Count(w => char.IsUpper(w[0]) || char.IsDigit(w[0]) || !char.IsLetter(w[0]));
        return content.Length == 0 || capitalised * 10 >= content.Length * 6 || words.Length <= 5;
    }

    /// <summary>A heading-like line that reads as a title: three words or more, or marked by ?, ! or a colon.</summary>
    public static bool IsTitle(string text) =>
        IsHeading(text) && (WordCount(text) >= 3 || text.IndexOfAny(['?', '!', ':']) >= 0);

    /// <summary>A sentence-case headline such as "US duo in first spam conviction": three to fourteen words, no closing stop.</summary>
    public static bool IsHeadline(string text)
    {
        var words = WordCount(text);
        var start = text.TrimStart('\'', '‘', '"', '“');
        return words is >= 3 and <= 14 && text.Length <= 110 && start.Length > 0 && (char.IsUpper(start[0]) || char.IsDigit(start[0]))
            && !".,;:…".Contains(text[^1], StringComparison.Ordinal);
    }

    /// <summary>Long enough, and punctuated, to be running text rather than a label.</summary>
    public static bool IsProse(string text) =>
        WordCount(text) is var words && (words >= 12 || (words >= 6 && ".\"”’".Contains(text[^1], StringComparison.Ordinal)));

    [GeneratedRegex(@"^[\p{L}][\p{L}'’.\- ]+$")]
    private static partial Regex PersonName();
}
