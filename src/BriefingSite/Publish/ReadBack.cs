using BriefingSite.Model;

namespace BriefingSite.Publish;

/// <summary>What reading a briefing's file back gives, worked out from the briefing written instead of parsing the file.</summary>
/// <remarks>
/// The writer quotes every text a reader would take for something else, so the values come back as written; only the
/// body is trimmed, and a value the reader rejects makes the file broken. When either is unsure (unknown fields, whose
/// values are whatever YAML makes of them), the answer is null and the file is parsed as usual.
/// </remarks>
public static class ReadBack
{
    /// <summary>The briefing the reader makes of <see cref="FrontMatterWriter.Write"/>'s text of <paramref name="written"/>; null when unsure.</summary>
    public static Briefing? Of(Briefing written) => Readable(written) ? written with { Body = FrontMatterWriter.BodyText(written.Body) } : null;

    // The checks of BriefingFileReader, on values rather than YAML nodes.
    private static bool Readable(Briefing b) =>
        b.Extra.Count == 0
        && !string.IsNullOrWhiteSpace(b.Title) && Slugs.IsValid(b.Slug)
        && b.Source is null or { File.Length: > 0 }
        && b.Summary is not null
        && Texts(b.Authors) && Texts(b.KeyPoints) && Texts(b.Tags) && Texts(b.Related) && Texts(b.Sources)
        && b.Entities.All(e => e.Name is { Length: > 0 } && e.Id is not null && Slugs.IsValid(e.Id) && Enum.IsDefined(e.Type) && Texts(e.Aliases))
        && b.Figures.All(f => f.Value is { Length: > 0 } && f.About is not null && Sentence(f.Sentence))
        && b.Events.All(e => e.Date is { Length: > 0 } && PartialDates.IsValid(e.Date) && e.Text is { Length: > 0 } && Sentence(e.Sentence))
        && b.Quotes.All(q => q.Speaker is { Length: > 0 } && q.Text is { Length: > 0 } && Sentence(q.Sentence));

    private static bool Texts(IReadOnlyList<string> list) => list.All(t => t is not null);

    private static bool Sentence(int? number) => number is null or > 0;
}
