using BriefingSite.Model;

namespace BriefingSite.Render.Graph;

/// <summary>An entity drawn in a graph: its id, name, type and weight (the briefings that name it).</summary>
public sealed record GraphNode(string Id, string Name, EntityType Type, int Weight);
