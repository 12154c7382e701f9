namespace BriefingSite.Link;

/// <summary>Union-find over 0..n-1 with path halving; the smaller index becomes the root so results are deterministic.</summary>
public sealed class DisjointSets(int count)
{
    private readonly int[] parent = Enumerable.Range(0, count).ToArray();

    public int Find(int item)
    {
        while (parent[item] != item)
        {
            parent[item] = parent[parent[item]];
            item = parent[item];
        }

        return item;
    }

    public void Union(int a, int b)
    {
        var (rootA, rootB) = (Find(a), Find(b));
        if (rootA != rootB)
        {
            parent[Math.Max(rootA, rootB)] = Math.Min(rootA, rootB);
        }
    }
}
