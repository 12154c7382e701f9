using BriefingSite.Link;
using BriefingSite.Model;

namespace BriefingSite.Tests.Render;

/// <summary>
/// A linked site of made-up briefings with many words each (accents, cases, digits, other scripts, common words), some
/// words frequent and some rare, so the search index has to choose which words each briefing keeps.
/// </summary>
internal static class WordySite
{
    private static readonly string[] Special =
    [
        "Café", "café", "CAFE", "naïve", "Ørsted", "İstanbul", "straße", "ΑΘΗΝΑ", "日本語", "x", "ab", "the", "and", "said", "123",
        "4567", "1,234", "U.S.", "don’t", "🙂emoji", "e\u0301te", "Ωmega", "ﬁne", "Ⅻ", "٣٤٥", "co-operate", "a.b.c",
    ];

    private static readonly string[] Separators = [" ", " ", " ", ", ", "—", " “", "” ", "-", ". ", "\u00a0"];

    private static readonly string[] Names = ["Jonathan Finer", "Pakistan", "United States", "Maria Lopez", "Harbour Board", "Zoë Ångström"];

    public static Site Build(int seed, int count)
    {
        var random = new Random(seed);
        var vocabulary = Enumerable.Range(0, 400).Select(n => n % 7 == 0 ? $"Word{n}" : $"word{n}").Concat(Special).ToArray();
        string Words(int min, int max) => string.Concat(Enumerable.Range(0, random.Next(min, max))
            .Select(_ => vocabulary[random.Next(random.Next(1, vocabulary.Length))] + Separators[random.Next(Separators.Length)]));

        var briefings = Enumerable.Range(0, count).Select(n => new Briefing
        {
            Title = Words(2, 8),
            Slug = $"briefing-{n}",
            Date = random.Next(4) == 0 ? null : new DateOnly(2024, 1, 1).AddDays(random.Next(400)),
            Summary = Words(10, 120),
            KeyPoints = [.. Enumerable.Range(0, random.Next(5)).Select(_ => Words(3, 25))],
            Tags = [.. Enumerable.Range(0, random.Next(4)).Select(_ => $"tag-{random.Next(6)}")],
            Entities = [.. Names.Where(_ => random.Next(3) == 0).Select(name => new EntityRef
            {
                Name = name,
                Id = name.ToLowerInvariant().Replace(' ', '-'),
                Type = name.Contains(' ', StringComparison.Ordinal) ? EntityType.Person : EntityType.Place,
            })],
            Figures = [.. Enumerable.Range(0, random.Next(3)).Select(_ => new Figure { Value = $"{random.Next(1000)} km", About = Words(2, 10) })],
            Events = [.. Enumerable.Range(0, random.Next(3)).Select(_ => new DatedEvent { Date = "2024-12", Text = Words(3, 15) })],
            Quotes = [.. Enumerable.Range(0, random.Next(3)).Select(_ => new Quote { Speaker = Names[random.Next(Names.Length)], Text = Words(3, 20) })],
            Body = Words(5, 30),
        }).ToList();
        return CrossLinker.Link(briefings, [], new SiteSettings());
    }
}
