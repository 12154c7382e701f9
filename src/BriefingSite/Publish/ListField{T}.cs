using BriefingSite.Model;

namespace BriefingSite.Publish;

/// <summary>A list field with items of type <typeparamref name="T"/>: how to read, replace, identify and print them.</summary>
public sealed class ListField<T>(
    string name,
    Func<Briefing, IReadOnlyList<T>> get,
    Func<Briefing, IReadOnlyList<T>, Briefing> set,
    Func<T, string> key,
    Func<T, object> yaml) : ListField(name)
{
    public override int Count(Briefing briefing) => get(briefing).Count;

    public override IReadOnlyList<string> Prints(Briefing briefing) => get(briefing).Select(Print).ToList();

    /// <remarks>
    /// An item on disk whose print was written last time is untouched: its fresh version (same key) replaces it, or it
    /// goes when the generator no longer finds it. Any other item on disk was changed or added by hand and stays.
    /// A generated item joins only when its key was not written last time: a written key missing from disk was removed by hand.
    /// </remarks>
    public override Briefing Merge(Briefing generated, Briefing onDisk, IReadOnlyList<string> lastWritten)
    {
        var written = lastWritten.ToHashSet(StringComparer.Ordinal);
        var writtenKeys = lastWritten.Select(p => p[..Math.Max(0, p.IndexOf(':', StringComparison.Ordinal))]).ToHashSet(StringComparer.Ordinal);
        var fresh = get(generated).Select(item => (Item: item, Key: KeyHash(item))).ToList();
        var taken = new bool[fresh.Count];
        var merged = new List<T>();
        foreach (var item in get(onDisk))
        {
            var match = FirstFree(KeyHash(item));
            if (match >= 0)
            {
                taken[match] = true;
            }

            if (!written.Contains(Print(item)))
            {
                merged.Add(item);
            }
            else if (match >= 0)
            {
                merged.Add(fresh[match].Item);
            }
        }

        merged.AddRange(fresh.Where((f, i) => !taken[i] && !writtenKeys.Contains(f.Key)).Select(f => f.Item));
        return set(generated, merged);

        int FirstFree(string itemKey)
        {
            for (var i = 0; i < fresh.Count; i++)
            {
                if (!taken[i] && fresh[i].Key == itemKey)
                {
                    return i;
                }
            }

            return -1;
        }
    }

    private string KeyHash(T item) => FieldHashes.Hash(key(item), 10);

    private string Print(T item) => KeyHash(item) + ":" + FieldHashes.Hash(FrontMatterWriter.ValueText(Name, yaml(item)), 10);
}
