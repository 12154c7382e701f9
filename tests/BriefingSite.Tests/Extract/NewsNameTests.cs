using BriefingSite.Extract;
using BriefingSite.Model;

namespace BriefingSite.Tests.Extract;

/// <summary>How names in news reports are read: bodies named by the kind before them, datelines, towns before their
/// state, short titles, first names and surnames alone, names joined by "and".</summary>
public class NewsNameTests
{
    [Fact]
    public void Reads_names_after_a_plural_noun_for_bodies_as_bodies_without_that_noun()
    {
        string[] sentences =
        [
            "Consultancy Strategy Analytics said sales of the phones would double.",
            "Advisers Lazard Brothers are understood to have valued the unit at £300m.",
            "The deal was studied by consultancy Building Zones and brokers Numis Securities.",
            "Output is flat, according to oil industry analysts Douglas-Westwood.",
            "Shares in casino operators Stanley Leisure rose.",
        ];

        var types = FoundNames.TypesOf(sentences);

        Assert.Equal(EntityType.Organization, types["Strategy Analytics"]);
        Assert.Equal(EntityType.Organization, types["Lazard Brothers"]);
        Assert.Equal(EntityType.Organization, types["Building Zones"]);
        Assert.Equal(EntityType.Organization, types["Numis Securities"]);
        Assert.Equal(EntityType.Organization, types["Douglas-Westwood"]);
        Assert.Equal(EntityType.Organization, types["Stanley Leisure"]);
        Assert.DoesNotContain(types.Keys, n => n.StartsWith("Consultancy", StringComparison.Ordinal) || n.StartsWith("Advisers", StringComparison.Ordinal));
    }

    [Fact]
    public void Leaves_things_in_the_plural_and_regions_of_the_world_out_of_names()
    {
        string[] sentences =
        [
            "Two New York DJs were sacked after the broadcast.",
            "North American sales rose while Latin American buyers held back.",
            "Aston Villa beat West Ham at home on Saturday.",
        ];

        var types = FoundNames.TypesOf(sentences);

        Assert.Equal(EntityType.Place, types["New York"]);
        Assert.DoesNotContain(types.Keys, n => n.EndsWith("DJs", StringComparison.Ordinal) || n.EndsWith("American", StringComparison.Ordinal));
        Assert.Equal(EntityType.Organization, types["Aston Villa"]);
        Assert.Equal(EntityType.Organization, types["West Ham"]);
    }

    [Fact]
    public void Reads_a_town_before_its_state_as_a_place_and_a_name_in_capitals_in_its_usual_case()
    {
        string[] sentences =
        [
            "WASHINGTON – Two prison officers were charged on Tuesday.",
            "Prosecutors said he abused girls at his homes in Manhattan and Palm Beach, Florida, and elsewhere.",
            "Kathleen Hawk Sawyer was put in charge, and Hawk Sawyer testified in Washington.",
            "\"Illegal spam must be stopped,\" said Greg Abbott, Texas attorney general.",
            "The bands Idlewild, Texas, Mogwai and Travis will play.",
            "The company is based in St. Petersburg, Fla., and employs 300 people.",
        ];

        var entities = EntityFinder.Find(sentences).Entities;
        var types = entities.ToDictionary(e => e.Name, e => e.Type);

        Assert.Equal(EntityType.Place, types["Palm Beach"]);
        Assert.Equal(EntityType.Place, types["Washington"]);
        Assert.DoesNotContain("WASHINGTON", types.Keys);
        Assert.Contains("Hawk Sawyer", entities.Single(e => e.Name == "Kathleen Hawk Sawyer").Aliases);
        Assert.DoesNotContain("Hawk Sawyer", types.Keys);
        Assert.Equal(EntityType.Person, types["Greg Abbott"]);
        Assert.NotEqual(EntityType.Place, types.GetValueOrDefault("Idlewild"));
        Assert.Equal(EntityType.Place, types["St. Petersburg"]);
        Assert.Contains("Fla", entities.Single(e => e.Name == "Florida").Aliases);
    }

    [Fact]
    public void Takes_no_everyday_word_for_a_name_that_is_capitalised_only_where_it_opens_sentences()
    {
        string[] sentences =
        [
            "Prison officials regularly assigned civilian staff to guard duty.",
            "Prison union leaders have long warned of shortages, said Serene Gregg.",
            "Apple officials said sales rose.",
        ];

        var names = FoundNames.NamesOf(sentences);

        Assert.DoesNotContain("Prison", names);
        Assert.Contains("Serene Gregg", names);
        Assert.Contains("Apple", names);
    }

    [Fact]
    public void Takes_no_kind_of_people_opening_a_sentence_for_a_person_who_speaks()
    {
        string[] sentences =
        [
            "Prosecutors said Jaynes was \"a snake oil salesman in a new format\".",
            "Traders said the market was quiet, and Organisers argued for a later date.",
            "Economists warned that growth would slow, according to Jeremy Jaynes.",
            "Deputies said the vote would wait.",
            "Sellers said he would not return, said Peter Sellers.",
            "Witnesses said the Rangers had left, and Jones said so too.",
            "Lions chairman Theo Paphitis has denied the claims.",
        ];

        var names = FoundNames.NamesOf(sentences);

        Assert.DoesNotContain("Prosecutors", names);
        Assert.DoesNotContain("Traders", names);
        Assert.DoesNotContain("Economists", names);
        Assert.DoesNotContain("Deputies", names);
        Assert.DoesNotContain("Witnesses", names);
        Assert.Contains("Jeremy Jaynes", names);
        Assert.Contains("Peter Sellers", names);
        Assert.Contains("Rangers", names);
        Assert.Contains("Jones", names);
        Assert.Contains("Lions", names);
    }

    [Fact]
    public void Keeps_a_law_named_for_what_it_is_of_whole()
    {
        string[] sentences =
        [
            "Thousands of public bodies are ill-prepared for the Freedom of Information Act.",
            "MPs will vote on the Prevention of Terrorism Bill next week.",
            "He is the Head of Policy at the firm.",
        ];

        var names = FoundNames.NamesOf(sentences);

        Assert.Contains("Freedom of Information Act", names);
        Assert.Contains("Prevention of Terrorism Bill", names);
        Assert.DoesNotContain(names, n => n.EndsWith("Information Act", StringComparison.Ordinal) && n != "Freedom of Information Act");
        Assert.DoesNotContain(names, n => n.Contains("Policy", StringComparison.Ordinal));
    }

