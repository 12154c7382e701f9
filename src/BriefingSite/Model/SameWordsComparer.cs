namespace BriefingSite.Model;

/// <summary>
/// Texts equal by their words, case, spacing and the punctuation around words aside ("The harbour is open." and "the
/// harbour is open"): compared and hashed a character at a time, without making the words.
/// </summary>
internal sealed class SameWordsComparer : IEqualityComparer<string>
{
    public static readonly SameWordsComparer Instance = new();

    private static readonly System.Buffers.SearchValues<char> WordEdges = System.Buffers.SearchValues.Create(".,;:!?\"'‘’“”…-–—()");

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
            var more = a.Next(out var one);
            if (more != b.Next(out var other))
            {
                return false;
            }

            if (!more)
            {
                return true;
            }

            if (one.Length != other.Length)
            {
                return false;
            }

            for (var i = 0; i < one.Length; i++)
            {
                if (char.ToLowerInvariant(one[i]) != char.ToLowerInvariant(other[i]))
                {
                    return false;
                }
            }
        }
    }

    public int GetHashCode(string text)
    {
        // The words gathered in lower case, one space between them, then hashed at once: entity pages hash every
        // sentence they show. They are never more than the text's characters (one space stands for a run of white space).
        char[]? rented = null;
        var buffer = text.Length <= 512 ? stackalloc char[512] : (rented = System.Buffers.ArrayPool<char>.Shared.Rent(text.Length));
        var length = 0;
        var words = new Words(text);
        while (words.Next(out var word))
        {
            if (length > 0)
            {
                buffer[length++] = ' ';
            }

            foreach (var c in word)
            {
                buffer[length++] = char.ToLowerInvariant(c);
            }
        }

        var hash = string.GetHashCode(buffer[..length]);
        if (rented is not null)
        {
            System.Buffers.ArrayPool<char>.Shared.Return(rented);
        }

        return hash;
    }

    /// <summary>A text's words one by one: its runs of other characters than white space, the punctuation at their edges trimmed, the empty ones skipped.</summary>
    private struct Words(string text)
    {
        private int next;

        public bool Next(out ReadOnlySpan<char> word)
        {
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

                var end = next;
                while (start < end && WordEdges.Contains(text[start]))
                {
                    start++;
                }

                while (end > start && WordEdges.Contains(text[end - 1]))
                {
                    end--;
                }

                word = text.AsSpan(start, end - start);
                if (!word.IsEmpty)
                {
                    return true;
                }
            }

            word = default;
            return false;
        }
    }
}
