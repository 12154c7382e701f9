using BriefingSite.Model;

namespace BriefingSite.Extract;

/// <summary>Finds the key facts of an article and writes them as a briefing (entity ids local to it until linking).</summary>
public static class FactExtractor
{
    public static Briefing Extract(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var body = BodyWriter.Write(article.Blocks);

        // Facts are found in the body as written, so their sentence numbers are the page's sentence anchors.
        var sentences = BodySentences.Enumerate(body).Select(Unescaped).ToList();
        var tokenized = new TokenizedSentences([.. sentences.Select(s => s.Text)]);
        var entities = EntityFinder.Find(tokenized);
        var quotes = QuoteFinder.Find(sentences, entities);
        var (summary, keyPoints) = Summarizer.Summarize(sentences, tokenized, entities, quotes);
        return new Briefing
        {
            Title = article.Title,
            Slug = Slugger.Slug(article.Title),
            Date = article.Date,
            Authors = article.Authors,
            Source = new SourceInfo { File = article.File, Url = article.Url, Sha256 = article.Sha256 },
            Summary = summary,
            KeyPoints = keyPoints,
            Tags = Tags(article, Tagger.Tag(tokenized, entities)),
            Entities = entities.Entities,
            Figures = FigureFinder.Find(sentences),
            Events = DateFinder.Find(sentences, article.Date),
            Quotes = quotes,
            Sources = article.Sources,
            Body = body,
        };
    }

    // The tags the article was saved with come first, every one of them; found ones follow up to the usual number.
    private static List<string> Tags(Article article, IReadOnlyList<string> found) =>
        [.. article.Tags.Concat(found).Distinct(StringComparer.Ordinal).Take(Math.Max(Tagger.MaxTags, article.Tags.Count))];

    private static BodySentence Unescaped(BodySentence sentence) =>
        BodyWriter.Unescape(sentence.Text) is var text && ReferenceEquals(text, sentence.Text) ? sentence : sentence with { Text = text };
}
