using System.Collections.Concurrent;

namespace BriefingSite.Link;

/// <summary><see cref="NameKeys"/> of each distinct name worked out once: a large site repeats "Pakistan" or "Tony Blair" in thousands of briefings.</summary>
/// <remarks>Thread-safe: a resolver works out its nodes' keys side by side.</remarks>
public sealed class NameKeyMemo
{
    private readonly ConcurrentDictionary<string, IReadOnlyList<string>> words = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string> skeletons = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string> nameKeys = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, IReadOnlySet<string>> contentWords = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, (string Key, string Spelled)[]> severalWords = new(StringComparer.Ordinal);

    /// <summary>As <see cref="NameKeys.Words"/>.</summary>
    public IReadOnlyList<string> Words(string name) =>
        words.TryGetValue(name, out var known) ? known : words[name] = NameKeys.Words(name);

    /// <summary>As <see cref="NameKeys.Skeleton"/>.</summary>
    public string Skeleton(string name) =>
        skeletons.TryGetValue(name, out var known) ? known : skeletons[name] = NameKeys.Skeleton(name);

    /// <summary>As <see cref="NameKeys.NameKey"/>.</summary>
    public string NameKey(string name) =>
        nameKeys.TryGetValue(name, out var known) ? known : nameKeys[name] = NameKeys.NameKey(name);

    /// <summary>
    /// For a name of several words that is not an acronym, one item: its <see cref="NameKey"/> and its words without
    /// filler words, joined by spaces; for any other name, none. The same array for the same name: never change it.
    /// </summary>
    public (string Key, string Spelled)[] SeveralWords(string name) =>
        severalWords.TryGetValue(name, out var known) ? known : severalWords[name] =
            !NameKeys.IsAcronym(name) && Words(name) is { Count: > 1 } words
                ? [(NameKey(name), string.Join(' ', words.Where(w => !NameKeys.IsFiller(w))))]
                : [];

    /// <summary>As <see cref="NameKeys.ContentWords"/>.</summary>
    public IReadOnlySet<string> ContentWords(string name) =>
        contentWords.TryGetValue(name, out var known) ? known : contentWords[name] = NameKeys.ContentWords(name);
}
