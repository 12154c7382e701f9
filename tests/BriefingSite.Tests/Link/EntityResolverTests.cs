using BriefingSite.Link;
using BriefingSite.Model;

namespace BriefingSite.Tests.Link;

public class EntityResolverTests
{
    private static Briefing With(string slug, params EntityRef[] entities) => new() { Title = slug, Slug = slug, Entities = entities };

    private static EntityRef Entity(string name, EntityType type, params string[] aliases) =>
        new() { Name = name, Id = Slugs.From(name), Type = type, Aliases = aliases };

    [Fact]
    public void Merges_spellings_of_one_person_across_briefings()
    {
        var briefings = new[]
        {
            With("a", Entity("Jon Finer", EntityType.Person, "Finer")),
            With("b", Entity("Jonathan Finer", EntityType.Person)),
            With("c", Entity("John Finer", EntityType.Person, "Finer")),
        };

        var resolver = EntityResolver.Resolve(briefings, []);

        var ids = new[] { resolver.Of(0, "jon-finer"), resolver.Of(1, "jonathan-finer"), resolver.Of(2, "john-finer") }.Select(e => e.Id).Distinct();
        Assert.Equal(["jonathan-finer"], ids);
        Assert.Contains("Jon Finer", resolver.Of(0, "jon-finer").Aliases);
    }

    [Fact]
    public void An_id_written_by_hand_decides_the_entity_whatever_its_name()
    {
        var briefings = new[]
        {
            With("a", Entity("John Lewis", EntityType.Person), Entity("Labour", EntityType.Organization)),
            With("b", Entity("John Lewis", EntityType.Organization) with { Id = "john-lewis-partnership" }),
            With("c", Entity("John Lewis", EntityType.Organization) with { Id = "john-lewis-partnership" }),
            With("d", Entity("Lewis", EntityType.Person), Entity("Labour", EntityType.Organization)),
            With("e", Entity("Jon Lewis", EntityType.Person) with { Id = "john-lewis" }),
            With("f", Entity("Hastings", EntityType.Place)),
            With("g", Entity("Hastyngs", EntityType.Person) with { Id = "hastings" }),
        };
        var handIds = new HandIds([("b", "john-lewis-partnership"), ("c", "john-lewis-partnership"), ("e", "john-lewis"), ("g", "hastings")]);

        var resolver = EntityResolver.Resolve(briefings, [], handIds);

        var (person, shop) = (resolver.Of(0, "john-lewis"), resolver.Of(1, "john-lewis-partnership"));
        Assert.Equal(("john-lewis", EntityType.Person), (person.Id, person.Type));
        Assert.Equal(("john-lewis-partnership", EntityType.Organization), (shop.Id, shop.Type));
        Assert.Same(shop, resolver.Of(2, "john-lewis-partnership"));
        Assert.Same(person, resolver.Of(3, "lewis"));
        Assert.Same(person, resolver.Of(4, "john-lewis"));
        Assert.Equal(("hastings", EntityType.Place), (resolver.Of(5, 0).Id, resolver.Of(5, 0).Type));
        Assert.Same(resolver.Of(5, 0), resolver.Of(6, 0));

        // By their names alone, the two are one.
        var byName = EntityResolver.Resolve(briefings, []);
        Assert.Same(byName.Of(0, "john-lewis"), byName.Of(1, "john-lewis-partnership"));
    }

    [Fact]
    public void Keeps_two_people_who_share_a_surname_apart()
    {
        var briefings = new[] { With("a", Entity("Imran Khan", EntityType.Person)), With("b", Entity("Ayub Khan", EntityType.Person)) };

        var resolver = EntityResolver.Resolve(briefings, []);

        Assert.NotEqual(resolver.Of(0, "imran-khan").Id, resolver.Of(1, "ayub-khan").Id);
    }

    [Theory]
    [InlineData("Tories", "Tears", false)]
    [InlineData("Tories", "Tetris", false)]
    [InlineData("Brown", "Braun", false)]
    [InlineData("Baluchistan", "Balochistan", true)]
    [InlineData("Waziristan", "Wazirestan", true)]
    [InlineData("North Waziristan", "North Wazirestan", true)]
    public void Joins_two_names_when_they_spell_one_long_name_and_keeps_short_ones_of_shared_consonants_apart(string one, string other, bool joined)
    {
        var briefings = new[] { With("a", Entity(one, EntityType.Place)), With("b", Entity(other, EntityType.Place)) };

        var resolver = EntityResolver.Resolve(briefings, []);

        Assert.Equal(joined, resolver.Of(0, Slugs.From(one)).Id == resolver.Of(1, Slugs.From(other)).Id);
    }

