namespace BriefingSite.Publish;

/// <summary>Where each value of a mapping document lies in its text, and each item of a value that is a list.</summary>
/// <remarks>Filled by <see cref="YamlText.OfMapping"/>; a span runs from just after the key's colon (or the item's indicator) to the value's last character.</remarks>
internal sealed class ValueSpans
{
    private readonly List<(string Key, object? Value, int Start, int End, int FirstItem)> fields = new(16);
    private readonly List<(object? Value, int Start, int End, bool Flow)> items = new(64);
    private int pendingItems;

    public int Count => fields.Count;

    public (string Key, object? Value, int Start, int End) Field(int field)
    {
        var (key, value, start, end, _) = fields[field];
        return (key, value, start, end);
    }

    /// <summary>How many items the field's list value has (none for any other value).</summary>
    public int ItemCount(int field) => (field + 1 < fields.Count ? fields[field + 1].FirstItem : items.Count) - fields[field].FirstItem;

    public (object? Value, int Start, int End, bool Flow) Item(int field, int item) => items[fields[field].FirstItem + item];

    public int IndexOf(string key)
    {
        for (var i = 0; i < fields.Count; i++)
        {
            if (fields[i].Key == key)
            {
                return i;
            }
        }

        return -1;
    }

    internal void Item(object? value, int start, int end, bool flow) => items.Add((value, start, end, flow));

    // The items recorded since the last field are this field's.
    internal void Field(string key, object? value, int start, int end)
    {
        fields.Add((key, value, start, end, pendingItems));
        pendingItems = items.Count;
    }
}
