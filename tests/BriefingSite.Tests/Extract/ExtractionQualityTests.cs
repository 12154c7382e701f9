using BriefingSite.Extract;
using BriefingSite.Model;
using Xunit.Abstractions;

namespace BriefingSite.Tests.Extract;

/// <summary>Measures the extractor against the hand-written gold facts of the seeds (Gold/*.yml) and holds it to floors.</summary>
public class ExtractionQualityTests(ITestOutputHelper output)
{
    [Fact]
    public void Finds_the_facts_a_careful_reader_lists_in_the_seeds()
    {
        // Given every seed with its gold facts
        var scores = new Dictionary<string, FactScore>
        {
            ["entities (typed)"] = FactScore.Zero, ["entities (untyped)"] = FactScore.Zero, ["figures"] = FactScore.Zero,
            ["events"] = FactScore.Zero, ["quotes (with speaker)"] = FactScore.Zero, ["roles"] = FactScore.Zero,
        };
        var clutter = new List<string>();

        // When the extractor runs on each
        foreach (var name in SeedArticles.Names)
        {
            var briefing = FactExtractor.Extract(SeedArticles.Read(name));
            var gold = GoldFacts.Load(name);
            var typed = FactScore.Match(briefing.Entities, gold.Entities, (p, g) => SameEntity(p, g) && p.Type.ToString().Equals(g.Type, StringComparison.OrdinalIgnoreCase));
            var untyped = FactScore.Match(briefing.Entities, gold.Entities, SameEntity);
            var figures = FactScore.Match(briefing.Figures, gold.Figures, (p, g) => Normal(p.Value) == Normal(g));
            var events = FactScore.Match(briefing.Events, gold.Events, (p, g) => p.Date == g);
            var quotes = FactScore.Match(briefing.Quotes, gold.Quotes, (p, g) =>
                Normal(p.Text).StartsWith(Normal(g.Start), StringComparison.Ordinal) && Speaker(p.Speaker) == Speaker(g.Speaker));
            var roles = FactScore.Match(briefing.Entities.Where(e => e.Role is not null), gold.Entities.Where(g => g.Roles.Count > 0), (p, g) =>
                SameEntity(p, g) && g.Roles.Any(r => Normal(r) == Normal(p.Role!)));
            scores["entities (typed)"] += typed;
            scores["entities (untyped)"] += untyped;
            scores["figures"] += figures;
            scores["events"] += events;
            scores["quotes (with speaker)"] += quotes;
            scores["roles"] += roles;
            clutter.AddRange(briefing.Entities.Where(e => gold.Clutter.Any(c => e.Aliases.Prepend(e.Name).Contains(c))).Select(e => $"{name}: {e.Name}"));
            Report(name, briefing, gold);
        }

        // Then each kind of fact reaches its floor
        foreach (var (kind, score) in scores)
        {
            output.WriteLine($"{kind,-24} {score}");
        }

        output.WriteLine($"clutter entities: {clutter.Count} {string.Join("; ", clutter)}");
        Assert.True(scores["entities (typed)"].F1 >= 0.95, "entity F1 " + scores["entities (typed)"]);
        Assert.True(scores["figures"].Recall >= 0.95, "figure recall " + scores["figures"]);
        Assert.True(scores["events"].Recall >= 0.90, "event recall " + scores["events"]);
        Assert.True(scores["quotes (with speaker)"].Recall >= 0.90, "quote recall " + scores["quotes (with speaker)"]);
        Assert.True(scores["roles"].F1 >= 0.85, "role F1 " + scores["roles"]);
        Assert.Empty(clutter);
    }

    private void Report(string name, Briefing briefing, GoldFacts gold)
    {
        output.WriteLine($"== {name}");
        foreach (var e in briefing.Entities.Where(p => !gold.Entities.Any(g => SameEntity(p, g))))
        {
            output.WriteLine($"  extra entity: {e.Name} ({e.Type}) [{string.Join(", ", e.Aliases)}]");
        }

        foreach (var e in briefing.Entities.Where(p => gold.Entities.Any(g => SameEntity(p, g) && !p.Type.ToString().Equals(g.Type, StringComparison.OrdinalIgnoreCase))))
        {
            output.WriteLine($"  mistyped: {e.Name} ({e.Type})");
        }

        foreach (var g in gold.Entities.Where(g => !briefing.Entities.Any(p => SameEntity(p, g))))
        {
            output.WriteLine($"  missed entity: {g.Name} ({g.Type})");
        }

        output.WriteLine("  roles: " + string.Join(" | ", briefing.Entities.Where(e => e.Role is not null).Select(e => $"{e.Name}: {e.Role}")));
        output.WriteLine("  figures: " + string.Join(" | ", briefing.Figures.Select(f => f.Value)));
        output.WriteLine("  events: " + string.Join(" | ", briefing.Events.Select(e => e.Date)));
        output.WriteLine("  quotes: " + string.Join(" | ", briefing.Quotes.Select(q => $"{q.Speaker}: {q.Text[..Math.Min(30, q.Text.Length)]}")));
    }

    private static bool SameEntity(EntityRef predicted, GoldEntity gold)
    {
        var names = gold.Names.Select(Normal).ToHashSet();
        return names.Contains(Normal(predicted.Name));
    }

    private static string Normal(string text) =>
        string.Join(' ', text.Replace('’', '\'').Replace('“', '"').Replace('”', '"').ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries));

    private static string Speaker(string speaker)
    {
        var normal = Normal(speaker);
        return normal.StartsWith("the ", StringComparison.Ordinal) ? normal[4..] : normal;
    }
}
