namespace BriefingSite.Model;

/// <summary>A file of the rendered site: its path relative to the output folder (forward slashes) and its bytes.</summary>
/// <remarks>A page handed to <see cref="Render.SiteRenderer.Sink"/> holds its rendering thread's buffer, valid during that call only.</remarks>
public sealed record OutputFile(string Path, ReadOnlyMemory<byte> Content);
