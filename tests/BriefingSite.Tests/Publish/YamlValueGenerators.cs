using FsCheck;
using FsCheck.Fluent;

namespace BriefingSite.Tests.Publish;

/// <summary>Random front matter values for comparing YAML writers: awkward strings, numbers, nested lists and maps.</summary>
public static class YamlValueGenerators
{
    private static readonly string[] Awkward =
    [
        "", " ", "  ", "a", "yes", "No", "null", "Null", "~", "true", "FALSE", "on", "1", "-3", "+1", "1.5", ".5", "1.", "1e3", "1E+20",
        "0x1F", "0o17", "1_000", "1,000", "2024-01-01", "2024-01-01T10:00", "Infinity", "NaN", ".inf", "-.INF", ".nan",
        "'", "''", "'a'", "a'b", "\"", "\"a\"", "\\", "\\n", ":", ": ", "a:", "a: b", "a:b", "::", "?", "? a", "?a", "-", "- ", "- a", "-a",
        "--", "---", "---a", "...", "....", "#", "# c", "a #b", "a#b", "a# b", ",", "a,b", "[", "]", "[x]", "{", "}", "{y: z}", "&a", "*a",
        "!t", "|", ">", "%", "@", "`", "a  b", " lead", "trail ", "\t", "a\tb", "\n", "\n\n", "a\nb", "a\n\nb", "a \nb", "a\n b", "\r",
        "\r\n", "a\rb", "\0", "\u0001", "\u001b", "\u007f", "\u0085", "\u0080", "\u009f", "\u00a0", "a\u00a0", "\u2028", "\u2029",
        "\ufeff", "\ufffe", "\uffff", "\ue000", "é", "日本語", "🙂", "a🙂b", "tags", "aliases", "author", "related", "title",
        "Pakistan’s", "“quoted”", "x y z", "100%", "$5", "£20,", "1 + 1", "a=b", "<b>", "C#", "F# 1",
    ];

    /// <summary>Text made of awkward pieces, random unicode and plain words; lone surrogates excluded (no UTF-8 file holds one).</summary>
    public static Gen<string> Text { get; } = Gen.OneOf(
        Gen.Elements(Awkward),
        Gen.Elements(Awkward).ListOf().Select(pieces => string.Concat(pieces.Take(5))),
        ArbMap.Default.GeneratorFor<string>().Where(s => s is not null && IsWellFormed(s)),
        Gen.Elements("a", " ", "b", "'", ":", "#", "\n", "-", "🙂", "\u0085").ListOf().Select(cs => string.Concat(cs.Take(12))),
        Gen.Constant(new string('k', 1024)),
        Gen.Constant(new string('k', 1025)));

    private static Gen<object?> Scalar { get; } = Gen.OneOf(
        Text.Select(s => (object?)s),
        ArbMap.Default.GeneratorFor<long>().Select(n => (object?)n),
        ArbMap.Default.GeneratorFor<int>().Select(n => (object?)n),
        ArbMap.Default.GeneratorFor<double>().Select(n => (object?)n),
        ArbMap.Default.GeneratorFor<decimal>().Select(n => (object?)n),
        Gen.Elements<object?>(null, true, false, new DateOnly(2025, 1, 1), new DateOnly(999, 12, 31), 'c', 1.5f));

    /// <summary>A scalar, list or map, nested a few levels deep.</summary>
    public static Gen<object?> Value { get; } = Gen.Sized(size => ValueOf(Math.Min(size, 3)));

    public static Arbitrary<YamlCase> Case() => Arb.From(
        from key in Gen.OneOf(Gen.Elements("summary", "tags", "key_points", "aliases", "entities", "author"), Text)
        from value in Value
        select new YamlCase(key, value));

    private static Gen<object?> ValueOf(int depth) => depth == 0
        ? Scalar
        : Gen.Frequency(
            (3, Scalar),
            (1, ValueOf(depth - 1).ListOf().Select(items => (object?)items.Take(4).ToList())),
            (1, Gen.Zip(Gen.OneOf(Text, Gen.Elements("tags", "aliases", "name")), ValueOf(depth - 1)).ListOf()
                .Select(pairs => (object?)pairs.Take(4).Select(p => KeyValuePair.Create(p.Item1, p.Item2)).ToList())));

    private static bool IsWellFormed(string text) => System.Text.Encoding.UTF8.GetString(System.Text.Encoding.UTF8.GetBytes(text)) == text;
}

/// <summary>One field's name and value.</summary>
public sealed record YamlCase(string Key, object? Value);