    [Fact]
    public void Joins_a_bare_surname_only_to_the_person_of_that_spelling()
    {
        var briefings = new[]
        {
            With("a", Entity("Peter Caruana", EntityType.Person), Entity("Serena", EntityType.Person)),
            With("b", Entity("Peter Caruana", EntityType.Person), Entity("Caruana", EntityType.Person)),
        };

        var resolver = EntityResolver.Resolve(briefings, []);

        Assert.NotEqual(resolver.Of(0, "peter-caruana").Id, resolver.Of(0, "serena").Id);
        Assert.Equal(resolver.Of(1, "peter-caruana").Id, resolver.Of(1, "caruana").Id);
    }

    [Fact]
    public void Merges_variant_spellings_and_acronyms_of_one_organisation()
    {
        var briefings = new[]
        {
            With("a", Entity("Tehreek-i-Taliban Pakistan", EntityType.Organization, "TTP")),
            With("b", Entity("Tehrik-i-Taliban Pakistan", EntityType.Organization, "TTP")),
            With("c", Entity("Pakistani Taliban", EntityType.Organization, "TTP")),
            With("d", Entity("TTP", EntityType.Organization)),
        };

        var resolver = EntityResolver.Resolve(briefings, []);

        Assert.Single(Enumerable.Range(0, 4).Select(i => resolver.Of(i, briefings[i].Entities[0].Id).Id).Distinct());
    }

    [Fact]
    public void Keeps_two_organisations_with_one_acronym_apart()
    {
        var briefings = new[]
        {
            With("a", Entity("Inter-Services Intelligence", EntityType.Organization, "ISI")),
            With("b", Entity("International Statistical Institute", EntityType.Organization, "ISI")),
        };

        var resolver = EntityResolver.Resolve(briefings, []);

        Assert.NotEqual(resolver.Of(0, "inter-services-intelligence").Id, resolver.Of(1, "international-statistical-institute").Id);
    }

    [Fact]
    public void An_alias_in_an_entity_file_merges_entities_and_its_name_and_id_win()
    {
        var briefings = new[] { With("a", Entity("Baluchistan", EntityType.Place)), With("b", Entity("Balochistan Province", EntityType.Place)) };
        var file = new EntityFile { Id = "balochistan", Name = "Balochistan", Aliases = ["Baluchistan", "Balochistan Province"] };

        var resolver = EntityResolver.Resolve(briefings, [file]);

        Assert.Equal("balochistan", resolver.Of(0, "baluchistan").Id);
        Assert.Equal("balochistan", resolver.Of(1, "balochistan-province").Id);
        Assert.Equal("Balochistan", resolver.Of(1, "balochistan-province").Name);
    }

    [Fact]
    public void An_entitys_aliases_are_its_other_names_from_briefings_and_file_each_once_in_ordinal_order()
    {
        // Given one place named three ways across briefings (one briefing also giving "BLN"), and a file with its name and aliases
        var briefings = new[]
        {
            With("a", Entity("Baluchistan", EntityType.Place, "Balochistan", "BLN")),
            With("b", Entity("Balochistan Province", EntityType.Place, "Baluchistan")),
            With("c", Entity("Baluchistan", EntityType.Place)),
        };
        var file = new EntityFile { Id = "balochistan", Name = "Balochistan", Aliases = ["Baluchistan", "Balochistan Province", "Balochistan"] };

        // When they are resolved, with the file and without it
        var withFile = EntityResolver.Resolve(briefings, [file]).Of(0, 0);
        var byName = EntityResolver.Resolve(briefings, []).Of(0, 0);

        // Then every other name is an alias once, ordered by ordinal comparison (capitals first), and the entity's own name is none
        Assert.Equal("Balochistan", withFile.Name);
        Assert.Equal(["BLN", "Balochistan Province", "Baluchistan"], withFile.Aliases);
        Assert.Equal("Baluchistan", byName.Name);
        Assert.Equal(["BLN", "Balochistan", "Balochistan Province"], byName.Aliases);
    }