    [Fact]
    public void Tells_a_word_that_describes_a_person_from_the_given_name_after_it()
    {
        string[] sentences =
        [
            "New Zealander Jason Spice won the race.",
            "By any measure, New Yorker Dick Morris is a winner.",
            "Farmer Geoff Brooks said the ban was wrong.",
            "Slovakian Daniela Hantuchova lost in three sets.",
            "Defiant Matt Williams says he will not quit as coach.",
            "Cinematographer John Mathieson was nominated too.",
        ];

        var types = FoundNames.TypesOf(sentences);

        Assert.Equal(EntityType.Person, types["Jason Spice"]);
        Assert.Equal(EntityType.Person, types["Dick Morris"]);
        Assert.Equal(EntityType.Person, types["Geoff Brooks"]);
        Assert.Equal(EntityType.Person, types["Daniela Hantuchova"]);
        Assert.Equal(EntityType.Person, types["Matt Williams"]);
        Assert.Equal(EntityType.Person, types["John Mathieson"]);
        Assert.DoesNotContain(types.Keys, n => n.Contains("Zealander", StringComparison.Ordinal) || n.Contains("Yorker", StringComparison.Ordinal)
                                               || n.StartsWith("Farmer", StringComparison.Ordinal) || n.StartsWith("Slovakian", StringComparison.Ordinal));
    }

    [Fact]
    public void Reads_an_under_secretary_as_a_role_and_a_fellowship_as_a_body()
    {
        string[] sentences =
        [
            "But US Treasury Under-Secretary John Taylor said the US could not support the plan.",
            "The Christian Medical Fellowship said the bill would allow euthanasia.",
        ];

        var entities = EntityFinder.Find(sentences).Entities;
        var types = entities.ToDictionary(e => e.Name, e => e.Type);

        Assert.Equal(EntityType.Person, types["John Taylor"]);
        Assert.Contains("Under-Secretary", entities.Single(e => e.Name == "John Taylor").Role);
        Assert.Equal(EntityType.Organization, types["Christian Medical Fellowship"]);
    }

    [Fact]
    public void Reads_a_title_written_short_with_a_dot_as_a_title_and_a_place_named_with_of_after_its_kind()
    {
        string[] sentences =
        [
            "On Monday, Sen. Ted Cruz said it was wrong, and Rep. Alexandria Ocasio-Cortez agreed, as did Dr. Alexandria Smith.",
            "The U.S. Attorney's Office for the Western District of New York announced the charges.",
            "He moved from the District of Columbia to Ohio.",
        ];

        var entities = EntityFinder.Find(sentences).Entities;
        var types = entities.ToDictionary(e => e.Name, e => e.Type);

        Assert.Equal(EntityType.Person, types["Alexandria Ocasio-Cortez"]);
        Assert.Equal(EntityType.Person, types["Alexandria Smith"]);
        Assert.Equal("Rep.", entities.Single(e => e.Name == "Alexandria Ocasio-Cortez").Role);
        Assert.Equal(EntityType.Place, types["Western District of New York"]);
        Assert.Equal(EntityType.Place, types["District of Columbia"]);
    }

    [Fact]
    public void Parts_two_bodies_joined_by_and_when_one_is_known_or_the_first_is_whole()
    {
        string[] sentences =
        [
            "Talks between Fiat and General Motors broke down on Monday.",
            "The agencies Ogilvy & Mather and Cordiant Communications bid for the account.",
            "She spoke at the Birmingham and Midland Institute.",
        ];

        var names = FoundNames.NamesOf(sentences);

        Assert.Contains("General Motors", names);
        Assert.Contains("Ogilvy & Mather", names);
        Assert.Contains("Cordiant Communications", names);
        Assert.Contains("Birmingham and Midland Institute", names);
        Assert.DoesNotContain(names, n => n.Contains("and General", StringComparison.Ordinal) || n.Contains("and Cordiant", StringComparison.Ordinal));
    }

    [Fact]
    public void Parts_two_bodies_joined_by_and_when_the_second_has_a_name_of_its_own()
    {
        string[] sentences =
        [
            "The format has won backing from Paramount, Universal and Warner Bros.",
            "Planemakers EADS and BAE Systems said the talks would go on.",
            "The Securities and Exchange Commission fined the bank.",
            "The Foreign and Commonwealth Office will close six embassies.",
            "The Public and Commercial Services Union called the strike.",
        ];

        var names = FoundNames.NamesOf(sentences);

        Assert.Contains("Warner Bros", names);
        Assert.Contains("BAE Systems", names);
        Assert.DoesNotContain(names, n => n.Contains(" and Warner", StringComparison.Ordinal) || n.Contains(" and BAE", StringComparison.Ordinal));
        Assert.Contains("Securities and Exchange Commission", names);
        Assert.Contains("Foreign and Commonwealth Office", names);
        Assert.Contains("Public and Commercial Services Union", names);
    }

    [Fact]
    public void Takes_no_heading_in_capitals_run_on_into_its_sentence_for_a_name()
    {
        string[] sentences =
        [
            "THE STARS WHO LEFT EMPTY-HANDED While many films have been honoured, Alfred Hitchcock never won.",
            "DEAD OR ALIVE ULTIMATE Tecmo brings its fighting game to the Xbox, said the BBC.",
        ];

        var names = FoundNames.NamesOf(sentences);

        Assert.DoesNotContain(names, n => n.Contains("LEFT", StringComparison.Ordinal) || n.Contains("ALIVE", StringComparison.Ordinal));
        Assert.Contains("Alfred Hitchcock", names);
        Assert.Contains("BBC", names);
    }

    [Fact]
    public void Reads_its_in_a_title_as_it_is_and_goes_on_with_the_title()
    {
        string[] sentences =
        [
            "Band Aid's Do They Know It's Christmas? topped the chart on Sunday.",
            "The film It's A Wonderful Life was shown on BBC Two.",
            "It's Christmas Day in Paris, said Jean Dupont.",
        ];

        var names = FoundNames.NamesOf(sentences);

        Assert.Contains("Do They Know It's Christmas", names);
        Assert.Contains("It's A Wonderful Life", names);
        Assert.Contains("Christmas Day", names);
        Assert.DoesNotContain(names, n => n.EndsWith(" It", StringComparison.Ordinal) || n.StartsWith("s ", StringComparison.Ordinal) || n.StartsWith("It's Christmas", StringComparison.Ordinal));
    }

    [Fact]
    public void Reads_a_name_after_a_performers_trade_or_a_films_credit_as_a_persons()
    {
        string[] sentences =
        [
            "Church ministers are trying to prevent rapper Nelly performing in Arkansas.",
            "The record company of late R&B star Aaliyah has failed in an attempt to sue.",
            "Marlon Brando turned down his best actor Oscar for The Godfather.",
            "She won the best singer Grammy in Los Angeles, and the best female singer Brit.",
            "The Aviator, starring DiCaprio, leads the field, and the next film, directed by Scorsese, opens soon.",
            "The festival closed with a film directed by Three Kings film-maker David O Russell.",
            "The film, to be directed by A Beautiful Mind's Ron Howard, stars Hanks.",
        ];

        var types = FoundNames.TypesOf(sentences);

        Assert.Equal(EntityType.Person, types["Nelly"]);
        Assert.Equal(EntityType.Person, types["Aaliyah"]);
        Assert.Equal(EntityType.Person, types["DiCaprio"]);
        Assert.Equal(EntityType.Person, types["Scorsese"]);
        Assert.NotEqual(EntityType.Person, types["Three Kings"]);
        Assert.NotEqual(EntityType.Person, types["A Beautiful Mind"]);
        Assert.NotEqual(EntityType.Person, types.GetValueOrDefault("Oscar", EntityType.Other));
        Assert.NotEqual(EntityType.Person, types.GetValueOrDefault("Grammy", EntityType.Other));
    }

