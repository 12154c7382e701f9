namespace BriefingSite.Link;

/// <summary>Makes slugs unique across a site by numbering later claimants: pakistan, pakistan-2, pakistan-3.</summary>
public sealed class SlugAssigner(IEnumerable<string> taken)
{
    private readonly HashSet<string> taken = new(taken, StringComparer.Ordinal);

    public string Claim(string wanted)
    {
        var slug = wanted;
        for (var n = 2; !taken.Add(slug); n++)
        {
            slug = $"{wanted}-{n}";
        }

        return slug;
    }
}
