namespace BriefingSite.Model;

/// <summary>A file of the rendered site: its path relative to the output folder (forward slashes) and its bytes, in pieces written one after another.</summary>
/// <remarks>
/// A page handed to <see cref="Render.SiteRenderer.Sink"/> holds its rendering thread's buffer, valid during that call
/// only. A large file made of parts kept elsewhere (briefings.json, tens of megabytes) is written from those parts,
/// never joined into one array.
/// </remarks>
public sealed record OutputFile(string Path, IReadOnlyList<ReadOnlyMemory<byte>> Pieces)
{
    public OutputFile(string path, ReadOnlyMemory<byte> content)
        : this(path, [content])
    {
    }

    /// <summary>The bytes as one block: the only piece, or the pieces joined (a copy).</summary>
    public ReadOnlyMemory<byte> Content => Pieces.Count == 1 ? Pieces[0] : Joined();

    public long Length => LengthOf(Pieces);

    /// <summary>How many bytes these pieces hold together.</summary>
    public static long LengthOf(IReadOnlyList<ReadOnlyMemory<byte>> pieces)
    {
        var length = 0L;
        foreach (var piece in pieces)
        {
            length += piece.Length;
        }

        return length;
    }

    private byte[] Joined()
    {
        var bytes = new byte[Length];
        var at = 0;
        foreach (var piece in Pieces)
        {
            piece.Span.CopyTo(bytes.AsSpan(at));
            at += piece.Length;
        }

        return bytes;
    }
}
