using BriefingSite.Model;

namespace BriefingSite.Link;

/// <summary>Ties each figure and event of a briefing to the entities it concerns: those its sentence names.</summary>
public static class FactPlacer
{
    /// <param name="named">Sentence number to the entities of the briefing that sentence names.</param>
    public static IEnumerable<StatedFact> Place(Briefing briefing, IReadOnlyDictionary<int, List<EntityRef>> named)
    {
        foreach (var figure in briefing.Figures)
        {
            var statement = new FactStatement(briefing.Slug, figure.Sentence, figure.Value, figure.About);
            foreach (var entity in Concerned(briefing, named, figure.Sentence, figure.About))
            {
                yield return new StatedFact("figure", entity, statement, figure.About, Figure: figure);
            }
        }

        foreach (var dated in briefing.Events)
        {
            var statement = new FactStatement(briefing.Slug, dated.Sentence, dated.Date, dated.Text);
            foreach (var entity in Concerned(briefing, named, dated.Sentence, dated.Text))
            {
                yield return new StatedFact("event", entity, statement, dated.Text, Event: dated);
            }
        }
    }

    // Without a sentence number, the fact's own text is the sentence to look in.
    private static IEnumerable<string> Concerned(Briefing briefing, IReadOnlyDictionary<int, List<EntityRef>> named, int? sentence, string text) =>
        (sentence is int n
            ? named.GetValueOrDefault(n) ?? []
            : briefing.Entities.Where(e => e.Aliases.Prepend(e.Name).Any(a => a.Length > 1 && MentionFinder.ContainsWord(text, a))))
        .Select(e => e.Id).Distinct(StringComparer.Ordinal);
}
