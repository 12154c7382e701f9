using BriefingSite.Cache;
using BriefingSite.Link;
using BriefingSite.Model;

namespace BriefingSite.Publish;

/// <summary>Writes freshly extracted briefings into the content folder, merged with what is there so hand edits survive.</summary>
public static class BriefingUpdater
{
    /// <param name="wrote">Receives the full path and the bytes of every briefing file written, in article order.</param>
    /// <returns>How many briefing files changed.</returns>
    public static int Update(ContentFolder content, IReadOnlyList<Briefing> generated, bool force, List<Diagnostic> problems, out IReadOnlyList<string> handEdits, Action<string, byte[]>? wrote = null)
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
        PhaseClock.Mark("merge: load briefings");
        var linked = CrossLinker.Unify(targets.Select(t => t.Generated).Concat(others).ToList(), content.LoadEntityFiles(problems));
        PhaseClock.Mark("unify: related briefings");

        // Merging and writing are per briefing and run in parallel; the state and the reports are updated in article order.
        var state = EditState.Load(content.Path);
        var plans = targets.Zip(linked).AsParallel().AsOrdered()
            .Select(pair => Plan(content, pair.First.File, pair.First.OnDisk, pair.Second, state, force))
            .ToList();
        var edits = new List<string>();
        foreach (var plan in plans)
        {
            edits.AddRange(plan.Edits);
            state.Begin(plan.Source, plan.Written, plan.LastWritten);
        }

        // The state names both versions while files are written, so a run killed half-way leaves nothing that looks like a hand edit.
        state.Save(content.Path);
        PhaseClock.Mark("merge: plan, edit state");
        var outcomes = plans.AsBalancedParallel().AsOrdered().Select(plan => Write(content, plan.File, plan.Briefing, plan.Bytes)).ToList();
        var written = 0;
        for (var i = 0; i < plans.Count; i++)
        {
            switch (outcomes[i])
            {
                case (true, _, var seed, var bytes):
                    written++;
                    wrote?.Invoke(plans[i].File, bytes!);
                    if (seed is var (key, entry))
                    {
                        content.Remember(key, entry);
                    }

                    break;
                case (_, { } problem, _, _):
                    problems.Add(problem);
                    state.Undo(plans[i].Source);
                    break;
            }
        }

        state.Commit();
        state.Save(content.Path);
        handEdits = edits;
        return written;
    }

    /// <returns>What to write, with its bytes when they are the generated briefing's (written once, to hash it).</returns>
    private static (string File, string Source, Briefing Briefing, byte[]? Bytes, Fingerprint Written, Fingerprint? LastWritten, List<string> Edits) Plan(
        ContentFolder content, string file, Briefing? onDisk, Briefing generated, EditState state, bool force)
    {
        var source = generated.Source!.File;
        var lastWritten = state.For(source, onDisk);
        using var texts = FieldTexts.Of(generated);
        var written = FieldHashes.Of(generated, texts, lastWritten);
        var merged = EditMerger.Merge(generated, onDisk, lastWritten, force, written);
        var bytes = WrittenAlike(merged.Briefing, generated) ? FrontMatterWriter.Utf8(texts.Document, generated.Body) : null;
        var edits = merged.KeptFields.Select(f => $"{content.Display(file)}: {f}").ToList();
        if (force && onDisk is not null)
        {
            var overwritten = EditMerger.Merge(generated, onDisk, lastWritten, force: false, written).KeptFields;
            edits.AddRange(overwritten.Select(f => $"{content.Display(file)}: {f} (overwritten)"));
        }

        return (file, source, merged.Briefing, bytes, written, lastWritten, edits);
    }

    // Equal records are written as the same bytes (their lists are the same objects, their texts equal); a person's own fields are not in the texts.
    private static bool WrittenAlike(Briefing merged, Briefing generated) =>
        merged.Extra.Count == 0 && generated.Extra.Count == 0 && (ReferenceEquals(merged, generated) || (merged with { Extra = generated.Extra }).Equals(generated));

    // A changed file comes with its bytes and the cache entry that reading it back would make, so the next load need not parse it.
    private static (bool Changed, Diagnostic? Problem, (string, StoredBriefing)? Seed, byte[]? Bytes) Write(ContentFolder content, string file, Briefing briefing, byte[]? written)
    {
        try
        {
            var bytes = written ?? FrontMatterWriter.Utf8(briefing);
            return AtomicFile.Write(file, bytes) ? (true, null, content.Written(file, bytes, briefing), bytes) : (false, null, null, null);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            return (false, new Diagnostic(content.Display(file), null, null, "cannot write briefing: " + error.Message), null, null);
        }
    }

    private static (Briefing, string, Briefing?) Claim(Briefing briefing, SlugAssigner slugs, ContentFolder content)
    {
        var slug = slugs.Claim(briefing.Slug);
        return (briefing with { Slug = slug }, content.FileFor(slug), null);
    }
}