    [Fact]
    public void Reads_a_first_name_alone_as_the_one_person_of_that_name()
    {
        string[] sentences =
        [
            "At a press conference on Tuesday, Sharon Osbourne gave details of the stolen items.",
            "The ring was described by Sharon as one of only two of its kind.",
            "Prince Charles visited Charles Clarke at the Home Office.",
        ];

        var entities = EntityFinder.Find(sentences).Entities;

        Assert.Contains("Sharon", entities.Single(e => e.Name == "Sharon Osbourne").Aliases);
        Assert.DoesNotContain(entities, e => e.Name == "Sharon");
        Assert.Contains(entities, e => e.Name == "Charles" && e.Role == "Prince");
    }

    [Fact]
    public void Keeps_the_dot_of_a_companys_short_ending_and_reads_the_company_named_without_its_legal_form_as_it()
    {
        string[] sentences =
        [
            "NationsBank Corp. agreed to buy Boatmen's Bancshares Inc. for $9.6 billion.",
            "Analysts said NationsBank would pay a high price.",
            "Mercantile Bancorp Inc. shares rose, and traders bought Mercantile on the news.",
            "The bank is now bigger than Norwest Corp.",
        ];

        var entities = EntityFinder.Find(sentences).Entities;

        var nationsBank = Assert.Single(entities, e => e.Name == "NationsBank Corp.");
        Assert.Equal(EntityType.Organization, nationsBank.Type);
        Assert.Contains("NationsBank", nationsBank.Aliases);
        Assert.Contains("Mercantile", Assert.Single(entities, e => e.Name == "Mercantile Bancorp Inc.").Aliases);
        Assert.DoesNotContain(entities, e => e.Name is "NationsBank" or "Mercantile" or "Mercantile Bancorp Inc");
        // Ending the sentence, the dot is its full stop.
        Assert.Contains(entities, e => e.Name == "Norwest Corp" && e.Type == EntityType.Organization);
    }

    [Fact]
    public void Leaves_an_everyday_word_opening_the_sentence_off_the_name_of_the_person_after_it()
    {
        string[] sentences =
        [
            "Solicitor Gareth Pierce said the law was unjust.",
            "Lock Ben Kay was named in the side.",
            "Mark Hughes was sacked as manager.",
        ];

        var types = FoundNames.TypesOf(sentences);

        Assert.Equal(EntityType.Person, types["Gareth Pierce"]);
        Assert.Equal(EntityType.Person, types["Ben Kay"]);
        Assert.Equal(EntityType.Person, types["Mark Hughes"]);
        Assert.DoesNotContain(types.Keys, n => n.StartsWith("Solicitor", StringComparison.Ordinal) || n.StartsWith("Lock", StringComparison.Ordinal));
    }

    [Fact]
    public void Reads_a_people_in_the_plural_as_no_entity_but_keeps_teams_and_names_that_end_in_one()
    {
        string[] sentences =
        [
            "Americans and Bosnian Serbs met in Geneva, and Seven Iraqis were freed.",
            "The Cleveland Indians beat the Texas Rangers, and the Indians lead the division.",
            "The film tells the story of Mary Queen of Scots.",
        ];

        var names = FoundNames.NamesOf(sentences);

        Assert.DoesNotContain(names, n => n.EndsWith("Americans", StringComparison.Ordinal) || n.EndsWith("Serbs", StringComparison.Ordinal) || n.EndsWith("Iraqis", StringComparison.Ordinal));
        Assert.Contains("Geneva", names);
        Assert.Contains("Cleveland Indians", names);
        Assert.Contains("Mary Queen of Scots", names);
    }

    [Fact]
    public void Reads_a_name_opening_with_a_point_of_the_compass_as_a_place_and_la_as_los_angeles()
    {
        string[] sentences =
        [
            "The Tory MP for Sleaford and North Hykeham admitted the office could not be abolished.",
            "Flights from East Kilbride and West Lothian were cut, and he flew on to LA and Des Moines.",
            "South American and West Wing fans were told.",
            "Prices rose most in the North East and the South West, and least in North London.",
        ];

        var entities = EntityFinder.Find(sentences).Entities;
        var types = entities.ToDictionary(e => e.Name, e => e.Type);

        Assert.Equal(EntityType.Place, types["North Hykeham"]);
        Assert.Equal(EntityType.Place, types["East Kilbride"]);
        Assert.Equal(EntityType.Place, types["West Lothian"]);
        Assert.Equal(EntityType.Place, types["Des Moines"]);
        Assert.Equal(EntityType.Place, types["North East"]);
        Assert.Equal(EntityType.Place, types["South West"]);
        Assert.Equal(EntityType.Place, types["North London"]);
        Assert.Contains("LA", Assert.Single(entities, e => e.Name == "Los Angeles").Aliases);
        Assert.DoesNotContain(entities, e => e.Name is "South American" or "West Wing" && e.Type is EntityType.Place or EntityType.Person);
    }

    [Fact]
    public void Reads_a_first_name_after_a_word_for_kin_as_a_person()
    {
        string[] sentences =
        [
            "He died at home, 11 days after his wife Audrey died aged 91.",
            "Serena Williams beat her sister Venus in the final.",
        ];

        var types = FoundNames.TypesOf(sentences);

        Assert.Equal(EntityType.Person, types["Audrey"]);
        Assert.Equal(EntityType.Person, types["Venus"]);
    }

    [Fact]
    public void Parts_a_party_before_a_first_name_from_the_persons_name()
    {
        string[] sentences =
        [
            "Fellow Lib Dem Norman Baker said the episode was bad.",
            "The plan was attacked by Tory Michael Howard.",
            "The show moved to the Johnny Carson Theater, where Jerry Hall sang.",
        ];

        var types = FoundNames.TypesOf(sentences);

        Assert.Equal(EntityType.Person, types["Norman Baker"]);
        Assert.Equal(EntityType.Person, types["Michael Howard"]);
        Assert.Equal(EntityType.Organization, types["Liberal Democrats"]);
        Assert.Equal(EntityType.Organization, types["Conservative Party"]);
        Assert.Equal(EntityType.Place, types["Johnny Carson Theater"]);
        Assert.Equal(EntityType.Person, types["Jerry Hall"]);
        Assert.DoesNotContain(types.Keys, n => n.StartsWith("Tory", StringComparison.Ordinal) || n.Contains("Lib Dem", StringComparison.Ordinal));
    }