    [Fact]
    public void A_bare_surname_goes_to_the_person_whose_company_it_keeps()
    {
        var pti = Entity("Pakistan Tehreek-e-Insaf", EntityType.Organization);
        var briefings = new[]
        {
            With("a", Entity("Imran Khan", EntityType.Person), pti, Entity("Islamabad", EntityType.Place)),
            With("b", Entity("Ayub Khan", EntityType.Person), Entity("Rawalpindi", EntityType.Place)),
            With("c", Entity("Khan", EntityType.Person), pti),
        };

        var resolver = EntityResolver.Resolve(briefings, []);

        Assert.Equal("imran-khan", resolver.Of(2, "khan").Id);
        Assert.NotEqual(resolver.Of(0, "imran-khan").Id, resolver.Of(1, "ayub-khan").Id);
    }

    [Fact]
    public void Bare_surnames_going_to_two_people_of_that_surname_leave_the_two_apart()
    {
        // Given "Blair" in the company of Tony Blair in one briefing and of Cherie Blair in another
        var labour = Entity("Labour", EntityType.Organization);
        var chambers = Entity("Matrix Chambers", EntityType.Organization);
        var briefings = new[]
        {
            With("a", Entity("Tony Blair", EntityType.Person), labour),
            With("b", Entity("Cherie Blair", EntityType.Person), chambers),
            With("c", Entity("Blair", EntityType.Person), labour),
            With("d", Entity("Blair", EntityType.Person), chambers),
        };

        var resolver = EntityResolver.Resolve(briefings, []);

        // Then each goes to its own person, and the two bare names do not make the two people one
        Assert.Equal("tony-blair", resolver.Of(2, "blair").Id);
        Assert.Equal("cherie-blair", resolver.Of(3, "blair").Id);
        Assert.Equal("cherie-blair", resolver.Of(1, "cherie-blair").Id);
        Assert.DoesNotContain("Cherie Blair", resolver.Of(0, "tony-blair").Aliases);
    }

    [Fact]
    public void A_bare_surname_whose_id_names_a_person_stays_with_that_person_whatever_company_it_keeps()
    {
        // Given a "Blair" a build gave Tony Blair's id, in a briefing that names Cherie Blair's company
        var chambers = Entity("Matrix Chambers", EntityType.Organization);
        var briefings = new[]
        {
            With("a", Entity("Tony Blair", EntityType.Person), Entity("Labour", EntityType.Organization)),
            With("b", Entity("Cherie Blair", EntityType.Person), chambers),
            With("c", Entity("Blair", EntityType.Person) with { Id = "tony-blair" }, chambers),
        };

        var resolver = EntityResolver.Resolve(briefings, []);

        Assert.Equal("tony-blair", resolver.Of(2, "tony-blair").Id);
        Assert.Equal("cherie-blair", resolver.Of(1, "cherie-blair").Id);
    }

    [Theory]
    [InlineData(10, 1, "tony-blair")]
    [InlineData(9, 2, "blair")]
    public void A_bare_surname_without_telling_company_goes_to_the_person_named_ten_times_as_often_as_any_other(int tony, int cherie, string expected)
    {
        var briefings = Enumerable.Range(0, tony).Select(i => With($"t{i}", Entity("Tony Blair", EntityType.Person)))
            .Concat(Enumerable.Range(0, cherie).Select(i => With($"c{i}", Entity("Cherie Blair", EntityType.Person))))
            .Append(With("bare", Entity("Blair", EntityType.Person), Entity("Sedgefield", EntityType.Place)))
            .ToArray();

        var resolver = EntityResolver.Resolve(briefings, []);

        Assert.Equal(expected, resolver.Of(tony + cherie, "blair").Id);
        Assert.Equal("cherie-blair", resolver.Of(tony, "cherie-blair").Id);
    }

    [Fact]
    public void A_hyphenated_surname_is_one_surname_whose_last_part_alone_names_someone_else()
    {
        var briefings = new[]
        {
            With("a", Entity("Helena Bonham-Carter", EntityType.Person)),
            With("b", Entity("Carter", EntityType.Person), Entity("White House", EntityType.Organization)),
            With("c", Entity("James Simpson-Daniel", EntityType.Person)),
            With("d", Entity("Simpson-Daniel", EntityType.Person), Entity("Gloucester", EntityType.Organization)),
            With("e", Entity("Daniel", EntityType.Person), Entity("Natasha Bedingfield", EntityType.Person)),
            With("f", Entity("Abu Musab al-Zarqawi", EntityType.Person)),
            With("g", Entity("Zarqawi", EntityType.Person), Entity("Iraq", EntityType.Place)),
        };

        var resolver = EntityResolver.Resolve(briefings, []);

        Assert.Equal("carter", resolver.Of(1, "carter").Id);
        Assert.Equal("james-simpson-daniel", resolver.Of(3, "simpson-daniel").Id);
        Assert.Equal("daniel", resolver.Of(4, "daniel").Id);
        Assert.Equal("abu-musab-al-zarqawi", resolver.Of(6, "zarqawi").Id);
    }

