namespace BriefingSite.Render.Graph;

/// <summary>Two entities named in the same sentences, <see cref="Weight"/> times; indexes into the graph's nodes.</summary>
public sealed record GraphEdge(int From, int To, int Weight);
