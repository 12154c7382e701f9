namespace BriefingSite.Extract;

/// <summary>The sentences of one article with their words, split once for every finder that reads them.</summary>
internal sealed class TokenizedSentences
{
    public TokenizedSentences(IReadOnlyList<string> texts)
    {
        Texts = texts;
        Tokens = [.. texts.Select(Tokenizer.Tokenize)];
    }

    public IReadOnlyList<string> Texts { get; }

    /// <summary>The words of each sentence, in the order of <see cref="Texts"/>.</summary>
    public IReadOnlyList<IReadOnlyList<Token>> Tokens { get; }

    public int Count => Texts.Count;
}
