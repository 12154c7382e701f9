using System.Collections.Concurrent;

namespace BriefingSite;

/// <summary>Parallel queries over lists whose items are handed out a few at a time as the cores free up.</summary>
/// <remarks>
/// PLINQ gives each core one contiguous range of a list. When one range holds the heavier items (the 10,000-article
/// corpus puts its originals first and their longer variants after), one core finishes early and waits: a second and
/// a half of one clean build's extraction ran on one core. A load-balanced partitioner keeps both busy to the end.
/// Its keys are the items' positions, so <c>AsOrdered</c> and an indexed <c>Select</c> see the list's order.
/// </remarks>
public static class BalancedParallel
{
    public static ParallelQuery<T> AsBalancedParallel<T>(this IReadOnlyList<T> items) =>
        Partitioner.Create(items as IList<T> ?? [.. items], loadBalance: true).AsParallel();
}
