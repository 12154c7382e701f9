namespace BriefingSite;

/// <summary>How far a long stage has got, for a progress display: <paramref name="Done"/> of <paramref name="Total"/> items.</summary>
public sealed record StageProgress(string Stage, int Done, int Total);
