using BriefingSite.Link;
using BriefingSite.Model;

namespace BriefingSite.Publish;

/// <summary>Writes freshly extracted briefings into the content folder, merged with what is there so hand edits survive.</summary>
public static class BriefingUpdater
{
    /// <returns>How many briefing files changed.</returns>
    public static int Update(ContentFolder content, IReadOnlyList<Briefing> generated, bool force, List<Diagnostic> problems, out IReadOnlyList<string> handEdits)
    {
        var existing = content.LoadBriefings(problems);
        var bySource = new Dictionary<string, (string File, Briefing Briefing)>(StringComparer.Ordinal);
        foreach (var entry in existing.Where(e => e.Briefing.Source is not null))
        {
            bySource.TryAdd(entry.Briefing.Source!.File, entry);
        }

        // Each article keeps the file and slug it already has; a new one claims a free slug.
        var slugs = new SlugAssigner(existing.Select(e => e.Briefing.Slug).Concat(content.BrokenFiles.Select(f => Path.GetFileNameWithoutExtension(f))));
        var targets = new List<(Briefing Generated, string File, Briefing? OnDisk)>();
        foreach (var briefing in generated)
        {
            var file = briefing.Source!.File;

            // Its briefing is most likely the broken file of the same name: leave both alone until it is fixed.
            if (!bySource.ContainsKey(file) && content.BrokenFiles.Contains(content.FileFor(briefing.Slug)))
            {
                continue;
            }

            targets.Add(bySource.TryGetValue(file, out var onDisk)
                ? (briefing with { Slug = onDisk.Briefing.Slug }, onDisk.File, onDisk.Briefing)
                : Claim(briefing, slugs, content));
        }

        var matched = targets.Select(t => t.File).ToHashSet(StringComparer.Ordinal);
        var others = existing.Where(e => !matched.Contains(e.File)).Select(e => e.Briefing);
        var linked = CrossLinker.Unify(targets.Select(t => t.Generated).Concat(others).ToList(), content.LoadEntityFiles(problems));

        var state = EditState.Load(content.Path);
        var edits = new List<string>();
        var written = 0;
        for (var i = 0; i < targets.Count; i++)
        {
            var (_, file, onDisk) = targets[i];
            var source = linked[i].Source!.File;
            var merged = EditMerger.Merge(linked[i], onDisk, state.For(source), force);
            edits.AddRange(merged.KeptFields.Select(f => $"{content.Display(file)}: {f}"));
            if (force)
            {
                var overwritten = onDisk is null ? [] : EditMerger.Merge(linked[i], onDisk, state.For(source), force: false).KeptFields;
                edits.AddRange(overwritten.Select(f => $"{content.Display(file)}: {f} (overwritten)"));
            }

            state.Set(source, FieldHashes.Of(linked[i]));
            if (AtomicFile.Write(file, FrontMatterWriter.Write(merged.Briefing)))
            {
                written++;
            }
        }

        state.Save(content.Path);
        handEdits = edits;
        return written;
    }

    private static (Briefing, string, Briefing?) Claim(Briefing briefing, SlugAssigner slugs, ContentFolder content)
    {
        var slug = slugs.Claim(briefing.Slug);
        return (briefing with { Slug = slug }, content.FileFor(slug), null);
    }
}
