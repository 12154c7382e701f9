using System.Runtime.CompilerServices;
using BriefingSite.Model;

namespace BriefingSite.Render;

/// <summary>
/// Each briefing's view, built on its first use and let go after its last: the pages that will use a view are counted
/// before rendering starts, so a site of 10,000 briefings never holds every view at once.
/// </summary>
/// <remarks>Uses are counted from one thread before rendering; views are taken and released from any thread.</remarks>
internal sealed class BriefingViews(IEnumerable<Briefing> briefings, Func<Briefing, Dictionary<string, object?>> build)
{
    private readonly Dictionary<string, Slot> slots = briefings.ToDictionary(b => b.Slug, b => new Slot(b, build), StringComparer.Ordinal);

    public bool Contains(string slug) => slots.ContainsKey(slug);

    /// <summary>A page will take this view once.</summary>
    public void Expect(string slug) => slots[slug].Uses.Value++;

    /// <summary>The view, for one of the uses counted.</summary>
    public Dictionary<string, object?> Take(string slug)
    {
        var slot = slots[slug];
        var view = slot.View.Value;
        Release(slot);
        return view;
    }

    /// <summary>A use counted that will not happen (its page is unchanged).</summary>
    public void Forgo(string slug) => Release(slots[slug]);

    private static void Release(Slot slot)
    {
        if (Interlocked.Decrement(ref slot.Uses.Value) == 0)
        {
            slot.Drop();
        }
    }

    private sealed class Slot(Briefing briefing, Func<Briefing, Dictionary<string, object?>> build)
    {
        public StrongBox<int> Uses { get; } = new(0);

        public Lazy<Dictionary<string, object?>> View { get; private set; } = new(() => build(briefing));

        // The last user has the view; a new Lazy keeps a stray extra use correct, if costly.
        public void Drop() => View = new(() => build(briefing));
    }
}
