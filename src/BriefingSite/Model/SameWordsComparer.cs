namespace BriefingSite.Model;

/// <summary>
/// Texts equal by their words, case, spacing and the punctuation around words aside ("The harbour is open." and "the
/// harbour is open"): compared and hashed a character at a time, without making the words.
/// </summary>
internal sealed class SameWordsComparer : IEqualityComparer<string>
{
    public static readonly SameWordsComparer Instance = new();

    private static readonly char[] WordEdges = ['.', ',', ';', ':', '!', '?', '"', '\'', '‘', '’', '“', '”', '…', '-', '–', '—', '(', ')'];

    public bool Equals(string? x, string? y)
    {
        if (x is null || y is null)
        {
            return ReferenceEquals(x, y);
        }

        // Texts alike by their words are most often the same text (a wire repeated): compared whole first, at once.
        if (string.Equals(x, y, StringComparison.Ordinal))
        {
            return true;
        }

        var (a, b) = (new Words(x), new Words(y));
        while (true)
        {
            var more = a.Next(out var c);
            if (more != b.Next(out var d) || c != d)
            {
                return false;
            }

            if (!more)
            {
                return true;
            }
        }
    }

    public int GetHashCode(string text)
    {
        // The words' characters gathered, then hashed at once rather than one by one: entity pages hash every sentence
        // they show. They are never more than the text's characters (one space stands for a run of white space).
        char[]? rented = null;
        var buffer = text.Length <= 512 ? stackalloc char[512] : (rented = System.Buffers.ArrayPool<char>.Shared.Rent(text.Length));
        var length = 0;
        var words = new Words(text);
        while (words.Next(out var c))
        {
            buffer[length++] = c;
        }

        var hash = string.GetHashCode(buffer[..length]);
        if (rented is not null)
        {
            System.Buffers.ArrayPool<char>.Shared.Return(rented);
        }

        return hash;
    }

    /// <summary>The characters of a text's words in lower case, one space between words.</summary>
    private struct Words(string text)
    {
        private int next, at, end;
        private bool started;

        public bool Next(out char c)
        {
            if (at < end)
            {
                c = char.ToLowerInvariant(text[at++]);
                return true;
            }

            while (next < text.Length)
            {
                var start = next;
                while (start < text.Length && char.IsWhiteSpace(text[start]))
                {
                    start++;
                }

                next = start;
                while (next < text.Length && !char.IsWhiteSpace(text[next]))
                {
                    next++;
                }

                var word = text.AsSpan(start, next - start);
                var lead = word.Length - word.TrimStart(WordEdges).Length;
                var trimmed = word.Trim(WordEdges).Length;
                if (trimmed == 0)
                {
                    continue;
                }

                (at, end) = (start + lead, start + lead + trimmed);
                if (started)
                {
                    c = ' ';
                    return true;
                }

                started = true;
                c = char.ToLowerInvariant(text[at++]);
                return true;
            }

            c = default;
            return false;
        }
    }
}
