using System.Globalization;
using System.Text;

namespace BriefingSite.Render;

/// <summary>Words as search.js sees them: lower case, accents removed, split at anything but a letter or digit.</summary>
public static class SearchWords
{
    // Words too common to tell one briefing from another; a query's other words still find the briefing.
    private static readonly HashSet<string> Common = new(StringComparer.Ordinal)
    {
        "the", "and", "for", "with", "from", "that", "this", "these", "those", "was", "were", "are", "been", "has", "have",
        "had", "will", "would", "can", "could", "should", "may", "might", "its", "his", "her", "their", "our", "they", "them",
        "she", "him", "you", "not", "but", "also", "after", "before", "about", "into", "over", "under", "more", "most", "other",
        "some", "such", "only", "than", "then", "there", "here", "which", "who", "whom", "whose", "what", "when", "where", "why",
        "how", "said", "says", "one", "two", "new", "all", "any", "out", "being", "did", "does", "just", "very",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> CommonSpans = Common.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The words of a text one at a time, each in <paramref name="buffer"/> (grown when too small) until the next.</summary>
    public static Reader Spans(string? text, char[] buffer) => new(text, buffer);

    /// <summary>Worth indexing: not a common word, and long enough to mean something (numbers of three digits or more).</summary>
    public static bool Telling(ReadOnlySpan<char> word) => word.Length >= 3 && !CommonSpans.Contains(word);

    /// <summary>Reads words without a string for each: most texts are ASCII, which needs no normalising and no character tables.</summary>
    public ref struct Reader(string? text, char[] buffer)
    {
        // Accents become marks of their own in form D, and marks are dropped; ASCII text is already in form D.
        private readonly string text = string.IsNullOrEmpty(text) || Ascii.IsValid(text) ? text ?? "" : text.Normalize(NormalizationForm.FormD);
        private char[] buffer = buffer;
        private int at;
        private int length;

        public readonly ReadOnlySpan<char> Current => buffer.AsSpan(0, length);

        public readonly Reader GetEnumerator() => this;

        public bool MoveNext()
        {
            length = 0;
            while (at < text.Length)
            {
                var c = text[at++];
                if (char.IsAsciiLetterOrDigit(c))
                {
                    Append(char.ToLowerInvariant(c));
                }
                else if (!char.IsAscii(c) && CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
                {
                    continue;
                }
                else if (!char.IsAscii(c) && char.IsLetterOrDigit(c))
                {
                    Append(char.ToLowerInvariant(c));
                }
                else if (length > 0)
                {
                    return true;
                }
            }

            return length > 0;
        }

        private void Append(char c)
        {
            if (length == buffer.Length)
            {
                Array.Resize(ref buffer, Math.Max(16, buffer.Length * 2));
            }

            buffer[length++] = c;
        }
    }
}
