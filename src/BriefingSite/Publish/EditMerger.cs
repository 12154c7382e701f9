using BriefingSite.Model;

namespace BriefingSite.Publish;

/// <summary>Combines a freshly generated briefing with the one on disk, keeping every field and list item a person changed.</summary>
/// <remarks>
/// A field (or the body) is the user's when its value on disk differs from what the generator last wrote,
/// as recorded by <see cref="FieldHashes"/>. In an edited list field, items are merged one by one (see
/// <see cref="ListField{T}"/>) when the record has per-item prints; otherwise the whole list is the user's.
/// Without any record every existing field counts as the user's. Fields the generator does not know are always kept.
/// </remarks>
public static class EditMerger
{
    public sealed record Result(Briefing Briefing, IReadOnlyList<string> KeptFields);

    /// <param name="generatedPrint">The fingerprint of <paramref name="generated"/> when the caller has it: nothing in it is hashed again.</param>
    public static Result Merge(Briefing generated, Briefing? onDisk, Fingerprint? lastWritten, bool force, Fingerprint? generatedPrint = null)
    {
        if (onDisk is null)
        {
            return new Result(generated, []);
        }

        var merged = generated with { Extra = onDisk.Extra };
        if (force)
        {
            return new Result(merged, []);
        }

        // Fields on disk that equal the generated ones share their hashes: only the others are written out and hashed.
        var fresh = generatedPrint?.Fields ?? FieldHashes.FieldsOf(generated);
        var current = FieldHashes.FieldsOf(onDisk, generated, fresh);
        var edited = current.Keys
            .Where(field => lastWritten is null || !lastWritten.Fields.TryGetValue(field, out var hash) || hash != current[field])
            .ToList();
        if (edited.Count == 0)
        {
            return new Result(merged, []);
        }

        foreach (var field in edited)
        {
            merged = ListField.Named(field) is { } list && lastWritten is not null && lastWritten.Items.TryGetValue(field, out var items)
                ? list.Merge(merged, onDisk, items, generatedPrint?.Items.GetValueOrDefault(field))
                : Take(field, merged, onDisk);
        }

        // A user-edited value equal to the new one is no edit worth reporting.
        var after = FieldHashes.FieldsOf(merged, generated, fresh);
        var kept = edited.Where(f => after[f] != fresh[f]).ToList();
        return new Result(merged, kept);
    }

    private static Briefing Take(string field, Briefing into, Briefing from) => field switch
    {
        "title" => into with { Title = from.Title },
        "slug" => into with { Slug = from.Slug },
        "date" => into with { Date = from.Date },
        "author" => into with { Authors = from.Authors },
        "source" => into with { Source = from.Source },
        "summary" => into with { Summary = from.Summary },
        "key_points" => into with { KeyPoints = from.KeyPoints },
        "tags" => into with { Tags = from.Tags },
        "entities" => into with { Entities = from.Entities },
        "figures" => into with { Figures = from.Figures },
        "events" => into with { Events = from.Events },
        "quotes" => into with { Quotes = from.Quotes },
        "related" => into with { Related = from.Related },
        "sources" => into with { Sources = from.Sources },
        FieldHashes.BodyField => into with { Body = from.Body },
        _ => into,
    };
}
