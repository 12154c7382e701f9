using BriefingSite.Link;
using BriefingSite.Model;

namespace BriefingSite.Tests.Link;

public class BodyReadingTests
{
    private static EntityRef Person(string name, string id) => new() { Name = name, Id = id, Type = EntityType.Person };

    [Fact]
    public void Finds_the_sentences_naming_each_entity_in_the_briefings_order()
    {
        // Given a briefing naming Imran Khan twice and the PTI once
        var briefing = new Briefing
        {
            Title = "t",
            Slug = "t",
            Body = "Imran Khan spoke. The PTI agreed.\n\nImran Khan left.",
            Entities = [Person("Imran Khan", "imran-khan"), new EntityRef { Name = "PTI", Id = "pti", Type = EntityType.Organization }],
        };

        // When it is read
        var reading = BodyReading.Of(briefing);

        // Then each entity has its sentences, by number
        Assert.Equal(["imran-khan", "pti"], reading.Mentions.Select(m => m.Entity.Id));
        Assert.Equal([1, 3], reading.Mentions[0].Sentences.Select(s => s.Number));
        Assert.Equal([2, 1], reading.MentionCounts);
    }

    [Fact]
    public void Ties_a_quote_to_the_entity_its_speaker_names_by_surname()
    {
        // Given a quote attributed to "Khan" in a briefing naming Imran Khan
        var briefing = new Briefing
        {
            Title = "t",
            Slug = "t",
            Body = "Imran Khan spoke.",
            Entities = [Person("Imran Khan", "imran-khan")],
            Quotes = [new Quote { Speaker = "Khan", Text = "We will march." }],
        };

        // When it is read
        var reading = BodyReading.Of(briefing);

        // Then the quote is his
        var (speaker, quote) = Assert.Single(reading.Quotes);
        Assert.Equal("imran-khan", speaker.Id);
        Assert.Equal("We will march.", quote.Text);
    }
}
