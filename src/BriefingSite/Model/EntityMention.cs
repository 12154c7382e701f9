namespace BriefingSite.Model;

/// <summary>A sentence of a briefing that mentions an entity.</summary>
public sealed record EntityMention(string BriefingSlug, int Sentence, string Text);
