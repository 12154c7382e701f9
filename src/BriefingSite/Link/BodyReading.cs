using BriefingSite.Model;

namespace BriefingSite.Link;

/// <summary>What one briefing's body says of its entities: the sentences naming each, its facts placed on them, its quotes with their speakers.</summary>
/// <param name="Mentions">Each entity of the briefing, in its order, with the body sentences that name it.</param>
public sealed record BodyReading(
    IReadOnlyList<(EntityRef Entity, IReadOnlyList<BodySentence> Sentences)> Mentions,
    IReadOnlyList<StatedFact> Facts,
    IReadOnlyList<(EntityRef Speaker, Quote Quote)> Quotes)
{
    /// <summary>Reads one briefing alone, so a site's briefings can be read in parallel.</summary>
    public static BodyReading Of(Briefing briefing)
    {
        var sentences = new SentenceText(BodySentences.Enumerate(briefing.Body));
        var mentions = briefing.Entities.Select(e => (e, MentionFinder.Find(sentences, e))).ToList();
        var named = new Dictionary<int, List<EntityRef>>();
        foreach (var (entity, found) in mentions)
        {
            foreach (var sentence in found)
            {
                (named.TryGetValue(sentence.Number, out var list) ? list : named[sentence.Number] = []).Add(entity);
            }
        }

        var quotes = briefing.Quotes.Select(q => (Speaker: CrossLinker.SpeakerOf(q, briefing), Quote: q))
            .Where(q => q.Speaker is not null).Select(q => (q.Speaker!, q.Quote)).ToList();
        return new BodyReading(mentions, FactPlacer.Place(briefing, named).ToList(), quotes);
    }

    /// <summary>How many sentences name each entity, in the briefing's order: what <see cref="RelatedFinder"/> weighs.</summary>
    public IReadOnlyList<int> MentionCounts => Mentions.Select(m => m.Sentences.Count).ToList();
}
