using BriefingSite.Model;

namespace BriefingSite.Render;

/// <summary>What a render made: the files to write, the pages whose files are already current, and each page's data hash.</summary>
/// <param name="Files">Files to write, sorted by path.</param>
/// <param name="Current">Pages left out because their files already hold what they would be rendered as.</param>
/// <param name="Hashes">Every templated page with the hash of the data it was (or would have been) rendered from.</param>
/// <param name="Sent">Pages handed to the renderer's sink as they were rendered (not in <paramref name="Files"/>).</param>
public sealed record RenderedSite(IReadOnlyList<OutputFile> Files, IReadOnlyList<string> Current, IReadOnlyList<(string Page, string Hash)> Hashes, IReadOnlyList<string> Sent)
{
    /// <summary>Every file of the site, whether written now or already current.</summary>
    public int Count => Files.Count + Current.Count + Sent.Count;
}
