namespace BriefingSite.Link;

/// <summary>Which entities keep company with which: used to choose between several entities a short name could mean.</summary>
/// <remarks>
/// "Khan" in a briefing that also names the PTI and Islamabad is more likely Imran Khan (seen with both) than Ayub Khan
/// (seen with neither). Evidence counts the other entities of the short name's briefing that also appear in the briefings
/// of each candidate; the one clear winner is chosen, a tie or no evidence chooses none.
/// </remarks>
public sealed class CoOccurrence
{
    private readonly IReadOnlyList<int> briefingOf;
    private readonly Dictionary<int, List<int>> nodesIn = [];
    private readonly DisjointSets sets;

    /// <param name="briefingOf">For each node, the briefing it was found in.</param>
    public CoOccurrence(IReadOnlyList<int> briefingOf, DisjointSets sets)
    {
        this.briefingOf = briefingOf;
        this.sets = sets;
        for (var n = 0; n < briefingOf.Count; n++)
        {
            (nodesIn.TryGetValue(briefingOf[n], out var list) ? list : nodesIn[briefingOf[n]] = []).Add(n);
        }
    }

    /// <summary>The entities (as set roots) named in the briefings of these nodes.</summary>
    public HashSet<int> Of(IEnumerable<int> members) =>
        members.Select(m => briefingOf[m]).Distinct().SelectMany(b => nodesIn[b]).Select(sets.Find).ToHashSet();

    /// <summary>The root of the candidate whose company (see <see cref="Of"/>) shares the most entities with the node's briefing, if one clearly does.</summary>
    public int? Closest(int node, IReadOnlyList<(int Root, HashSet<int> Company)> candidates)
    {
        var own = sets.Find(node);
        var company = nodesIn[briefingOf[node]].Select(sets.Find).Where(r => r != own).ToHashSet();
        var scored = candidates
            .Select(c => (c.Root, Score: company.Count(r => r != sets.Find(c.Root) && c.Company.Contains(r))))
            .OrderByDescending(c => c.Score).ThenBy(c => c.Root)
            .ToList();
        return scored.Count > 0 && scored[0].Score > 0 && (scored.Count == 1 || scored[1].Score < scored[0].Score) ? scored[0].Root : null;
    }
}
