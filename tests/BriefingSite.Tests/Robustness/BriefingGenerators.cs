using BriefingSite.Model;
using FsCheck;
using FsCheck.Fluent;

namespace BriefingSite.Tests.Robustness;

/// <summary>Random briefings for property tests: unicode text mixed with strings YAML reads as something else.</summary>
public static class BriefingGenerators
{
    private static readonly string[] Special =
    [
        "yes", "No", "null", "~", "true", "- x", ": ", "a: b", "#", "# c", "a #b", "'", "\"", "''", "[x]", "{y: z}", " ", "  lead",
        "trail ", "\n", "a\nb", "\t", "2024-01-01", "1e3", "0x1F", "+1", ".5", "@at", "`tick", "&anchor", "*alias", "!tag", "%", "|",
        ">", "---", "...", "é", "日本語", "🙂", "\u2028", "\\", "\r\n", "\0", ",", "?", "-",
    ];

    public static Arbitrary<Briefing> Briefing() => Arb.From(Any);

    public static Arbitrary<BriefingEdit> Edit() => Arb.From(
        from kind in Gen.Elements(Enum.GetValues<BriefingEdit.Kind>())
        from text in Content
        select new BriefingEdit(kind, text));

    public static Gen<string> Text { get; } = Gen.OneOf(
        Gen.Elements(Special),
        ArbMap.Default.GeneratorFor<string>().Where(s => s is not null && IsWellFormed(s)),
        Gen.Elements(Special).ListOf(3).Select(string.Concat));

    /// <summary>Text a reader requires to hold something: not empty and not only white space.</summary>
    public static Gen<string> Content { get; } = Text.Select(t => string.IsNullOrWhiteSpace(t) ? "x" + t : t);

    public static Gen<string> Slug { get; } = Gen.Elements("a", "b-2", "strategic-standoff", "x1", "zz-top-9").Select(s => s);

    private static Gen<int?> Sentence { get; } = Gen.OneOf(Gen.Constant<int?>(null), Gen.Choose(1, 500).Select(n => (int?)n));

    private static Gen<EntityRef> Entity { get; } =
        from name in Content
        from id in Slug
        from type in Gen.Elements(Enum.GetValues<EntityType>())
        from role in Gen.OneOf(Gen.Constant<string?>(null), Content.Select(r => (string?)r))
        from aliases in Content.ListOf(2)
        select new EntityRef { Name = name, Id = id, Type = type, Role = role, Aliases = aliases.ToList() };

    private static Gen<Briefing> Any { get; } =
        from title in Content
        from slug in Slug
        from summary in Text
        from points in Text.ListOf(3)
        from tags in Text.ListOf(3)
        from entities in Entity.ListOf(3)
        from figures in (from v in Content from a in Text from s in Sentence select new Figure { Value = v, About = a, Sentence = s }).ListOf(2)
        from events in (from d in Gen.Elements("2024-12-19", "2024-12", "2024", "--12-19", "--12") from t in Content from s in Sentence
                        select new DatedEvent { Date = d, Text = t, Sentence = s }).ListOf(2)
        from quotes in (from sp in Content from t in Content from s in Sentence select new Quote { Speaker = sp, Text = t, Sentence = s }).ListOf(2)
        from note in Text
        from body in Text.ListOf(4)
        select new Briefing
        {
            Title = title,
            Slug = slug,
            Date = new DateOnly(2025, 1, 1),
            Authors = [.. points.Take(1).Where(p => !string.IsNullOrWhiteSpace(p))],
            Source = new SourceInfo { File = "seeds/a.txt", Url = "https://example.org/" + slug, Sha256 = "abc" },
            Summary = summary,
            KeyPoints = points.ToList(),
            Tags = tags.ToList(),
            Entities = entities.DistinctBy(e => e.Id).ToList(),
            Figures = figures.ToList(),
            Events = events.ToList(),
            Quotes = quotes.ToList(),
            Related = [slug],
            Sources = tags.ToList(),
            Extra = new Dictionary<string, object?> { ["my_note"] = note },
            Body = string.Join("\n\n", body),
        };

    // A lone surrogate cannot be stored in a UTF-8 file, so no briefing read from disk holds one.
    private static bool IsWellFormed(string text) => System.Text.Encoding.UTF8.GetString(System.Text.Encoding.UTF8.GetBytes(text)) == text;
}
