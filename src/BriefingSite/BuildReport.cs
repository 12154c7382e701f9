using BriefingSite.Model;

namespace BriefingSite;

/// <summary>What a run did: counts for the summary line, hand edits kept, and every problem found.</summary>
public sealed record BuildReport
{
    public int Articles { get; init; }

    public int BriefingsWritten { get; init; }

    public int Briefings { get; init; }

    public int Pages { get; init; }

    public int Entities { get; init; }

    /// <summary>"input/x.md: summary" for every hand-edited field kept (or, with --force, overwritten).</summary>
    public IReadOnlyList<string> HandEdits { get; init; } = [];

    public IReadOnlyList<Diagnostic> Problems { get; init; } = [];

    public bool Failed => Problems.Count > 0;

    public BuildReport Then(BuildReport next) => next with
    {
        Articles = Articles + next.Articles,
        BriefingsWritten = BriefingsWritten + next.BriefingsWritten,
        HandEdits = [.. HandEdits, .. next.HandEdits],
        Problems = [.. Problems.Concat(next.Problems).Distinct()],
    };
}
