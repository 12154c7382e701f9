namespace BriefingSite.Tests;

/// <summary>Run alone: a thread pool busy with other tests could keep the second core's work from starting in time.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class BalancedParallelTestGroup
{
    public const string Name = "balanced parallel";
}

[Collection(BalancedParallelTestGroup.Name)]
public class BalancedParallelTests
{
    [Fact]
    public void Keeps_the_list_order_and_gives_each_item_its_position()
    {
        var items = Enumerable.Range(0, 5_000).Select(i => $"item {i}").ToList();

        var seen = items.AsBalancedParallel().AsOrdered().Select((item, at) => (item, at)).ToList();

        Assert.Equal(items.Select((item, at) => (item, at)), seen);
    }

    [Fact]
    public void A_core_held_up_by_one_item_leaves_the_items_after_it_to_the_other()
    {
        // The first item waits until every item from the hundredth on is done. Split into one range per core, those
        // up to the middle would wait behind it on the same core and the first item would give up after a minute.
        var items = Enumerable.Range(0, 1_000).ToList();
        var later = items.Count - 100;
        using var laterDone = new ManualResetEventSlim();
        var done = 0;

        var waited = items.AsBalancedParallel().WithDegreeOfParallelism(2).Select(item =>
        {
            if (item == 0)
            {
                return laterDone.Wait(TimeSpan.FromSeconds(60));
            }

            if (item >= 100 && Interlocked.Increment(ref done) == later)
            {
                laterDone.Set();
            }

            return true;
        }).ToList();

        Assert.All(waited, Assert.True);
    }
}