    [Fact]
    public void A_bare_surname_that_is_a_common_given_name_joins_its_one_person_only_by_the_company_it_keeps()
    {
        var briefings = new[]
        {
            With("a", Entity("Ariel Sharon", EntityType.Person), Entity("Israel", EntityType.Place)),
            With("b", Entity("Sharon", EntityType.Person), Entity("Ozzy Osbourne", EntityType.Person)),
            With("c", Entity("Sharon", EntityType.Person), Entity("Israel", EntityType.Place)),
        };

        var resolver = EntityResolver.Resolve(briefings, []);

        Assert.Equal("sharon", resolver.Of(1, "sharon").Id);
        Assert.Equal("ariel-sharon", resolver.Of(2, "sharon").Id);
    }

    [Fact]
    public void A_lone_word_given_a_role_of_its_own_joins_its_one_person_of_that_surname_only_by_the_company_it_keeps()
    {
        var briefings = new[]
        {
            With("a", Entity("Ulrich Bez", EntityType.Person), Entity("Aston Martin", EntityType.Organization)),
            With("b", Entity("Bez", EntityType.Person) with { Role = "Happy Mondays dancer" }, Entity("Big Brother", EntityType.Other)),
            With("c", Entity("Bez", EntityType.Person) with { Role = "chief executive" }, Entity("Aston Martin", EntityType.Organization)),
        };

        var resolver = EntityResolver.Resolve(briefings, []);

        Assert.Equal("bez", resolver.Of(1, "bez").Id);
        Assert.Equal("ulrich-bez", resolver.Of(2, "bez").Id);
    }

    [Fact]
    public void A_bare_surname_without_telling_company_joins_no_one_of_several()
    {
        var briefings = new[]
        {
            With("a", Entity("Imran Khan", EntityType.Person)),
            With("b", Entity("Ayub Khan", EntityType.Person)),
            With("c", Entity("Khan", EntityType.Person), Entity("Gwadar", EntityType.Place)),
        };

        var resolver = EntityResolver.Resolve(briefings, []);

        Assert.Equal("khan", resolver.Of(2, "khan").Id);
    }

    [Fact]
    public void A_bare_acronym_goes_with_the_expansion_whose_company_it_keeps()
    {
        var army = Entity("Pakistan Army", EntityType.Organization);
        var briefings = new[]
        {
            With("a", Entity("Inter-Services Intelligence", EntityType.Organization, "ISI"), army),
            With("b", Entity("International Statistical Institute", EntityType.Organization, "ISI"), Entity("The Hague", EntityType.Place)),
            With("c", Entity("ISI", EntityType.Organization), army),
        };

        var resolver = EntityResolver.Resolve(briefings, []);

        Assert.Equal(resolver.Of(0, "inter-services-intelligence").Id, resolver.Of(2, "isi").Id);
        Assert.NotEqual(resolver.Of(1, "international-statistical-institute").Id, resolver.Of(2, "isi").Id);
    }

    [Fact]
    public void An_initial_joins_the_one_person_whose_given_name_it_opens()
    {
        var briefings = new[] { With("a", Entity("D Jones", EntityType.Person)), With("b", Entity("Digby Jones", EntityType.Person)) };

        var resolver = EntityResolver.Resolve(briefings, []);

        Assert.Equal(resolver.Of(0, "d-jones").Id, resolver.Of(1, "digby-jones").Id);
    }

    [Fact]
    public void A_person_is_named_by_the_full_name_rather_than_its_initial_or_surname_though_more_briefings_use_those()
    {
        var briefings = new[]
        {
            With("a", Entity("A Lo Cicero", EntityType.Person)),
            With("b", Entity("A Lo Cicero", EntityType.Person)),
            With("c", Entity("Andrea Lo Cicero", EntityType.Person)),
            With("d", Entity("Lo Cicero", EntityType.Person, "Andrea Lo Cicero")),
            With("e", Entity("Lo Cicero", EntityType.Person, "Andrea Lo Cicero")),
        };

        var resolver = EntityResolver.Resolve(briefings, []);

        Assert.Equal("Andrea Lo Cicero", Assert.Single(resolver.Entities).Name);
    }

