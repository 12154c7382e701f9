using System.Collections;

namespace BriefingSite.Publish;

/// <summary>Compares front matter values as <see cref="FrontMatterWriter"/> writes them: equal values give the same YAML text.</summary>
public static class WrittenValue
{
    /// <remarks>Follows the writer's cases in its order; values of other types count as equal only when of one type and equal.</remarks>
    public static bool Equal(object? a, object? b) => (a, b) switch
    {
        (null, _) or (_, null) => a is null && b is null,
        (string x, _) => b is string y && x == y,
        (_, string) => false,
        (IEnumerable<KeyValuePair<string, object?>> x, IEnumerable<KeyValuePair<string, object?>> y) => SameMaps(x, y),
        (IEnumerable<KeyValuePair<string, object?>>, _) or (_, IEnumerable<KeyValuePair<string, object?>>) => false,
        (IEnumerable x, IEnumerable y) => SameLists(x, y),
        (IEnumerable, _) or (_, IEnumerable) => false,
        _ => a.GetType() == b.GetType() && a.Equals(b),
    };

    private static bool SameMaps(IEnumerable<KeyValuePair<string, object?>> a, IEnumerable<KeyValuePair<string, object?>> b)
    {
        using var left = a.GetEnumerator();
        using var right = b.GetEnumerator();
        while (left.MoveNext())
        {
            if (!right.MoveNext() || left.Current.Key != right.Current.Key || !Equal(left.Current.Value, right.Current.Value))
            {
                return false;
            }
        }

        return !right.MoveNext();
    }

    private static bool SameLists(IEnumerable a, IEnumerable b)
    {
        var left = a.GetEnumerator();
        var right = b.GetEnumerator();
        while (left.MoveNext())
        {
            if (!right.MoveNext() || !Equal(left.Current, right.Current))
            {
                return false;
            }
        }

        return !right.MoveNext();
    }
}
