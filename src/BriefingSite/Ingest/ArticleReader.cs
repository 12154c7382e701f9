using BriefingSite.Model;

namespace BriefingSite.Ingest;

/// <summary>Turns the bytes of a saved article (.txt, .md, .html) into a clean <see cref="Article"/>.</summary>
public static class ArticleReader
{
    /// <param name="file">Path relative to the project root, forward slashes; its extension picks the format.</param>
    /// <param name="bytes">The file's bytes.</param>
    /// <exception cref="ArticleException">The bytes are empty, binary or hold no article text.</exception>
    public static Article Read(string file, byte[] bytes) => throw new NotImplementedException();
}
