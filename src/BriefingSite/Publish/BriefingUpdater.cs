using BriefingSite.Link;
using BriefingSite.Model;

namespace BriefingSite.Publish;

/// <summary>Writes freshly extracted briefings into the content folder, merged with what is there so hand edits survive.</summary>
public static class BriefingUpdater
{
    /// <param name="writtenFiles">Receives the full path of every briefing file written.</param>
    /// <returns>How many briefing files changed.</returns>
    public static int Update(ContentFolder content, IReadOnlyList<Briefing> generated, bool force, List<Diagnostic> problems, out IReadOnlyList<string> handEdits, ICollection<string>? writtenFiles = null)
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
        var planned = new List<(string File, string Source, Briefing Briefing)>();
        for (var i = 0; i < targets.Count; i++)
        {
            var (_, file, onDisk) = targets[i];
            var source = linked[i].Source!.File;
            var lastWritten = state.For(source, onDisk);
            var merged = EditMerger.Merge(linked[i], onDisk, lastWritten, force);
            edits.AddRange(merged.KeptFields.Select(f => $"{content.Display(file)}: {f}"));
            if (force)
            {
                var overwritten = onDisk is null ? [] : EditMerger.Merge(linked[i], onDisk, lastWritten, force: false).KeptFields;
                edits.AddRange(overwritten.Select(f => $"{content.Display(file)}: {f} (overwritten)"));
            }

            planned.Add((file, source, merged.Briefing));
            state.Begin(source, FieldHashes.Of(linked[i]), lastWritten);
        }

        // The state names both versions while files are written, so a run killed half-way leaves nothing that looks like a hand edit.
        state.Save(content.Path);
        var written = 0;
        foreach (var (file, source, briefing) in planned)
        {
            switch (Write(content, file, briefing, problems))
            {
                case true:
                    written++;
                    writtenFiles?.Add(file);
                    break;
                case null:
                    state.Undo(source);
                    break;
            }
        }

        state.Commit();
        state.Save(content.Path);
        handEdits = edits;
        return written;
    }

    private static bool? Write(ContentFolder content, string file, Briefing briefing, List<Diagnostic> problems)
    {
        try
        {
            return AtomicFile.Write(file, FrontMatterWriter.Write(briefing));
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            problems.Add(new Diagnostic(content.Display(file), null, null, "cannot write briefing: " + error.Message));
            return null;
        }
    }

    private static (Briefing, string, Briefing?) Claim(Briefing briefing, SlugAssigner slugs, ContentFolder content)
    {
        var slug = slugs.Claim(briefing.Slug);
        return (briefing with { Slug = slug }, content.FileFor(slug), null);
    }
}
