using System.Buffers;
using System.Security.Cryptography;
using System.Text;

namespace BriefingSite.Publish;

/// <summary>The SHA-256 of texts' UTF-8 bytes, as the first hex digits; one instance hashes the many short texts of a briefing.</summary>
/// <remarks>A one-shot hash sets the algorithm up and tears it down on every call, which costs more than hashing a short text.</remarks>
internal sealed class TextHasher : IDisposable
{
    private readonly IncrementalHash sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);

    public string Hash(ReadOnlySpan<char> text, int length = 16)
    {
        Span<char> hex = stackalloc char[length];
        Hash(text, hex);
        return new string(hex);
    }

    /// <summary>Fills <paramref name="hex"/> with the first digits of the text's hash.</summary>
    public void Hash(ReadOnlySpan<char> text, Span<char> hex)
    {
        var size = Encoding.UTF8.GetMaxByteCount(text.Length);
        var rented = size > 1024 ? ArrayPool<byte>.Shared.Rent(size) : null;
        Span<byte> bytes = rented ?? stackalloc byte[1024];
        sha.AppendData(bytes[..Encoding.UTF8.GetBytes(text, bytes)]);
        if (rented is not null)
        {
            ArrayPool<byte>.Shared.Return(rented);
        }

        Span<byte> digest = stackalloc byte[SHA256.HashSizeInBytes];
        sha.GetHashAndReset(digest);
        Span<char> digits = stackalloc char[SHA256.HashSizeInBytes * 2];
        Convert.TryToHexStringLower(digest[..((hex.Length + 1) / 2)], digits, out _);
        digits[..hex.Length].CopyTo(hex);
    }

    public void Dispose() => sha.Dispose();
}
