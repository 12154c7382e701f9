using BriefingSite.Model;

namespace BriefingSite.Extract;

/// <summary>The sentences just before a quote's sentence, and the words of it before the quote, where a pronoun
/// speaker ("he said") was last named; joined only when a pronoun asks for them, as most quotes name their speaker.</summary>
/// <param name="Sentences">The body sentences.</param>
/// <param name="At">The place of the quote's sentence among them.</param>
/// <param name="Before">The words of the quote's sentence before the quote, when they are read too.</param>
internal readonly record struct EarlierText(IReadOnlyList<BodySentence> Sentences, int At, string? Before = null)
{
    // How far back a pronoun looks for the person it stands for.
    private const int EarlierSentences = 3;

    public string Text()
    {
        var earlier = string.Join(' ', Sentences.Skip(Math.Max(0, At - EarlierSentences)).Take(Math.Min(At, EarlierSentences)).Select(s => s.Text));
        return Before is null ? earlier : earlier + " " + Before;
    }
}