    [Fact]
    public void Two_people_whose_initials_differ_stay_apart_though_c_sounds_as_s()
    {
        var briefings = new[] { With("a", Entity("C Jones", EntityType.Person)), With("b", Entity("S Jones", EntityType.Person)) };

        var resolver = EntityResolver.Resolve(briefings, []);

        Assert.NotEqual(resolver.Of(0, "c-jones").Id, resolver.Of(1, "s-jones").Id);
    }

    [Fact]
    public void An_initial_that_opens_several_given_names_joins_none_of_them_nor_joins_them_together()
    {
        var briefings = new[]
        {
            With("a", Entity("D Jones", EntityType.Person)),
            With("b", Entity("Digby Jones", EntityType.Person)),
            With("c", Entity("Duncan Jones", EntityType.Person)),
        };

        var resolver = EntityResolver.Resolve(briefings, []);

        Assert.Equal(["d-jones", "digby-jones", "duncan-jones"], resolver.Entities.Select(e => e.Id));
    }

    [Fact]
    public void A_person_and_a_place_of_one_word_stay_apart()
    {
        var briefings = new[] { With("a", Entity("Hamilton", EntityType.Person)), With("b", Entity("Hamilton", EntityType.Place)) };

        var resolver = EntityResolver.Resolve(briefings, []);

        Assert.NotEqual(resolver.Of(0, "hamilton").Id, resolver.Of(1, "hamilton").Id);
    }

    [Theory]
    [InlineData(EntityType.Other)]
    [InlineData(EntityType.Organization)]
    public void A_persons_lone_word_joins_the_same_word_of_a_thing_or_a_body(EntityType other)
    {
        // "Dell said" in one briefing, the firm in two; the singer Usher a person in one, a thing in another
        var briefings = new[]
        {
            With("a", Entity("Dell", EntityType.Person)),
            With("b", Entity("Dell", other)),
            With("c", Entity("Dell", other)),
        };

        var resolver = EntityResolver.Resolve(briefings, []);

        var entity = Assert.Single(resolver.Entities);
        Assert.Equal(other, entity.Type);
    }

    [Fact]
    public void A_lone_word_some_briefings_call_a_body_is_a_body_however_many_call_it_a_person()
    {
        var briefings = new[]
        {
            With("a", Entity("Halifax", EntityType.Person)),
            With("b", Entity("Halifax", EntityType.Person)),
            With("c", Entity("Halifax", EntityType.Organization)),
        };

        var resolver = EntityResolver.Resolve(briefings, []);

        Assert.Equal(EntityType.Organization, Assert.Single(resolver.Entities).Type);
    }

    [Fact]
    public void A_lone_word_joined_to_a_full_name_or_a_given_name_keeps_apart_from_a_body()
    {
        // Kevin McDonald is "McDonald" later in his briefing; McDonald's the firm is "McDonald" elsewhere; "Chelsea" is
        // a common first name and a club's name
        var briefings = new[]
        {
            With("a", Entity("Kevin McDonald", EntityType.Person, "McDonald")),
            With("b", Entity("McDonald", EntityType.Person)),
            With("c", Entity("McDonald", EntityType.Organization)),
            With("d", Entity("Chelsea", EntityType.Person)),
            With("e", Entity("Chelsea", EntityType.Organization)),
        };

        var resolver = EntityResolver.Resolve(briefings, []);

        Assert.Equal(resolver.Of(0, 0).Id, resolver.Of(1, 0).Id);
        Assert.NotEqual(resolver.Of(1, 0).Id, resolver.Of(2, 0).Id);
        Assert.NotEqual(resolver.Of(3, 0).Id, resolver.Of(4, 0).Id);
    }

    [Fact]
    public void A_name_of_several_words_is_one_entity_of_the_type_most_briefings_give_it()
    {
        var briefings = new[]
        {
            With("a", Entity("Wells Fargo", EntityType.Person)),
            With("b", Entity("Wells Fargo", EntityType.Organization)),
            With("c", Entity("Wells Fargo", EntityType.Organization)),
        };

        var resolver = EntityResolver.Resolve(briefings, []);

        var entity = Assert.Single(resolver.Entities);
        Assert.Equal(("wells-fargo", EntityType.Organization), (entity.Id, entity.Type));
    }