    [Fact]
    public void Reads_seats_boulevards_temples_and_airlines_by_their_last_or_first_word()
    {
        string[] sentences =
        [
            "He stood for Edinburgh South in 1979, while China Eastern added flights.",
            "Godzilla got a star on Hollywood Boulevard, and Mr Straw visited the Golden Temple.",
            "Jet now competes with Air Sahara, and Shirley Temple sang.",
            "Oil firms such as Exxon Mobil and British Petroleum would be happy.",
        ];

        var types = FoundNames.TypesOf(sentences);

        Assert.Equal(EntityType.Place, types["Edinburgh South"]);
        Assert.NotEqual(EntityType.Place, types["China Eastern"]);
        Assert.Equal(EntityType.Place, types["Hollywood Boulevard"]);
        Assert.Equal(EntityType.Place, types["Golden Temple"]);
        Assert.Equal(EntityType.Organization, types["Air Sahara"]);
        Assert.Equal(EntityType.Person, types["Shirley Temple"]);
        Assert.Equal(EntityType.Organization, types["Exxon Mobil"]);
        Assert.Equal(EntityType.Organization, types["British Petroleum"]);
    }

    [Fact]
    public void Keeps_a_surnames_particle_in_the_name_after_a_title()
    {
        var entities = EntityFinder.Find(["Sir Alan was decorated by French Culture Minister Renaud Donnedieu de Vabres on Wednesday."]).Entities;

        var minister = Assert.Single(entities, e => e.Name == "Renaud Donnedieu de Vabres");
        Assert.Equal(EntityType.Person, minister.Type);
        Assert.Equal("Culture Minister", minister.Role);
    }

    [Fact]
    public void Reads_a_name_before_who_and_a_plural_verb_as_a_group()
    {
        var types = FoundNames.TypesOf(["The new entries are Dana Rayne at seven and Kasabian who are at number eight, and Jamie Cullum, who is at nine."]);

        Assert.Equal(EntityType.Organization, types["Kasabian"]);
        Assert.Equal(EntityType.Person, types["Jamie Cullum"]);
    }

    [Fact]
    public void Reads_a_title_and_the_first_word_of_a_name_as_that_person_unless_it_is_a_first_name()
    {
        string[] sentences =
        [
            "The firm is majority-owned by entrepreneur Khoo Kay Peng, and Mr Khoo said its shares rose.",
            "Sir Elton John sang, and Sir Elton was thanked.",
            "Gordon Brown met Mr Gordon, a farmer.",
        ];

        var entities = EntityFinder.Find(sentences).Entities;

        Assert.Contains("Khoo", Assert.Single(entities, e => e.Name == "Khoo Kay Peng").Aliases);
        Assert.Contains("Elton", Assert.Single(entities, e => e.Name == "Elton John").Aliases);
        Assert.Contains(entities, e => e.Name == "Gordon");
        Assert.DoesNotContain("Gordon", Assert.Single(entities, e => e.Name == "Gordon Brown").Aliases);
    }

    [Fact]
    public void Keeps_a_bodys_two_fields_joined_by_and_as_one_name()
    {
        var names = FoundNames.NamesOf(
        [
            "The Department for Education and Skills said schools would get more, and the Office of Management and Budget agreed.",
            "The oil fields of the Gulf of Mexico and Angola were shut, and Jankovic of Serbia and Montenegro won.",
        ]);

        Assert.Contains("Department for Education and Skills", names);
        Assert.Contains("Office of Management and Budget", names);
        Assert.Contains("Angola", names);
        Assert.Contains("Montenegro", names);
    }

    [Fact]
    public void Keeps_a_bodys_fields_listed_with_commas_as_one_name()
    {
        var names = FoundNames.NamesOf(
        [
            "The Department for Culture, Media and Sport said on Monday that it agreed.",
            "The Bank of England, Barclays and HSBC agreed.",
        ]);

        Assert.Contains("Department for Culture, Media and Sport", names);
        Assert.Contains("Bank of England", names);
        Assert.Contains("HSBC", names);
    }

    [Fact]
    public void Leaves_no_connector_opening_a_name_when_the_word_before_it_is_taken_off()
    {
        var names = FoundNames.NamesOf(["Officials of the Ministry of Defence met in Paris."]);

        Assert.Contains("Ministry of Defence", names);
        Assert.DoesNotContain(names, name => char.IsLower(name[0]));
    }

    [Fact]
    public void Reads_a_house_of_something_as_a_body()
    {
        var types = FoundNames.TypesOf(["The House of Representatives voted on Monday, and shares in House of Fraser fell."]);

        Assert.Equal(EntityType.Organization, types["House of Representatives"]);
        Assert.Equal(EntityType.Organization, types["House of Fraser"]);
    }

    [Fact]
    public void Names_a_chamber_the_same_whether_written_whole_or_short()
    {
        var entities = EntityFinder.Find(["The Commons voted on Monday.", "MPs in the House of Commons cheered."]).Entities;

        Assert.Equal("House of Commons", Assert.Single(entities).Name);
        Assert.Equal("House of Commons", Assert.Single(EntityFinder.Find(["The Commons voted on Monday."]).Entities).Name);
    }

    [Fact]
    public void Leaves_words_that_only_qualify_a_title_with_the_role()
    {
        var entities = EntityFinder.Find(["Shadow Constitutional Affairs Secretary Oliver Heald accused the government.", "Chicago Cardinal Joseph Bernardin spoke."]).Entities;

        Assert.Equal(["Oliver Heald", "Chicago", "Joseph Bernardin"], entities.Select(e => e.Name));
        Assert.Equal("Shadow Constitutional Affairs Secretary", entities[0].Role);
    }

    [Fact]
    public void Reads_a_body_from_a_role_held_at_it_or_an_apposition_saying_what_it_is()
    {
        var types = FoundNames.TypesOf(
        [
            "Richard Ayers, portal director at Tiscali, said there was little point.",
            "Turkcell has a stake in Irancell, the new network, MPs said.",
            "The former manager of Johnny Cash, Saul Holiff, has died.",
        ]);

        Assert.Equal(EntityType.Organization, types["Tiscali"]);
        Assert.Equal(EntityType.Organization, types["Irancell"]);
        Assert.Equal(EntityType.Person, types["Johnny Cash"]);
    }

    [Fact]
    public void Reads_a_titled_surname_as_a_person_beside_a_company_of_that_name()
    {
        var entities = EntityFinder.Find(["Mr Smith, director of Amnesty, agreed.", "Shares in Smith Ltd fell."]).Entities;

        Assert.Equal(EntityType.Person, Assert.Single(entities, e => e.Name == "Smith").Type);
    }

