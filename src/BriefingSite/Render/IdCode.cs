namespace BriefingSite.Render;

/// <summary>Writes lists of small numbers as short text with no separators: base 32, upper-case digits, then a lower-case last digit.</summary>
/// <remarks>
/// 0–31 take one character, up to 1,023 two, up to 32,767 three; search.js decodes it. This keeps the word and entity
/// references of 10,000 briefings to about two megabytes, where JSON numbers with commas would take twice that.
/// </remarks>
public static class IdCode
{
    public const string Leading = "ABCDEFGHIJKLMNOPQRSTUVWXYZ012345";
    public const string Last = "abcdefghijklmnopqrstuvwxyz6789_$";

    /// <summary>The most characters one number takes.</summary>
    public const int MostDigits = 7;

    public static string Encode(IEnumerable<int> numbers) => Encode([.. numbers]);

    public static string Encode(ReadOnlySpan<int> numbers)
    {
        // Seven digits hold any int: one buffer for the whole text, from the stack when it is small.
        var longest = numbers.Length * MostDigits;
        var rented = longest > 512 ? System.Buffers.ArrayPool<char>.Shared.Rent(longest) : null;
        var text = rented ?? stackalloc char[512];
        var code = new string(text[..Write(numbers, text)]);
        if (rented is not null)
        {
            System.Buffers.ArrayPool<char>.Shared.Return(rented);
        }

        return code;
    }

    /// <summary>Writes the numbers' text into <paramref name="text"/>, which holds <see cref="MostDigits"/> per number.</summary>
    /// <returns>How many characters were written.</returns>
    public static int Write(ReadOnlySpan<int> numbers, Span<char> text)
    {
        var used = 0;
        Span<char> digits = stackalloc char[8];
        foreach (var number in numbers)
        {
            var n = number;
            var at = digits.Length;
            digits[--at] = Last[n % 32];
            for (n /= 32; n > 0; n /= 32)
            {
                digits[--at] = Leading[n % 32];
            }

            digits[at..].CopyTo(text[used..]);
            used += digits.Length - at;
        }

        return used;
    }

    public static List<int> Decode(string text)
    {
        var numbers = new List<int>();
        var n = 0;
        foreach (var c in text)
        {
            var last = Last.IndexOf(c, StringComparison.Ordinal);
            if (last >= 0)
            {
                numbers.Add(n * 32 + last);
                n = 0;
            }
            else
            {
                n = n * 32 + Leading.IndexOf(c, StringComparison.Ordinal);
            }
        }

        return numbers;
    }
}
