using BriefingSite.Model;

namespace BriefingSite.Extract;

/// <summary>A sentence as ranked for the summary: the sentence, its place in the list ranked, and its score.</summary>
internal readonly record struct RankedSentence(BodySentence Sentence, int Index, double Score);