    [Fact]
    public void Reads_a_building_named_after_someone_as_a_place_unless_a_first_name_opens_it()
    {
        var types = FoundNames.TypesOf(["He was held in Belmarsh Prison before the concert at Carnegie Hall.", "Jerry Hall said she was happy."]);

        Assert.Equal(EntityType.Place, types["Belmarsh Prison"]);
        Assert.Equal(EntityType.Place, types["Carnegie Hall"]);
        Assert.Equal(EntityType.Person, types["Jerry Hall"]);
    }

    [Fact]
    public void Reads_a_first_name_before_a_body_word_that_is_also_a_surname_as_a_person()
    {
        var types = FoundNames.TypesOf(["The film starred Natalie Press and Paddy Considine.", "Margaret Court won 24 titles."]);

        Assert.Equal(EntityType.Person, types["Natalie Press"]);
        Assert.Equal(EntityType.Person, types["Margaret Court"]);
    }

    [Fact]
    public void Reads_two_initials_before_a_surname_as_a_person_but_not_a_bodys_letters()
    {
        var types = FoundNames.TypesOf(
        [
            "Previous winners have included JK Rowling, Jacqueline Wilson and Dick King-Smith.",
            "The rugby side picked AJ Venter, while EA Sports released a game.",
            "BT said BT Openzone would grow.",
        ]);

        Assert.Equal(EntityType.Person, types["JK Rowling"]);
        Assert.Equal(EntityType.Person, types["AJ Venter"]);
        Assert.NotEqual(EntityType.Person, types["EA Sports"]);
        Assert.NotEqual(EntityType.Person, types["BT Openzone"]);
    }

    [Fact]
    public void Reads_a_title_opening_with_an_everyday_verb_in_the_past_as_no_person()
    {
        var types = FoundNames.TypesOf(["Readers chose the novel Spilled Water by a new author.", "The cinema showed Spirited Away again."]);

        Assert.NotEqual(EntityType.Person, types.GetValueOrDefault("Spilled Water", EntityType.Other));
        Assert.NotEqual(EntityType.Person, types.GetValueOrDefault("Spirited Away", EntityType.Other));
    }

    [Fact]
    public void Reads_a_name_after_giant_regulator_or_watchdog_as_a_bodys()
    {
        var types = FoundNames.TypesOf(
        [
            "The deal was struck by engineering giant Bombardier on Monday.",
            "Bombardier said the terms were fair.",
            "German financial watchdog BaFin said it would look into the sale.",
        ]);

        Assert.Equal(EntityType.Organization, types["Bombardier"]);
        Assert.Equal(EntityType.Organization, types["BaFin"]);
    }

    [Theory]
    [InlineData("Cup holders Man Utd visit Everton on Saturday.", "Man Utd")]
    [InlineData("She runs for Belgrave Harriers and trains in London.", "Belgrave Harriers")]
    [InlineData("Backs: Mike Blair (Edinburgh), Chris Paterson (Worcester Warriors).", "Worcester Warriors")]
    [InlineData("Rugby: Stade Toulousain beat Biarritz 21-13 in the quarter-final.", "Stade Toulousain")]
    public void Reads_a_club_ending_in_utd_harriers_or_warriors_or_opening_with_stade_as_a_body(string sentence, string club)
    {
        var types = FoundNames.TypesOf([sentence]);

        Assert.Equal(EntityType.Organization, types[club]);
    }

    [Fact]
    public void Reads_a_bill_before_parliament_as_no_person_but_keeps_bill_as_a_first_name()
    {
        var types = FoundNames.TypesOf(["The Prevention of Terrorism Bill was published on Tuesday.", "Bill Clinton spoke on Tuesday."]);

        Assert.Equal(EntityType.Other, types["Prevention of Terrorism Bill"]);
        Assert.Equal(EntityType.Person, types["Bill Clinton"]);
    }

    [Fact]
    public void Reads_a_works_title_after_a_noun_for_a_work_as_no_body_though_a_bodys_word_heads_it()
    {
        var types = FoundNames.TypesOf(["Freeman, who starred in hit BBC comedy The Office, will play the role."]);

        Assert.Equal(EntityType.Other, types["The Office"]);
        Assert.Equal(EntityType.Organization, types["BBC"]);
    }

    [Theory]
    [InlineData("Flanker Jason White scored twice before the break.", "Jason White")]
    [InlineData("Referee Graham Poll sent him off.", "Graham Poll")]
    [InlineData("Sprinter Kelly Holmes won gold in Athens.", "Kelly Holmes")]
    [InlineData("Backbencher Stephen Pound asked the question.", "Stephen Pound")]
    public void Reads_a_players_position_or_a_backbencher_before_a_name_as_no_part_of_it(string sentence, string name)
    {
        var names = FoundNames.NamesOf([sentence]);

        Assert.Contains(name, names);
        Assert.DoesNotContain(names, n => n.EndsWith(name, StringComparison.Ordinal) && n != name);
    }

    [Fact]
    public void Reads_a_first_name_in_ly_opening_a_sentence_as_the_persons()
    {
        var names = FoundNames.NamesOf(["Sally Grindley wrote the book.", "Finally Tom Smith spoke."]);

        Assert.Contains("Sally Grindley", names);
        Assert.Contains("Tom Smith", names);
    }

    [Fact]
    public void Reads_a_name_listed_with_people_only_as_a_persons_though_a_place_opens_it()
    {
        var types = FoundNames.TypesOf(
        [
            "Gabriel Garcia Marquez, Saul Bellow, Milan Kundera and John Updike also feature.",
            "Nominees were Jamie Foxx, Finding Neverland and Clint Eastwood.",
        ]);

        Assert.Equal(EntityType.Person, types["Milan Kundera"]);
        Assert.NotEqual(EntityType.Person, types.GetValueOrDefault("Finding Neverland", EntityType.Other));
    }

    [Fact]
    public void Reads_a_hall_of_fame_whole_as_a_body()
    {
        var types = FoundNames.TypesOf(["U2 entered the Rock and Roll Hall of Fame on Monday, and Jerry Hall of Texas agreed."]);

        Assert.Equal(EntityType.Organization, types["Rock and Roll Hall of Fame"]);
        Assert.Equal(EntityType.Person, types["Jerry Hall"]);
    }

    [Fact]
    public void Reads_right_honourable_as_a_form_of_address()
    {
        var entities = EntityFinder.Find(["The Rt Hon John Prescott MP spoke next."]).Entities;

        Assert.Equal("John Prescott", Assert.Single(entities).Name);
    }

    [Fact]
    public void Reads_a_knight_named_by_first_name_as_the_knight()
    {
        var entities = EntityFinder.Find(["Sir Alan Sugar fired two candidates on Tuesday.", "Sir Alan said they were not good enough."]).Entities;

        Assert.Contains("Alan", Assert.Single(entities).Aliases);
    }

