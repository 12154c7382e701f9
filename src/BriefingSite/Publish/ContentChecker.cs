using BriefingSite.Model;

namespace BriefingSite.Publish;

/// <summary>Checks the content folder as a whole: each file against the contract, then links between files.</summary>
public static class ContentChecker
{
    /// <returns>Every problem found, and how many briefings could be read.</returns>
    public static (IReadOnlyList<Diagnostic> Problems, int Briefings) Check(ContentFolder content)
    {
        var problems = new List<Diagnostic>();
        var briefings = content.LoadBriefings(problems);
        var entityFiles = content.LoadEntityFiles(problems);
        var slugs = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (file, briefing) in briefings)
        {
            if (!slugs.TryAdd(briefing.Slug, file))
            {
                problems.Add(At(content, file, "slug:", briefing.Slug, $"slug '{briefing.Slug}' is already used by {content.Display(slugs[briefing.Slug])}"));
            }
        }

        foreach (var (file, briefing) in briefings)
        {
            foreach (var missing in briefing.Related.Where(r => !slugs.ContainsKey(r)))
            {
                problems.Add(At(content, file, "related:", missing, $"related briefing '{missing}' does not exist"));
            }

            var count = BodySentences.Enumerate(briefing.Body).Count;
            var pointers = briefing.Figures.Select(f => f.Sentence).Concat(briefing.Events.Select(e => e.Sentence)).Concat(briefing.Quotes.Select(q => q.Sentence));
            foreach (var n in pointers.OfType<int>().Where(n => n > count).Distinct())
            {
                var number = n.ToString(System.Globalization.CultureInfo.InvariantCulture);
                problems.Add(At(content, file, "sentence:", number, $"a fact points to sentence {n}, but the body has {count} sentences"));
            }
        }

        var entityIds = briefings.SelectMany(b => b.Briefing.Entities.Select(e => e.Id)).ToHashSet(StringComparer.Ordinal);
        foreach (var file in entityFiles.Where(f => !entityIds.Contains(f.Id) && f.Aliases.Count == 0))
        {
            problems.Add(new Diagnostic(content.Display(Path.Combine(content.Path, ContentFolder.EntitiesFolder, file.Id + ".md")), 1, 1,
                $"no briefing has an entity with id '{file.Id}' (add aliases to merge entities into it)"));
        }

        return (problems, briefings.Count);
    }

    // Line and column of the first line that holds both the field and the value, for an editor to jump to.
    private static Diagnostic At(ContentFolder content, string file, string field, string value, string message)
    {
        var lines = File.ReadAllLines(file);
        var inField = false;
        for (var i = 0; i < lines.Length; i++)
        {
            inField = lines[i].StartsWith(field, StringComparison.Ordinal) || (inField && lines[i].StartsWith(' ')) || lines[i].TrimStart().StartsWith(field, StringComparison.Ordinal);
            var column = lines[i].IndexOf(value, StringComparison.Ordinal);
            if (inField && column >= 0)
            {
                return new Diagnostic(content.Display(file), i + 1, column + 1, message);
            }
        }

        return new Diagnostic(content.Display(file), 1, 1, message);
    }
}
