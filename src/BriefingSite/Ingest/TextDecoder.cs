using System.Text;
using System.Text.RegularExpressions;

namespace BriefingSite.Ingest;

/// <summary>Turns article bytes into text: byte-order marks, strict UTF-8, an HTML meta charset, else Windows-1252.</summary>
public static partial class TextDecoder
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    // Taken from the provider directly so no process-wide encoding registration is needed.
    private static readonly Encoding Windows1252 = CodePagesEncodingProvider.Instance.GetEncoding(1252)
        ?? throw new InvalidOperationException("Windows-1252 is not available.");

    public static string Decode(ReadOnlySpan<byte> bytes, bool html)
    {
        if (bytes.IsEmpty)
        {
            throw new ArticleException("The file is empty.");
        }

        var text = DecodeBytes(bytes, html);
        if (LooksBinary(text))
        {
            throw new ArticleException("The file looks binary (control characters), not an article.");
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            throw new ArticleException("The file holds only white space.");
        }

        return text;
    }

    private static string DecodeBytes(ReadOnlySpan<byte> bytes, bool html)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return StrictOrLenient(bytes[3..]);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return Encoding.Unicode.GetString(bytes[2..]);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return Encoding.BigEndianUnicode.GetString(bytes[2..]);
        }

        if (html && DeclaredCharset(bytes) is { } declared && !declared.WebName.StartsWith("utf-", StringComparison.Ordinal))
        {
            return declared.GetString(bytes);
        }

        try
        {
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            // Not valid UTF-8: legacy Western text is by far the most common other encoding.
            return Windows1252.GetString(bytes);
        }
    }

    private static string StrictOrLenient(ReadOnlySpan<byte> bytes)
    {
        try
        {
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return Encoding.UTF8.GetString(bytes);
        }
    }

    private static Encoding? DeclaredCharset(ReadOnlySpan<byte> bytes)
    {
        var head = Encoding.Latin1.GetString(bytes[..Math.Min(bytes.Length, 4096)]);
        var match = MetaCharset().Match(head);
        if (!match.Success)
        {
            return null;
        }

        var name = match.Groups[1].Value.ToLowerInvariant();
        // Browsers read latin1 and ascii labels as windows-1252, so do the same.
        if (name is "iso-8859-1" or "latin1" or "us-ascii" or "ascii" or "windows-1252" or "cp1252")
        {
            return Windows1252;
        }

        try
        {
            return CodePagesEncodingProvider.Instance.GetEncoding(name) ?? Encoding.GetEncoding(name);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private static bool LooksBinary(string text)
    {
        var sample = text.AsSpan(0, Math.Min(text.Length, 8192));
        if (sample.Contains('\0'))
        {
            return true;
        }

        var control = 0;
        foreach (var c in sample)
        {
            if (char.IsControl(c) && c is not ('\n' or '\r' or '\t' or '\f'))
            {
                control++;
            }
        }

        return control > sample.Length / 10;
    }

    [GeneratedRegex("""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_:.-]+)""", RegexOptions.IgnoreCase)]
    private static partial Regex MetaCharset();
}