    [Fact]
    public void Reads_will_before_a_surname_opening_a_statement_as_a_first_name()
    {
        var names = FoundNames.NamesOf(["Will Young sang on Monday.", "Will Labour win the election?", "Will Ferrell was in Paris."]);

        Assert.Contains("Will Young", names);
        Assert.Contains("Will Ferrell", names);
        Assert.DoesNotContain(names, name => name.StartsWith("Will ", StringComparison.Ordinal) && name.Contains("Labour"));
    }

    [Fact]
    public void Reads_a_saints_name_as_a_place_and_in_results_as_a_side()
    {
        var places = FoundNames.TypesOf(["Rugby league side Wigan beat the team from St Helens, and the train left St Pancras."]);
        var sides = FoundNames.TypesOf(["SOCCER - SCOTTISH LEAGUE RESULTS.", "St Johnstone 2 St Mirren 1", "Celtic 3 Rangers 0"]);

        Assert.Equal(EntityType.Place, places["St Pancras"]);
        Assert.Equal(EntityType.Organization, sides["St Mirren"]);
    }

    [Fact]
    public void Names_no_entity_for_the_people_of_a_place()
    {
        var names = FoundNames.NamesOf(["South Dakotans voted on Tuesday, and New Yorkers and Londoners agreed with Tom Rogers."]);

        Assert.Equal(["Tom Rogers"], names);
    }

    [Fact]
    public void Names_a_saints_building_whole()
    {
        var types = FoundNames.TypesOf(["The service was in St George's Chapel, and Newcastle lost at St James' Park."]);

        Assert.Equal(EntityType.Place, types["St George's Chapel"]);
        Assert.Equal(EntityType.Place, types["St James' Park"]);
        Assert.DoesNotContain("St George", types.Keys);
    }

    [Fact]
    public void Names_a_saints_building_of_several_words_whole()
    {
        var names = FoundNames.NamesOf(["St Fintian's High School said so, and the tickets went on sale in St Stephen's Green Shopping Centre."]);

        Assert.Equal(["St Fintian's High School", "St Stephen's Green Shopping Centre"], names);
    }

    [Fact]
    public void Ends_a_name_before_a_pronouns_contraction_unless_a_title_goes_on()
    {
        var names = FoundNames.NamesOf(["\"Like Kevin I'd like to see some players come in,\" he said.", "U2 played I Still Haven't Found What I'm Looking For."]);

        Assert.DoesNotContain(names, name => name.Contains("I'd", StringComparison.Ordinal));
        Assert.Contains(names, name => name.EndsWith("What I'm Looking For", StringComparison.Ordinal));
    }

    [Fact]
    public void Ends_a_name_before_the_where_a_full_stop_was_left_out()
    {
        var names = FoundNames.NamesOf(["\"The risks are real,\" said analyst Vadim Mitroshin The dispute goes on."]);

        Assert.Equal(["Vadim Mitroshin"], names);
    }

    [Fact]
    public void Leaves_a_word_that_describes_a_person_out_of_the_name()
    {
        var names = FoundNames.NamesOf(["Teenager LaShawn Merritt ran the third fastest time.", "Economist Colen Garrow said so."]);

        Assert.Equal(["LaShawn Merritt", "Colen Garrow"], names);
    }

    [Fact]
    public void Reads_a_rank_held_of_a_place_as_its_holder()
    {
        var types = FoundNames.TypesOf(["The Prince of Wales and the Duke of Edinburgh met the Mayor of London.", "HRH Duchess of Cornwall smiled."]);

        Assert.Equal(EntityType.Person, types["Prince of Wales"]);
        Assert.Equal(EntityType.Person, types["Duke of Edinburgh"]);
        Assert.Equal(EntityType.Person, types["Mayor of London"]);
        Assert.Equal(EntityType.Person, types["HRH Duchess of Cornwall"]);
        Assert.DoesNotContain("Edinburgh", types.Keys);
    }

    [Fact]
    public void Reads_an_initial_and_a_surname_in_a_squad_as_the_player_named_in_full()
    {
        var entities = EntityFinder.Find(["Simon Best and Shane Horgan are in the squad.", "S Best (Ulster), S Horgan (Leinster), L Cullen (Leinster), A Horgan (Munster)."]).Entities;

        Assert.Contains("S Best", entities.Single(e => e.Name == "Simon Best").Aliases);
        Assert.Contains("S Horgan", entities.Single(e => e.Name == "Shane Horgan").Aliases);
        Assert.Equal(EntityType.Person, entities.Single(e => e.Name == "A Horgan").Type);
    }

    [Fact]
    public void Reads_a_language_as_no_place_and_a_clubs_nickname_as_a_club()
    {
        var types = FoundNames.TypesOf(["The film was dubbed into Hindi.", "Boro booked their place in the last 16."]);

        Assert.Equal(EntityType.Other, types["Hindi"]);
        Assert.Equal(EntityType.Organization, types["Boro"]);
    }

    [Fact]
    public void Reads_capitalised_words_after_the_as_no_persons_name_unless_they_qualify_a_matter()
    {
        var types = FoundNames.TypesOf(["He read the Da Vinci Code on holiday.", "The Aviator beat the Howard Hughes biopic to the prize."]);
        var opening = FoundNames.TypesOf(["The Da Vinci Code sold well."]);

        Assert.Equal(EntityType.Other, types["Da Vinci Code"]);
        Assert.Equal(EntityType.Person, types["Howard Hughes"]);
        Assert.NotEqual(EntityType.Person, opening["Da Vinci Code"]);
    }

    [Fact]
    public void Reads_a_department_of_two_fields_whole_when_the_word_list_lacks_one()
    {
        var names = FoundNames.NamesOf(["The Department for Work and Pensions said the figures were wrong.", "The Global Alliance for Vaccines and Immunisation agreed."]);

        Assert.Equal(["Department for Work and Pensions", "Global Alliance for Vaccines and Immunisation"], names);
    }

    [Fact]
    public void Reads_bodies_whose_letters_are_written_as_a_word_as_bodies()
    {
        var types = FoundNames.TypesOf(["Nasa said the launch would go ahead, and scientists at Cern agreed with Ofcom."]);

        Assert.All(["Nasa", "Cern", "Ofcom"], name => Assert.Equal(EntityType.Organization, types[name]));
    }

    [Fact]
    public void Reads_no_persons_name_opening_with_a_regions_word()
    {
        var types = FoundNames.TypesOf(["Donations to the DEC's Asian Tsunami fund grew, and Christian Slater gave."]);

        Assert.NotEqual(EntityType.Person, types["Asian Tsunami"]);
        Assert.Equal(EntityType.Person, types["Christian Slater"]);
    }

