using BriefingSite.Model;

namespace BriefingSite.Extract;

/// <summary>The sentences just before a quote's sentence, and the words of it before the quote, where a pronoun
/// speaker ("he said") was last named; read only when a pronoun asks for them, as most quotes name their speaker.</summary>
/// <param name="Sentences">The body sentences.</param>
/// <param name="At">The place of the quote's sentence among them.</param>
/// <param name="Before">The words of the quote's sentence before the quote, when they are read too.</param>
internal readonly record struct EarlierText(IReadOnlyList<BodySentence> Sentences, int At, string? Before = null)
{
    // How far back a pronoun looks for the person it stands for.
    private const int EarlierSentences = 3;

    /// <summary>The words of the quote's sentence before it, when read, then the sentences before it, latest first.</summary>
    public IEnumerable<string> Latest()
    {
        if (Before is not null)
        {
            yield return Before;
        }

        for (var at = At - 1; at >= Math.Max(0, At - EarlierSentences); at--)
        {
            yield return Sentences[at].Text;
        }
    }
}
