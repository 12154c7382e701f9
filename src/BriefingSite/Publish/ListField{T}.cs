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

    public override IReadOnlyList<string> Prints(Briefing briefing)
    {
        using var hasher = new TextHasher();
        return Prints(briefing, hasher);
    }

    internal override IReadOnlyList<string> Prints(Briefing briefing, FieldTexts texts, TextHasher hasher)
    {
        var items = get(briefing);
        var field = texts.IndexOf(Name);
        if (field < 0 || texts.ItemCount(field) != items.Count)
        {
            return Prints(briefing, hasher);
        }

        var prints = new List<string>(items.Count);
        for (var i = 0; i < items.Count; i++)
        {
            prints.Add(Print(items[i], texts.ItemText(field, i), hasher));
        }

        return prints;
    }

    /// <remarks>
    /// An item on disk whose print was written last time is untouched: its fresh version (same key) replaces it, or it
    /// goes when the generator no longer finds it. Any other item on disk was changed or added by hand and stays.
    /// A generated item joins only when its key was not written last time: a written key missing from disk was removed by hand.
    /// </remarks>
    public override Briefing Merge(Briefing generated, Briefing onDisk, IReadOnlyList<string> lastWritten, IReadOnlyList<string>? generatedPrints = null)
    {
        var written = lastWritten.ToHashSet(StringComparer.Ordinal);
        var writtenKeys = lastWritten.Select(KeyOf).ToHashSet(StringComparer.Ordinal);
        var items = get(generated);
        var prints = generatedPrints is not null && generatedPrints.Count == items.Count ? generatedPrints : Prints(generated);
        var fresh = items.Select((item, i) => (Item: item, Key: KeyOf(prints[i]))).ToList();
        using var hasher = new TextHasher();
        var taken = new bool[fresh.Count];
        var merged = new List<T>();
        foreach (var item in get(onDisk))
        {
            var print = Print(item, hasher);
            var match = FirstFree(KeyOf(print));
            if (match >= 0)
            {
                taken[match] = true;
            }

            if (!written.Contains(print))
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

    private List<string> Prints(Briefing briefing, TextHasher hasher)
    {
        var items = get(briefing);
        var prints = new List<string>(items.Count);
        foreach (var item in items)
        {
            prints.Add(Print(item, hasher));
        }

        return prints;
    }

    private string Print(T item, TextHasher hasher)
    {
        using var text = YamlText.OfValue(Name, yaml(item));
        return Print(item, text.Text.Trim(), hasher);
    }

    // "keyhash:itemhash" of the item's YAML text; text written as plain YAML is its own key, and is hashed once.
    private string Print(T item, ReadOnlySpan<char> text, TextHasher hasher)
    {
        var itemKey = key(item);
        Span<char> print = stackalloc char[(2 * KeyHashLength) + 1];
        hasher.Hash(itemKey, print[..KeyHashLength]);
        print[KeyHashLength] = ':';
        if (text.SequenceEqual(itemKey))
        {
            print[..KeyHashLength].CopyTo(print[(KeyHashLength + 1)..]);
        }
        else
        {
            hasher.Hash(text, print[(KeyHashLength + 1)..]);
        }

        return new string(print);
    }
}
