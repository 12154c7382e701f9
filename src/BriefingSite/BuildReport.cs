using BriefingSite.Model;

namespace BriefingSite;

/// <summary>What a run did: counts for the summary line, hand edits kept, and every problem found.</summary>
public sealed record BuildReport
{
    public int Articles { get; init; }

    /// <summary>Articles extracted in this run; the others' briefings came from the build cache.</summary>
    public int Extracted { get; init; }

    public int BriefingsWritten { get; init; }

    public int Briefings { get; init; }

    public int Pages { get; init; }

    /// <summary>Site files written in this run (new or changed); the others were already current.</summary>
    public int PagesWritten { get; init; }

    public int Entities { get; init; }

    /// <summary>Nothing changed since the last build: no stage ran, and the counts are the last build's.</summary>
    public bool UpToDate { get; init; }

    /// <summary>"input/x.md: summary" for every hand-edited field kept (or, with --force, overwritten).</summary>
    public IReadOnlyList<string> HandEdits { get; init; } = [];

    /// <summary>What a reader should know that is no problem: "articles/b.txt: same text as articles/a.txt, …".</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];

    public IReadOnlyList<Diagnostic> Problems { get; init; } = [];

    public bool Failed => Problems.Count > 0;

    public BuildReport Then(BuildReport next) => next with
    {
        Articles = Articles + next.Articles,
        Extracted = Extracted + next.Extracted,
        BriefingsWritten = BriefingsWritten + next.BriefingsWritten,
        HandEdits = [.. HandEdits, .. next.HandEdits],
        Notes = [.. Notes.Concat(next.Notes).Distinct()],
        Problems = [.. Problems.Concat(next.Problems).Distinct()],
    };
}
