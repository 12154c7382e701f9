namespace BriefingSite.Model;

/// <summary>One briefing's statement of a figure or event: its value ("2,750 km" or a date), its text and its sentence.</summary>
public sealed record FactStatement(string BriefingSlug, int? Sentence, string Value, string Text);
