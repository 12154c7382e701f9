namespace BriefingSite.Model;

/// <summary>A sentence of a briefing body: its 1-based number, the 0-based block it sits in, and its text.</summary>
public sealed record BodySentence(int Number, int Block, string Text);