    [Fact]
    public void Names_no_entity_for_one_of_a_places_people_or_for_a_title_won()
    {
        var names = FoundNames.NamesOf(["A New Zealander and a Londoner met Tom Rogers.", "Double Olympic champion Kelly Holmes won again.",
            "Double Olympic 10,000m champion Haile Gebrselassie will race again."]);

        Assert.Equal(["Tom Rogers", "Kelly Holmes", "Haile Gebrselassie"], names);
    }

    [Fact]
    public void Reads_a_title_before_a_word_for_a_thing_as_no_person()
    {
        var types = FoundNames.TypesOf(["The audit is funded by the Rugby Football Union and Premier Rugby, said Premier Wen Jiabao."]);

        Assert.DoesNotContain("Rugby", types.Keys);
        Assert.NotEqual(EntityType.Person, types["Premier Rugby"]);
        Assert.Equal(EntityType.Person, types["Wen Jiabao"]);
    }

    [Fact]
    public void Reads_chambers_of_something_and_companies_named_for_founders_as_bodies()
    {
        var types = FoundNames.TypesOf(
        [
            "David Frost, Director General of the British Chambers of Commerce (BCC), said rates should hold.",
            "Hewlett Packard and Rolls-Royce reported, and Dwain Chambers ran.",
        ]);

        Assert.Equal(EntityType.Organization, types["British Chambers of Commerce"]);
        Assert.DoesNotContain("Commerce", types.Keys);
        Assert.Equal(EntityType.Organization, types["Hewlett Packard"]);
        Assert.Equal(EntityType.Organization, types["Rolls-Royce"]);
        Assert.Equal(EntityType.Person, types["Dwain Chambers"]);
    }

    [Fact]
    public void Names_nothing_for_a_day_of_every_week()
    {
        var names = FoundNames.NamesOf(
        [
            "Top of the Pops is to move from BBC One on Fridays to Sundays on BBC Two.",
            "The relaunched show may be transmitted at about 1900 on Sundays.",
            "About three million people a week were watching the show on Fridays.",
        ]);

        Assert.DoesNotContain("Fridays", names);
        Assert.DoesNotContain("Sundays", names);
    }

    [Fact]
    public void Reads_a_titled_family_name_written_first_and_an_unknown_first_word_as_the_person_named_in_full()
    {
        string[] sentences =
        [
            "Elvis regains top chart position.",
            "Elvis Presley has scored his 19th number one single.",
            "The case involved the ex-president of Bank of China, Wang Xuebing, jailed in 2003.",
            "Mr Wang was head of China Construction Bank when the scandal broke.",
            "Holocaust film",
            "Survivors of the Holocaust spoke in Berlin on Holocaust Memorial Day, and the Holocaust was remembered.",
            "A Rwandan refugee lobby group called for calm, and many of the 1.1 million Rwandan Hutu refugees in Zaire stayed.",
            "The Cleveland Browns lost, though Browns Greedy Williams played well, and the Browns fell to third.",
        ];

        var entities = EntityFinder.Find(sentences).Entities;

        Assert.Contains("Elvis", entities.Single(e => e.Name == "Elvis Presley").Aliases);
        Assert.Contains("Wang", entities.Single(e => e.Name == "Wang Xuebing").Aliases);
        Assert.Contains(entities, e => e.Name == "Holocaust");
        Assert.DoesNotContain(entities, e => e.Aliases.Contains("Rwandan"));
        Assert.Contains("Browns", entities.Single(e => e.Name == "Cleveland Browns").Aliases);
    }

    [Fact]
    public void Keeps_a_place_that_the_acronym_after_a_bodys_name_spells_in_the_name()
    {
        var entities = EntityFinder.Find(["The Organisation for Security and Cooperation in Europe (OSCE) postponed the elections."]).Entities;

        var body = Assert.Single(entities, e => e.Name == "Organisation for Security and Cooperation in Europe");
        Assert.Equal(EntityType.Organization, body.Type);
        Assert.Contains("OSCE", body.Aliases);
    }

    [Fact]
    public void Keeps_two_particles_and_an_arabic_article_in_a_surname_and_reads_a_dj_as_a_role()
    {
        var entities = EntityFinder.Find(
        [
            "Actor Rodrigo de la Serna took the prize, and goalkeeper Edwin van der Sar saved it.",
            "Labour Minister Ghazi al-Gosaibi had caused uproar.",
            "Virgin Radio DJ Pete Mitchell said the year was good.",
        ]).Entities;

        Assert.Equal(["Rodrigo de la Serna", "Edwin van der Sar", "Ghazi al-Gosaibi", "Virgin Radio", "Pete Mitchell"], entities.Select(e => e.Name));
        Assert.Equal("Virgin Radio DJ", entities.Single(e => e.Name == "Pete Mitchell").Role);
    }

    [Fact]
    public void Ends_a_name_before_i_and_its_verb_and_names_no_span_of_months()
    {
        var names = FoundNames.NamesOf(
        [
            "\"If a bid comes in for Nicolas Anelka I will speak to the board,\" said Kevin Keegan.",
            "A Fool Such As I would become the 1,001st number one.",
            "Praising Celtic and Rangers for their efforts, she said it was good.",
            "Sales rose in the October-to-December quarter.",
        ]);

        Assert.Equal(["Nicolas Anelka", "Kevin Keegan", "Fool Such As I", "Celtic", "Rangers"], names);
    }

    [Fact]
    public void Reads_fund_managers_carriers_straits_and_prizes_by_their_last_word_and_a_states_word_as_no_part_of_a_name()
    {
        var types = FoundNames.TypesOf(
        [
            "\"It should empower the Fed,\" said Robert MacIntosh, chief economist with Eaton Vance Management in Boston.",
            "Cingular Wireless grew.",
            "Tankers were held up in the Dardanelles Straits on Monday.",
            "The Smarties Book Prizes were given.",
            "Digital Rights Management was blamed, said Californian Thomas Slattery.",
        ]);

        Assert.Equal(EntityType.Organization, types["Eaton Vance Management"]);
        Assert.Equal(EntityType.Organization, types["Cingular Wireless"]);
        Assert.Equal(EntityType.Place, types["Dardanelles Straits"]);
        Assert.Equal(EntityType.Other, types["Smarties Book Prizes"]);
        Assert.NotEqual(EntityType.Organization, types["Digital Rights Management"]);
        Assert.Equal(EntityType.Person, types["Thomas Slattery"]);
    }

    [Fact]
    public void Reads_a_body_for_the_something_whole_and_a_places_people_before_a_first_name_as_no_part_of_it()
    {
        var names = FoundNames.NamesOf(
        [
            "He told the annual meeting of the American Association for the Advancement of Science (AAAS) so.",
            "Records for the Commons only date back to 1834.",
            "He lost his place to New Zealander Jason Spice, and Britons Kathy Butler and Hayley Yelling were out of contention.",
        ]);

        Assert.Contains("American Association for the Advancement of Science", names);
        Assert.DoesNotContain(names, n => n.StartsWith("Records", StringComparison.Ordinal));
        Assert.Contains("Jason Spice", names);
        Assert.Contains("Kathy Butler", names);
    }

