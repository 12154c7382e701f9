using System.IO.Hashing;
using System.Runtime.InteropServices;

namespace BriefingSite.Link;

/// <summary>Gathers what a step of linking reads into one digest, so a stored outcome of the step can be checked against it.</summary>
/// <remarks>Each text goes in with its length and each list with its count, so no two different inputs run together.</remarks>
public sealed class DigestBuilder
{
    private readonly XxHash128 hash = new();

    public void Text(string? text)
    {
        Number(text?.Length ?? -1);
        hash.Append(MemoryMarshal.AsBytes((text ?? "").AsSpan()));
    }

    public void Number(int number) => hash.Append(MemoryMarshal.AsBytes(new ReadOnlySpan<int>(in number)));

    public void Number(double number) => hash.Append(MemoryMarshal.AsBytes(new ReadOnlySpan<double>(in number)));

    public void Texts(IReadOnlyList<string> texts)
    {
        Number(texts.Count);
        foreach (var text in texts)
        {
            Text(text);
        }
    }

    public byte[] Finish() => hash.GetCurrentHash();
}