    [Fact]
    public void A_person_and_a_place_whose_names_share_only_their_consonants_stay_apart()
    {
        var briefings = new[] { With("a", Entity("Scott Murray", EntityType.Person)), With("b", Entity("St Mary", EntityType.Place)) };

        var resolver = EntityResolver.Resolve(briefings, []);

        Assert.NotEqual(resolver.Of(0, "scott-murray").Id, resolver.Of(1, "st-mary").Id);
    }

    [Theory]
    [InlineData("Lehman Brothers", null, EntityType.Organization)]
    [InlineData("Keith Gleeson", null, EntityType.Person)]
    [InlineData("Kurt Barnard", "president of Retail Consulting Group", EntityType.Person)]
    public void A_person_and_a_body_as_often_are_a_person_when_a_first_name_opens_the_name_or_a_role_comes_with_it(string name, string? role, EntityType expected)
    {
        var briefings = new[] { With("a", Entity(name, EntityType.Organization)), With("b", Entity(name, EntityType.Person) with { Role = role }) };

        var resolver = EntityResolver.Resolve(briefings, []);

        Assert.Equal(expected, Assert.Single(resolver.Entities).Type);
    }

    [Theory]
    [InlineData("Xbox Live", EntityType.Other, EntityType.Other)]
    [InlineData("Warner Brothers", EntityType.Organization, EntityType.Organization)]
    [InlineData("Exhibitor Relations", EntityType.Organization, EntityType.Organization)]
    [InlineData("Beverly Hills", EntityType.Place, EntityType.Place)]
    [InlineData("Rob Andrew", EntityType.Organization, EntityType.Person)]
    [InlineData("Paul Dergarabedian", EntityType.Organization, EntityType.Person)]
    [InlineData("Velimir Zajec", EntityType.Organization, EntityType.Person)]
    public void Most_briefings_calling_a_name_a_person_are_outweighed_by_a_word_of_everyday_speech_without_a_first_name(string name, EntityType other, EntityType expected)
    {
        var briefings = new[] { With("a", Entity(name, EntityType.Person)), With("b", Entity(name, other)), With("c", Entity(name, EntityType.Person)) };

        var resolver = EntityResolver.Resolve(briefings, []);

        Assert.Equal(expected, Assert.Single(resolver.Entities).Type);
    }

    [Fact]
    public void A_place_and_an_organisation_of_one_name_merge_since_extraction_often_confuses_them()
    {
        var briefings = new[] { With("a", Entity("Gwadar Port", EntityType.Place)), With("b", Entity("Gwadar port", EntityType.Organization)) };

        var resolver = EntityResolver.Resolve(briefings, []);

        Assert.Equal(resolver.Of(0, "gwadar-port").Id, resolver.Of(1, "gwadar-port").Id);
    }

    [Fact]
    public void A_briefing_that_lists_one_local_id_twice_gets_the_first_ones_entity_for_both()
    {
        // One local id for a person and an organisation: their keys differ by type, so they resolve apart.
        var briefings = new[]
        {
            With("a", Entity("John Smith", EntityType.Person) with { Id = "smith" }, Entity("Smith Holdings", EntityType.Organization) with { Id = "smith" }),
            With("b", Entity("Smith Holdings", EntityType.Organization)),
        };

        var resolver = EntityResolver.Resolve(briefings, []);

        Assert.Equal("john-smith", resolver.Of(0, 0).Id);
        Assert.Equal("john-smith", resolver.Of(0, 1).Id);
        Assert.Equal("smith-holdings", resolver.Of(1, 0).Id);
    }

    [Fact]
    public void Entities_of_one_name_get_numbered_ids_in_order_after_the_ids_entity_files_claim()
    {
        // A place and a person both called Jordan stay apart (a lone word is too weak to join them), and an entity
        // file claims "jordan" for a third entity.
        var briefings = new[]
        {
            With("a", Entity("Jordan", EntityType.Place) with { Id = "o1" }),
            With("b", Entity("Jordan", EntityType.Person) with { Id = "p1" }),
            With("c", Entity("Smith Holdings", EntityType.Organization) with { Id = "o2" }),
        };
        var file = new EntityFile { Id = "jordan", Name = "Smith Holdings" };

        var resolver = EntityResolver.Resolve(briefings, [file]);

        Assert.Equal("jordan", resolver.Of(2, 0).Id);
        Assert.Equal("jordan-2", resolver.Of(0, 0).Id);
        Assert.Equal("jordan-3", resolver.Of(1, 0).Id);
        Assert.Equal(["jordan", "jordan-2", "jordan-3"], resolver.Entities.Select(e => e.Id));
    }
}