    [Fact]
    public void Names_no_entity_for_one_of_a_people_named_with_the_and_reads_magna_carta_as_a_thing()
    {
        var types = FoundNames.TypesOf(
        [
            "The Scot, who led GB to bronze earlier this year, moved away from the field.",
            "The game appealed to the Kiwi psyche.",
            "That goes right back to Magna Carta, and Brits were handed out.",
        ]);

        Assert.DoesNotContain("Scot", types.Keys);
        Assert.DoesNotContain("Kiwi", types.Keys);
        Assert.Equal(EntityType.Other, types["Magna Carta"]);
    }

    [Fact]
    public void Reads_a_name_ending_anothers_role_as_a_body()
    {
        var types = FoundNames.TypesOf(
        [
            "Spamhaus said the problem could grow.",
            "Steve Linford, director of Spamhaus, said the worm was new.",
        ]);

        Assert.Equal(EntityType.Organization, types["Spamhaus"]);
        Assert.Equal(EntityType.Person, types["Steve Linford"]);
    }

    [Fact]
    public void Keeps_a_known_things_name_apart_from_a_persons_that_ends_in_it()
    {
        var entities = EntityFinder.Find(
        [
            "Hundreds of fans greeted Father Christmas in the square.",
            "Christmas is a special time of the year, and the Christmas market opened.",
        ]).Entities;

        Assert.Contains(entities, e => e.Name == "Christmas");
        Assert.DoesNotContain(entities, e => e.Aliases.Contains("Christmas"));
    }

    [Fact]
    public void Reads_a_name_after_a_book_single_or_series_as_a_work()
    {
        var types = FoundNames.TypesOf(
        [
            "Stars of the US television series Desperate Housewives won, and the single Hey Ya topped the chart.",
            "Desperate Housewives and Hey Ya were named again.",
        ]);

        Assert.Equal(EntityType.Other, types["Desperate Housewives"]);
        Assert.Equal(EntityType.Other, types["Hey Ya"]);
    }

    [Fact]
    public void Reads_a_name_between_commas_after_a_noun_for_a_work_as_the_work_but_not_its_maker()
    {
        var types = FoundNames.TypesOf(
        [
            "He played a serious role in his next major film, Donnie Brasco, where he portrayed an agent.",
            "Donnie Brasco was a hit, said the director of the film, Vinod Pande, and Vinod Pande smiled.",
        ]);

        Assert.Equal(EntityType.Other, types["Donnie Brasco"]);
        Assert.Equal(EntityType.Person, types["Vinod Pande"]);
    }

    [Fact]
    public void Reads_a_royals_name_before_a_buildings_word_as_the_place_it_names()
    {
        string[] sentences =
        [
            "It was staged at the Prince Edward Theatre in London.",
            "The choir sang at the Queen Elizabeth Hall.",
            "She was taken to Prince Charles Hospital.",
            "Sir Peter Hall directed the play.",
        ];

        var types = FoundNames.TypesOf(sentences);

        Assert.Equal(EntityType.Place, types["Prince Edward Theatre"]);
        Assert.Equal(EntityType.Place, types["Queen Elizabeth Hall"]);
        Assert.Equal(EntityType.Place, types["Prince Charles Hospital"]);
        Assert.Equal(EntityType.Person, types["Peter Hall"]);
        Assert.DoesNotContain(types.Keys, n => n is "Edward Theatre" or "Elizabeth Hall" or "Charles Hospital");
    }

    [Fact]
    public void Reads_a_label_or_band_named_with_music_as_a_body_and_a_part_played_or_a_ballad_as_a_work()
    {
        string[] sentences =
        [
            "Roxy Music will headline, and Sony Music will release the album.",
            "Foxx has starred in Collateral and Ray.",
            "He recorded the sentimental ballad Georgia On My Mind in 1960.",
            "He left alongside Happy Mondays dancer Bez.",
        ];

        var types = FoundNames.TypesOf(sentences);

        Assert.Equal(EntityType.Organization, types["Roxy Music"]);
        Assert.Equal(EntityType.Organization, types["Sony Music"]);
        Assert.NotEqual(EntityType.Place, types.GetValueOrDefault("Collateral", EntityType.Other));
        Assert.Equal(EntityType.Other, types["Georgia On My Mind"]);
        Assert.Equal(EntityType.Person, types["Bez"]);
    }

    [Fact]
    public void Keeps_a_sons_mark_on_the_name_a_tour_as_a_thing_and_a_things_head_word_after_and_apart()
    {
        string[] sentences =
        [
            "He spoke at the funerals of both Martin Luther King Jnr and Malcolm X.",
            "Madonna earned $125m while embarking on her global Re-Invention Tour.",
            "He will focus on the Grand Slams and Tour events.",
        ];

        var types = FoundNames.TypesOf(sentences);

        Assert.Equal(EntityType.Person, types["Martin Luther King Jnr"]);
        Assert.Equal(EntityType.Other, types["Re-Invention Tour"]);
        Assert.DoesNotContain(types.Keys, n => n is "Jnr" or "Martin Luther" || n.Contains(" and ", StringComparison.Ordinal));
    }

    [Fact]
    public void A_name_opening_with_an_adjective_or_a_verb_is_no_persons_unless_a_given_name_and_a_name_in_it_is_no_short_form()
    {
        string[] sentences =
        [
            "Led Zeppelin and Teenage Fanclub will play, as will the Original Pirate Material tour.",
            "Campaigners from Save Betamax met Grant Wilson and Roman Abramovich.",
            "Stop Stansted Expansion said the plans were flawed.",
            "BAA set up a scheme for people living near Stansted.",
        ];

        var types = FoundNames.TypesOf(sentences);

        Assert.NotEqual(EntityType.Person, types["Led Zeppelin"]);
        Assert.NotEqual(EntityType.Person, types["Teenage Fanclub"]);
        Assert.NotEqual(EntityType.Person, types["Original Pirate Material"]);
        Assert.NotEqual(EntityType.Person, types["Save Betamax"]);
        Assert.Equal(EntityType.Person, types["Grant Wilson"]);
        Assert.Equal(EntityType.Person, types["Roman Abramovich"]);
        Assert.Contains("Stansted", types.Keys);
    }

    [Fact]
    public void A_given_name_owning_something_after_in_is_a_persons_short_form_not_a_place()
    {
        var entities = EntityFinder.Find(
        [
            "Robbie Williams won the prize for Angels.",
            "It is not even the best song in Robbie's repertoire.",
            "Robbie was a deserved winner.",
        ]).Entities;

        var robbie = Assert.Single(entities);
        Assert.Equal("Robbie Williams", robbie.Name);
        Assert.Contains("Robbie", robbie.Aliases);
    }
}
