using BriefingSite.Link;
using BriefingSite.Model;

namespace BriefingSite.Tests.Link;

public class KnownNameFinderTests
{
    private static ResolvedEntity Known(string id, string name, EntityType type, params string[] aliases) =>
        new() { Id = id, Name = name, Type = type, Aliases = aliases, Roles = [] };

    private static readonly ResolvedEntity Cpec = Known("cpec", "China-Pakistan Economic Corridor", EntityType.Other, "CPEC");

    private static Briefing Body(string body) => new() { Title = "t", Slug = "t", Body = body };

    [Fact]
    public void Adds_a_known_entity_the_article_names_in_lower_case()
    {
        var finder = new KnownNameFinder([Cpec]);

        var briefing = finder.AddMissed(Body("Beijing invested thanks to the China-Pakistan economic corridor, part of the New Silk Road."));

        var added = Assert.Single(briefing.Entities);
        Assert.Equal(("cpec", "China-Pakistan economic corridor"), (added.Id, added.Name));
    }

    [Fact]
    public void Finds_a_person_only_where_every_word_of_the_name_is_capitalised()
    {
        var finder = new KnownNameFinder([Known("asian-tsunami", "Asian Tsunami", EntityType.Person), Known("vincent-van-gogh", "Vincent van Gogh", EntityType.Person)]);

        var briefing = finder.AddMissed(Body("Aid after the Asian tsunami grew. A painting by Vincent van Gogh sold."));

        var added = Assert.Single(briefing.Entities);
        Assert.Equal("vincent-van-gogh", added.Id);
    }

    [Fact]
    public void Does_not_join_words_a_quotation_mark_parts()
    {
        var finder = new KnownNameFinder([Known("new-labour", "New Labour", EntityType.Other)]);

        var briefing = finder.AddMissed(Body("He wants the party to stay unremittingly \"New\" Labour through and through."));

        Assert.Empty(briefing.Entities);
    }

    [Theory]
    [InlineData("He took three titles at the Music of Black Origin (Mobo) Awards last year.")]
    [InlineData("Dal Maso replaces Gareth (Thomas was injured) in the side.")]
    [InlineData("Prices fell in London, Brent crude slipping to $40.")]
    public void Does_not_join_words_a_bracket_or_a_comma_parts(string body)
    {
        var finder = new KnownNameFinder([
            Known("mobo-awards", "Mobo Awards", EntityType.Other), Known("gareth-thomas", "Gareth Thomas", EntityType.Person),
            Known("london-brent", "London Brent", EntityType.Other)]);

        Assert.Empty(finder.AddMissed(Body(body)).Entities);
    }

    [Fact]
    public void Finds_a_name_ending_in_small_letters_only_where_that_word_says_what_kind_of_thing_it_is()
    {
        var finder = new KnownNameFinder(
        [
            Known("young-people", "Young People", EntityType.Other),
            Known("thank-you", "Thank You", EntityType.Other),
            Known("kyoto-protocol", "Kyoto Protocol", EntityType.Other),
        ]);

        var briefing = finder.AddMissed(Body("Young people voted. Thank you, he said. Japan signed the Kyoto protocol."));

        Assert.Equal("kyoto-protocol", Assert.Single(briefing.Entities).Id);
    }

    [Fact]
    public void Finds_a_place_only_where_its_name_ends_in_a_capital()
    {
        var finder = new KnownNameFinder([Known("des-moines", "Des Moines", EntityType.Place), Known("t-in-the-park", "T in the Park", EntityType.Place)]);

        var briefing = finder.AddMissed(Body("The DS means business, Nintendo said. The band will play T in the Park."));

        Assert.Equal("t-in-the-park", Assert.Single(briefing.Entities).Id);
    }

    [Fact]
    public void Adds_an_entity_once_and_not_when_the_briefing_already_has_it()
    {
        var finder = new KnownNameFinder([Cpec]);
        var has = Body("CPEC grew. The CPEC slowed.") with { Entities = [new EntityRef { Name = "CPEC", Id = "cpec", Type = EntityType.Other }] };

        Assert.Same(has, finder.AddMissed(has));
        Assert.Single(finder.AddMissed(Body("CPEC grew. The CPEC slowed.")).Entities);
    }

    [Fact]
    public void Does_not_look_for_a_name_made_of_common_words_or_ending_in_a_role()
    {
        var finder = new KnownNameFinder([
            Known("we-are", "We Are", EntityType.Other), Known("we-are-the-world", "We Are the World", EntityType.Other),
            Known("tory-leader", "Tory Leader", EntityType.Person)]);

        var briefing = finder.AddMissed(Body("We are not going to back one party, he said. The Tory leader agreed. Later they sang We Are the World."));

        Assert.Equal(["we-are-the-world"], briefing.Entities.Select(e => e.Id));
    }

    [Fact]
    public void Does_not_look_for_single_words_lower_case_acronyms_or_uncapitalised_phrases()
    {
        var finder = new KnownNameFinder([Known("taliban", "Taliban", EntityType.Organization), Cpec, Known("white-house", "White House", EntityType.Place)]);

        var briefing = finder.AddMissed(Body("The Taliban met near a white house to discuss cpec."));

        Assert.Empty(briefing.Entities);
    }

    [Fact]
    public void Skips_a_name_two_entities_share()
    {
        var finder = new KnownNameFinder([Known("isi-1", "Inter-Services Intelligence", EntityType.Organization, "ISI"), Known("isi-2", "International Statistical Institute", EntityType.Organization, "ISI")]);

        var briefing = finder.AddMissed(Body("The ISI said so. The Inter-Services Intelligence agreed."));

        Assert.Equal(["isi-1"], briefing.Entities.Select(e => e.Id));
    }

    [Fact]
    public void Matches_variant_spellings_and_possessives()
    {
        var finder = new KnownNameFinder([Known("ttp", "Tehreek-i-Taliban Pakistan", EntityType.Organization)]);

        var briefing = finder.AddMissed(Body("Tehrik-i-Taliban Pakistan’s fighters crossed."));

        Assert.Equal("Tehrik-i-Taliban Pakistan", Assert.Single(briefing.Entities).Name);
    }

    [Fact]
    public void An_acronym_made_of_a_filler_word_is_not_looked_for()
    {
        var finder = new KnownNameFinder([Known("the", "THE", EntityType.Organization)]);

        Assert.Empty(finder.AddMissed(Body("THE said so.")).Entities);
    }

    [Fact]
    public void Matches_an_owners_s_inside_a_name_only_where_the_known_name_has_it()
    {
        var finder = new KnownNameFinder([Known("itv-london", "ITV London", EntityType.Organization), Known("st-pauls-cathedral", "St Paul's Cathedral", EntityType.Place)]);

        var briefing = finder.AddMissed(Body("It was presented from ITV's London Studios headquarters, near St Paul's Cathedral."));

        Assert.Equal("st-pauls-cathedral", Assert.Single(briefing.Entities).Id);
    }
}
