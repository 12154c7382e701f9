using System.Text.RegularExpressions;
using BriefingSite.Extract;
using BriefingSite.Model;
using Xunit.Abstractions;

namespace BriefingSite.Tests.Extract;

public class EntityFinderTests(ITestOutputHelper output)
{
    [Fact]
    public void Splits_a_title_off_a_person_and_keeps_the_surname_as_an_alias()
    {
        // Given a title before a name and the surname alone later
        string[] sentences = ["Deputy National Security Adviser Jon Finer spoke on Thursday.", "Later, Finer stated the threat was real."];

        // When entities are found
        var entities = EntityFinder.Find(sentences).Entities;

        // Then there is one person with the role split off and the surname as an alias
        var finer = Assert.Single(entities);
        Assert.Equal("Jon Finer", finer.Name);
        Assert.Equal(EntityType.Person, finer.Type);
        Assert.Equal("Deputy National Security Adviser", finer.Role);
        Assert.Contains("Finer", finer.Aliases);
    }

    [Fact]
    public void In_a_football_report_a_city_is_a_club_but_a_games_named_after_a_city_is_no_club()
    {
        // Given a report that speaks of a defender, the referee and a derby, none of the words it needed before
        string[] sentences =
        [
            "Newcastle defender Steven Taylor was sent off by the referee in the derby against Middlesbrough.",
            "Newcastle boss Graeme Souness said Middlesbrough deserved their win.",
            "Taylor had watched the Athens Olympics with the Middlesbrough squad.",
        ];

        // When entities are found
        var entities = EntityFinder.Find(sentences).Entities;

        // Then the cities are its clubs, and the Games a thing
        Assert.Equal(EntityType.Organization, entities.Single(e => e.Name == "Newcastle").Type);
        Assert.Equal(EntityType.Organization, entities.Single(e => e.Name == "Middlesbrough").Type);
        Assert.Equal(EntityType.Other, entities.Single(e => e.Name == "Athens Olympics").Type);
    }

    [Fact]
    public void A_surname_joins_a_person_written_two_ways_but_not_two_people()
    {
        // Given a player named "Steve Gerrard" and "Steven Gerrard", and his surname alone; and two brothers Neville
        string[] sentences =
        [
            "Liverpool legend Phil Thompson has pleaded with Steve Gerrard to reject any overtures from Chelsea.",
            "Fans questioned Gerrard's commitment after the final.",
            "I hope it is to the benefit of Steven Gerrard and of the club.",
            "Gary Neville and Phil Neville both played on Sunday, and Neville scored.",
        ];

        // When entities are found
        var entities = EntityFinder.Find(sentences).Entities;

        // Then "Gerrard" is the player's, while "Neville" belongs to neither brother
        Assert.DoesNotContain(entities, e => e.Name == "Gerrard");
        Assert.Contains(entities, e => e.Type == EntityType.Person && e.Name.EndsWith("Gerrard", StringComparison.Ordinal) && e.Aliases.Contains("Gerrard"));
        Assert.DoesNotContain(entities, e => e.Name.EndsWith(" Neville", StringComparison.Ordinal) && e.Aliases.Contains("Neville"));
    }

    [Fact]
    public void Reads_an_appositive_role_after_a_name()
    {
        string[] sentences = ["The words of John Finer, deputy national security adviser in the Biden administration, confirm a rift."];

        var finer = EntityFinder.Find(sentences).Entities.Single(e => e.Name == "John Finer");

        Assert.Equal("deputy national security adviser in the Biden administration", finer.Role);
    }

    [Theory]
    [InlineData("Mr Jones said the plan would work.", "Alan Jones", null)]
    [InlineData("Sir Alan Jones opened the hall.", "Alan Jones", null)]
    [InlineData("Deputy Prime Minister Mr Jones opened the hall.", "Alan Jones", "Deputy Prime Minister")]
    [InlineData("Transport Commissioner Sir Alan Jones opened the hall.", "Alan Jones", "Transport Commissioner")]
    [InlineData("And Chancellor Alan Jones said it was fair.", "Alan Jones", "Chancellor")]
    [InlineData("Former Labour MP Lord Jones opened the hall.", "Alan Jones", "Former Labour MP")]
    [InlineData("Broadcaster Alan Jones opened the hall.", "Alan Jones", "Broadcaster")]
    [InlineData("It was opened by former Prime Minister Alan Jones.", "Alan Jones", "former Prime Minister")]
    [InlineData("New York Attorney General Alan Jones said it was fair.", "Alan Jones", "New York Attorney General")]
    [InlineData("\"It will grow,\" said Alan Jones, an analyst at Bigbank.", "Alan Jones", "analyst at Bigbank")]
    [InlineData("\"It will grow,\" Alan Jones, senior fellow at the Institute told reporters.", "Alan Jones", "senior fellow at the Institute")]
    [InlineData("The part went to Alan Jones, who beat his former co-star to it.", "Alan Jones", null)]
    [InlineData("Alan Jones, PPI research director, said it was fair.", "Alan Jones", "PPI research director")]
    [InlineData("Alan Jones, BBC News, reports.", "Alan Jones", null)]
    [InlineData("It was fair, Alan Jones, PPI director said.", "Alan Jones", "PPI director")]
    [InlineData("Alan Jones, PPI editor Michael Brown, and others came.", "Alan Jones", null)]
    [InlineData("Alan Jones, a spokesman for trade commissioner Michael Brown, said so.", "Alan Jones", "spokesman for trade commissioner Michael Brown")]
    [InlineData("Alan Jones, the Labour leader of the council, said so.", "Alan Jones", "Labour leader of the council")]
    [InlineData("Alan Jones, Labour leader Michael Brown, said so.", "Alan Jones", null)]
    [InlineData("Alan Jones, who chairs the Commons work and pensions committee, said so.", "Alan Jones", "chair of the Commons work and pensions committee")]
    [InlineData("Mr Jones, who owns the Tampa Bay Buccaneers team, made his offer.", "Alan Jones", "owner of the Tampa Bay Buccaneers team")]
    [InlineData("Alan Jones, who heads F-Secure's anti-virus team, said so.", "Alan Jones", "head of F-Secure's anti-virus team")]
    [InlineData("Alan Jones, who founded the anti-war party Respect, was elected.", "Alan Jones", "founder of the anti-war party Respect")]
    [InlineData("Alan Jones, who heads home after the match, said so.", "Alan Jones", null)]
    [InlineData("It was fair, said Alan Jones, co-founder of Amsterdam-based OneStat.com.", "Alan Jones", "co-founder of Amsterdam-based OneStat.com")]
    [InlineData("It was fair, said Alan Jones, an analyst in the U.S.", "Alan Jones", "analyst in the U.S.")]
    public void A_role_says_what_a_person_does_not_how_they_are_addressed(string sentence, string person, string? role)
    {
        Assert.Equal(role, RoleOf(person, sentence));
    }

    [Theory]
    [InlineData("It was fair, chancellor Alan Jones said.", "Alan Jones", "chancellor")]
    [InlineData("Microsoft chief executive Alan Jones said sales rose.", "Alan Jones", "Microsoft chief executive")]
    [InlineData("It was attacked by Tory leader Alan Jones.", "Alan Jones", "Tory leader")]
    [InlineData("Bank of England governor Alan Jones said rates would stay.", "Alan Jones", "Bank of England governor")]
    [InlineData("US secretary of state Alan Jones arrived.", "Alan Jones", "US secretary of state")]
    [InlineData("New York attorney general Alan Jones sued.", "Alan Jones", "New York attorney general")]
    [InlineData("Manchester United manager Sir Alan Jones said so.", "Alan Jones", "Manchester United manager")]
    [InlineData("Former Tory leader Alan Jones spoke.", "Alan Jones", "Former Tory leader")]
    [InlineData("Liberal Democrat home affairs spokesman Alan Jones said so.", "Alan Jones", "Liberal Democrat home affairs spokesman")]
    [InlineData("Alan Jones, Microsoft's chief executive, said sales rose.", "Alan Jones", "Microsoft's chief executive")]
    [InlineData("Alan Jones, the England coach, named his side.", "Alan Jones", "England coach")]
    [InlineData("The Arsenal boss, Alan Jones, said so.", "Alan Jones", "Arsenal boss")]
    [InlineData("Mr Blair's spokesman, Alan Jones, said so.", "Alan Jones", "Mr Blair's spokesman")]
    [InlineData("Injured Chelsea winger Alan Jones is out.", "Alan Jones", "Chelsea winger")]
    [InlineData("He beat Phantom of the Opera director Alan Jones to it.", "Alan Jones", "director")]
    [InlineData("It went to Ziyi Zhang for House of Flying Daggers and UK star Alan Jones.", "Alan Jones", "UK star")]
    [InlineData("Tony Blair and Conservative leader Alan Jones spoke.", "Alan Jones", "Conservative leader")]
    [InlineData("It was won by Oil and Natural Gas Corporation chairman Alan Jones.", "Alan Jones", "Oil and Natural Gas Corporation chairman")]
    [InlineData("Blackburn rejected a third bid from Rangers for Scotland captain Alan Jones.", "Alan Jones", "Scotland captain")]
    [InlineData("On Monday chancellor Alan Jones spoke.", "Alan Jones", "chancellor")]
    [InlineData("His brother Alan Jones said nothing.", "Alan Jones", null)]
    [InlineData("It asks how good a prime minister Alan Jones would make.", "Alan Jones", null)]
    [InlineData("It was opened by trade and industry secretary Alan Jones.", "Alan Jones", "trade and industry secretary")]
    [InlineData("Tories attacked Labour's record and party leader Alan Jones spoke.", "Alan Jones", "party leader")]
    [InlineData("Alan Jones, the French capital's mayor, spoke.", "Alan Jones", "French capital's mayor")]
    [InlineData("Fourth seed Alan Jones lost.", "Alan Jones", "Fourth seed")]
    [InlineData("He faces 16th seed Alan Jones.", "Alan Jones", "16th seed")]
    [InlineData("It was made by filmmaker Alan Jones.", "Alan Jones", "filmmaker")]
    [InlineData("It was said by research team head Alan Jones.", "Alan Jones", "research team head")]
    [InlineData("He rose to powerfully head Alan Jones's corner goalwards.", "Alan Jones", null)]
    public void A_role_in_small_letters_before_a_name_or_around_it_says_what_a_person_does(string sentence, string person, string? role)
    {
        Assert.Equal(role, RoleOf(person, sentence));
    }

    [Theory]
    [InlineData("Rates will rise, said Alan Jones, an economist at UBS.", "Alan Jones", "economist at UBS")]
    [InlineData("Alan Jones, a bond strategist at Miller Tabak, said so.", "Alan Jones", "bond strategist at Miller Tabak")]
    [InlineData("Alan Jones, an analyst at Stone & McCarthy Research, said so.", "Alan Jones", "analyst at Stone & McCarthy Research")]
    [InlineData("Alan Jones, the party's Treasury spokesman, said so.", "Alan Jones", "party's Treasury spokesman")]
    [InlineData("Alan Jones, co-author of the Demos report, said so.", "Alan Jones", "co-author of the Demos report")]
    [InlineData("Alan Jones, the MP for Grantham and Stamford, spoke.", "Alan Jones", "MP for Grantham and Stamford")]
    [InlineData("Alan Jones, Chief Executive of AOL UK, said so.", "Alan Jones", "Chief Executive of AOL UK")]
    [InlineData("Alan Jones, the rapper who leads the awards, won.", "Alan Jones", "rapper")]
    [InlineData("Alan Jones, the 2000 Olympic 200m champion, ran.", "Alan Jones", "2000 Olympic 200m champion")]
    [InlineData("Alan Jones, operations and safety editor at Flight International, said so.", "Alan Jones", "operations and safety editor at Flight International")]
    [InlineData("Alan Jones, a molecular microbiologist at Washington University, said so.", "Alan Jones", "molecular microbiologist at Washington University")]
    [InlineData("Alan Jones, a doctor at Chaoyang Hospital where the patients were treated, said so.", "Alan Jones", "doctor at Chaoyang Hospital")]
    [InlineData("Alan Jones, the player he beat in the final, lost.", "Alan Jones", null)]
    [InlineData("The film, directed by Alan Jones, received best actress, picture and director nominations.", "Alan Jones", null)]
    [InlineData("Alan Jones, author Ian Fleming's first book, is next.", "Alan Jones", null)]
    public void A_role_between_commas_after_a_name_may_say_where_it_is_held(string sentence, string person, string? role)
    {
        Assert.Equal(role, RoleOf(person, sentence));
    }

    [Theory]
    [InlineData("He was named by the chairman of Migration Watch UK, Alan Jones, on Monday.", "Alan Jones", "chairman of Migration Watch UK")]
    [InlineData("The head of Naftohaz, Alan Jones, said the deal was done.", "Alan Jones", "head of Naftohaz")]
    [InlineData("It came from the co-chairman of the Conservative Party, Alan Jones, who spoke.", "Alan Jones", "co-chairman of the Conservative Party")]
    [InlineData("The new chief executive of the Northern Irish FA, Alan Jones, said so.", "Alan Jones", "new chief executive of the Northern Irish FA")]
    [InlineData("The likes of Matt Dawson, Alan Jones, and Will Greenwood played.", "Alan Jones", null)]
    [InlineData("He compared it to the era of Gareth Edwards, Alan Jones, and others.", "Alan Jones", null)]
    [InlineData("He spoke to the chairman of Migration Watch UK, Alan Jones and others.", "Alan Jones", null)]
    public void A_role_held_somewhere_may_stand_before_a_name_set_off_by_commas(string sentence, string person, string? role)
    {
        Assert.Equal(role, RoleOf(person, sentence));
    }

    [Theory]
    [InlineData("World number one Alan Jones won.", "Alan Jones", "World number one")]
    [InlineData("He beat former world number one Alan Jones.", "Alan Jones", "former world number one")]
    [InlineData("British number two Alan Jones lost.", "Alan Jones", "British number two")]
    [InlineData("Number one men's seed Alan Jones won.", "Alan Jones", "Number one men's seed")]
    [InlineData("They took the number one Alan Jones spot.", "Alan Jones", null)]
    public void A_place_in_a_ranking_is_a_role(string sentence, string person, string? role)
    {
        Assert.Equal(role, RoleOf(person, sentence));
    }

    [Theory]
    [InlineData("Spurs sporting director Alan Jones denied it.", "Alan Jones", "Spurs sporting director")]
    [InlineData("Former civil service chief Alan Jones spoke.", "Alan Jones", "Former civil service chief")]
    [InlineData("It was former record label boss Alan Jones.", "Alan Jones", "former record label boss")]
    [InlineData("He heard from ex-finance chief Alan Jones.", "Alan Jones", "ex-finance chief")]
    [InlineData("The Tories attacked Labour's record and party leader Alan Jones spoke.", "Alan Jones", "party leader")]
    public void A_roles_field_in_small_letters_goes_with_it(string sentence, string person, string? role)
    {
        Assert.Equal(role, RoleOf(person, sentence));
    }

    // The role found for a person named in full in a first sentence, then in the sentence given.
    private static string? RoleOf(string person, string sentence) =>
        EntityFinder.Find(["Alan Jones arrived on Monday.", sentence]).Entities.Single(e => e.Name == person).Role;

    [Fact]
    public void A_name_a_role_is_held_for_is_a_bodys()
    {
        string[] sentences =
        [
            "\"PC makers will not dominate,\" Simon Yates, a senior analyst for Forrester, said.",
            "\"It is the only way,\" said Rachel Harker, spokeswoman for Hypertag.",
            "Margaret Davidson, independent member for Loch Ness West, spoke.",
            "Its star, Alan Jones, the executive producer of Family Guy, said so.",
        ];

        var types = EntityFinder.Find(sentences).Entities.ToDictionary(e => e.Name, e => e.Type);

        Assert.Equal(EntityType.Organization, types["Forrester"]);
        Assert.Equal(EntityType.Organization, types["Hypertag"]);
        Assert.NotEqual(EntityType.Organization, types["Loch Ness West"]);
        Assert.NotEqual(EntityType.Organization, types["Family Guy"]);
    }

    [Fact]
    public void A_role_that_bodies_hold_too_makes_no_person_of_a_body()
    {
        string[] sentences =
        [
            "Baoshan, the country's largest steel producer, agreed.",
            "Sales rose at market leader Best Buy and at owner France Telecom.",
            "According to analyst Gartner, sales rose.",
            "Steel producer Krivorizhstal Group was sold.",
        ];

        var entities = EntityFinder.Find(sentences).Entities;

        Assert.DoesNotContain(entities, e => e.Type == EntityType.Person);
        Assert.All(entities, e => Assert.Null(e.Role));
    }

    [Theory]
    [InlineData("Credit rating agencies Standard & Poor's, Moody's and Fitch cut its rating.", "Standard & Poor's|Moody's")]
    [InlineData("The rupee rose after Standard & Poor's (S&P) raised its rating. || S&P said so.", "Standard & Poor's")]
    [InlineData("It sold less than Sotheby's last year. || Christie’s sales rose.", "Sotheby's|Christie's")]
    [InlineData("Stores like Bullock's and Gimbels were sold. || Bullock's stores closed.", "Bullock's")]
    [InlineData("The drug slows Parkinson's disease, Alan Jones said.", "Parkinson's|Alan Jones")]
    [InlineData("She denies he is Mr Blunkett's.", "Blunkett")]
    [InlineData("Its technology, not Sony's, will win.", "Sony")]
    [InlineData("Ronald McDonald's hat was red. || Ronald McDonald smiled.", "Ronald McDonald")]
    [InlineData("Shares in Hollinger's fell. || The sale of Hollinger's, a publisher, was called off. || Hollinger said profits rose.", "Hollinger")]
    [InlineData("Pakistan's army said so. || Its leaders met in Pakistan's capital.", "Pakistan")]
    public void A_name_keeps_its_s_where_it_is_its_own_not_an_owners(string text, string names)
    {
        Assert.Equal(names.Split('|'), FoundNames.NamesOf(text.Split(" || ")));
    }

    [Fact]
    public void Senior_opening_a_sentence_is_no_title_and_no_part_of_the_name_after_it()
    {
        var entities = EntityFinder.Find(["Senior WorldCom executives are accused of fraud."]).Entities;

        var worldCom = Assert.Single(entities);
        Assert.Equal("WorldCom", worldCom.Name);
        Assert.NotEqual(EntityType.Person, worldCom.Type);
        Assert.Null(worldCom.Role);
    }

    [Fact]
    public void Keeps_a_known_place_whole_when_a_title_follows_it_at_a_sentence_start()
    {
        string[] sentences = ["New York Attorney General Alan Jones said the case was closed."];

        var entities = EntityFinder.Find(sentences).Entities;

        Assert.Contains(entities, e => e.Name == "New York" && e.Type == EntityType.Place);
        Assert.DoesNotContain(entities, e => e.Name == "York");
    }

    [Fact]
    public void Leaves_a_nationality_noun_out_of_a_name_but_not_a_first_name_that_spells_one()
    {
        string[] sentences = ["Briton Tim Henman beat Dane Kenneth Carlsen in Sydney.", "Frenchman Arnaud Clement watched.", "Dane Bowers sang later."];

        var names = FoundNames.NamesOf(sentences);

        Assert.Contains("Tim Henman", names);
        Assert.Contains("Kenneth Carlsen", names);
        Assert.Contains("Arnaud Clement", names);
        Assert.Contains("Dane Bowers", names);
        Assert.DoesNotContain(names, n => n.StartsWith("Briton", StringComparison.Ordinal) || n.StartsWith("Frenchman", StringComparison.Ordinal) || n == "Dane Kenneth Carlsen");
    }

    [Fact]
    public void Reads_acronyms_used_as_common_nouns_and_contractions_as_no_name()
    {
        string[] sentences = ["The show was the most watched on US TV this year.", "It was on TV at 21:00 GMT.", "Sky TV bought the rights.", "\"I'm happy here,\" he said.", "\"We’ve won,\" she said.", "\"Don't go,\" they said."];

        var names = FoundNames.NamesOf(sentences);

        Assert.DoesNotContain(names, n => n is "TV" or "US TV" or "GMT" or "I'm" or "We’ve" or "Don't");
        Assert.Contains("Sky TV", names);
    }

    [Fact]
    public void Types_streets_grounds_and_awards_that_speak_as_no_people_but_keeps_surnames_that_spell_them()
    {
        string[] sentences = ["Downing Street said the plan was sound.", "Chelsea won at Stamford Bridge, and Golden Globe voters agreed.", "The prize went to Nathan Lane, who said he was happy."];

        var types = FoundNames.TypesOf(sentences);

        Assert.Equal(EntityType.Place, types["Downing Street"]);
        Assert.Equal(EntityType.Place, types["Stamford Bridge"]);
        Assert.Equal(EntityType.Other, types["Golden Globe"]);
        Assert.Equal(EntityType.Person, types["Nathan Lane"]);
    }

    [Fact]
    public void Does_not_take_titles_that_open_with_a_common_word_for_people()
    {
        string[] sentences = ["The film About Schmidt won, and the band No Doubt played.", "Later, About Schmidt and No Doubt were praised again."];

        var types = FoundNames.TypesOf(sentences);

        Assert.NotEqual(EntityType.Person, types.GetValueOrDefault("About Schmidt", EntityType.Other));
        Assert.NotEqual(EntityType.Person, types.GetValueOrDefault("No Doubt", EntityType.Other));
    }

    [Fact]
    public void Does_not_take_titles_that_open_with_a_verb_in_ing_for_people_nor_keep_one_that_opens_a_sentence_before_a_name()
    {
        string[] sentences =
        [
            "The film Finding Neverland won, and MPs debated the Gambling Bill while the Fostering Network watched.",
            "Making Michael Howard leader was a gamble, said Erling Refsum, who praised Finding Neverland again.",
            "Later, the Gambling Bill was named again.",
        ];

        var types = FoundNames.TypesOf(sentences);

        Assert.Equal(EntityType.Other, types["Finding Neverland"]);
        Assert.Equal(EntityType.Other, types["Gambling Bill"]);
        Assert.Equal(EntityType.Person, types["Michael Howard"]);
        Assert.DoesNotContain("Making Michael Howard", types.Keys);
        Assert.Equal(EntityType.Person, types["Erling Refsum"]);
        Assert.Contains("Fostering Network", types.Keys);
    }

    [Fact]
    public void Reads_a_body_named_for_its_members_whole_but_not_a_place_or_company_with_its_body()
    {
        string[] sentences =
        [
            "The Musicians' Union stance is endorsed by the Music Managers' Forum (MMF) and the Women's Institute.",
            "Britain's Labour Party and Pakistan's Army disagreed, and Sony's Board met on Monday.",
        ];

        var names = FoundNames.NamesOf(sentences);

        Assert.Contains("Musicians' Union", names);
        Assert.Contains("Music Managers' Forum", names);
        Assert.Contains("Women's Institute", names);
        Assert.DoesNotContain(names, n => n.Contains("Britain", StringComparison.Ordinal) || n.Contains("Pakistan's", StringComparison.Ordinal) || n.Contains("Sony's", StringComparison.Ordinal));
    }

    [Fact]
    public void Cuts_two_bodies_joined_by_and_but_keeps_a_name_with_and_in_it()
    {
        string[] sentences =
        [
            "Apple Computer and Cisco Systems joined the Deutsche Bank and Credit Suisse Group deal.",
            "The US Securities and Exchange Commission and the Academy of Motion Picture Arts and Sciences agreed.",
        ];

        var names = FoundNames.NamesOf(sentences);

        Assert.Contains("Apple Computer", names);
        Assert.Contains("Cisco Systems", names);
        Assert.Contains("Credit Suisse Group", names);
        Assert.Contains(names, n => n.EndsWith("Securities and Exchange Commission", StringComparison.Ordinal));
        Assert.Contains("Academy of Motion Picture Arts and Sciences", names);
    }

    [Fact]
    public void Reads_a_demonym_after_a_capitalised_opening_word_as_its_country()
    {
        string[] sentences =
        [
            "Popular Chinese websites were blocked on Monday.",
            "Cult British group Portishead are writing a third album, Mike German said.",
        ];

        var types = FoundNames.TypesOf(sentences);

        Assert.DoesNotContain(types.Keys, n => n.StartsWith("Popular", StringComparison.Ordinal) || n.StartsWith("Cult", StringComparison.Ordinal));
        Assert.Equal(EntityType.Place, types["China"]);
        Assert.Equal(EntityType.Person, types["Mike German"]);
    }

    [Fact]
    public void Drops_a_noun_for_a_body_that_opens_a_sentence_before_a_name_and_reads_the_name_as_a_body()
    {
        string[] sentences =
        [
            "Bookmaker Ladbrokes said it would continue to accept bets.",
            "Bank of America said profits rose.",
        ];

        var types = FoundNames.TypesOf(sentences);

        Assert.Equal(EntityType.Organization, types["Ladbrokes"]);
        Assert.DoesNotContain(types.Keys, n => n.StartsWith("Bookmaker", StringComparison.Ordinal));
        Assert.Contains("Bank of America", types.Keys);
    }

    [Fact]
    public void Reads_a_name_joined_by_an_ampersand_whole_as_a_body()
    {
        string[] sentences =
        [
            "Sales at Marks & Spencer fell, said Stuart Rose, while Procter & Gamble grew.",
            "An economist at Stone & McCarthy said the film Starsky & Hutch did well.",
        ];

        var types = FoundNames.TypesOf(sentences);

        Assert.Equal(EntityType.Organization, types["Marks & Spencer"]);
        Assert.Equal(EntityType.Organization, types["Procter & Gamble"]);
        Assert.Equal(EntityType.Organization, types["Stone & McCarthy"]);
        Assert.Equal(EntityType.Other, types["Starsky & Hutch"]);
        Assert.Equal(EntityType.Person, types["Stuart Rose"]);
    }

    [Fact]
    public void Reads_a_name_owning_shares_after_a_noun_for_a_business_or_in_apposition_to_one_as_a_business_though_it_speaks()
    {
        string[] sentences =
        [
            "Deloitte said growth would slow, and Deloitte believes rates will fall.",
            "Deloitte's chief economic advisor Roger Bootle said the boom was over.",
            "Analysts said Petrel's shares fell after Tony Blair's rivals and Blair's staff spoke.",
            "A poll for mobile firm Intervoice was large, Intervoice said, and Intervoice added that it was online.",
            "Sibneft, a Russian oil company, said it would appeal, and Sibneft believes it will win.",
            "But Gianni Agnelli, the godfather of the group, said no, and John Smith, a company director, said yes.",
        ];

        var types = FoundNames.TypesOf(sentences);

        Assert.Equal(EntityType.Organization, types["Deloitte"]);
        Assert.Equal(EntityType.Organization, types["Petrel"]);
        Assert.Equal(EntityType.Organization, types["Intervoice"]);
        Assert.Equal(EntityType.Organization, types["Sibneft"]);
        Assert.Equal(EntityType.Person, types["Gianni Agnelli"]);
        Assert.Equal(EntityType.Person, types["John Smith"]);
        Assert.Equal(EntityType.Person, types["Tony Blair"]);
        Assert.Equal(EntityType.Person, types["Roger Bootle"]);
    }

    [Fact]
    public void Splits_an_occupation_that_opens_a_sentence_off_the_name_as_a_role()
    {
        string[] sentences =
        [
            "Musician Alan Wass said the band would tour.",
            "Guitarist Brian May and Rapper Eminem were there.",
        ];

        var entities = EntityFinder.Find(sentences).Entities.ToDictionary(e => e.Name);

        Assert.Equal(EntityType.Person, entities["Alan Wass"].Type);
        Assert.Equal("Musician", entities["Alan Wass"].Role);
        Assert.Equal(EntityType.Person, entities["Brian May"].Type);
        Assert.Contains("Eminem", entities.Keys);
        Assert.DoesNotContain(entities.Keys, n => n.StartsWith("Musician", StringComparison.Ordinal) || n.StartsWith("Guitarist", StringComparison.Ordinal));
    }

    [Fact]
    public void Types_clubs_research_firms_districts_and_elections_by_what_they_are()
    {
        string[] sentences =
        [
            "The Tories will fight the General Election on health, said Michael Howard.",
            "Analysts at Jupiter Research said Leonardo DiCaprio would win.",
            "The show opens in the West End, while Chelsea beat Arsenal and Chelsea Clinton watched.",
            "Ireland play at Lansdowne Road, far from the Three Gorges Dam, said Eddie O'Sullivan.",
            "Amazon said its sales rose.",
            "Andre Agassi pulled out of the Australian Open, and British Airways cut flights.",
            "She was runner-up in Australian Idol last year.",
            "The minister said the Act says little, and the Act was passed in 1998.",
        ];

        var types = FoundNames.TypesOf(sentences);

        Assert.Equal(EntityType.Other, types["General Election"]);
        Assert.DoesNotContain("Election", types.Keys);
        Assert.Equal(EntityType.Organization, types["Jupiter Research"]);
        Assert.Equal(EntityType.Person, types["Leonardo DiCaprio"]);
        Assert.Equal(EntityType.Place, types["West End"]);
        Assert.Equal(EntityType.Place, types["Lansdowne Road"]);
        Assert.Equal(EntityType.Place, types["Three Gorges Dam"]);
        Assert.Equal(EntityType.Organization, types["Chelsea"]);
        Assert.Equal(EntityType.Organization, types["Arsenal"]);
        Assert.Equal(EntityType.Person, types["Chelsea Clinton"]);
        Assert.Equal(EntityType.Organization, types["Amazon"]);
        Assert.Equal(EntityType.Other, types["Australian Open"]);
        Assert.Equal(EntityType.Other, types["Australian Idol"]);
        Assert.Equal(EntityType.Organization, types["British Airways"]);
        Assert.DoesNotContain("Open", types.Keys);
        Assert.DoesNotContain("Act", types.Keys);
    }

    [Fact]
    public void Reads_a_title_opening_with_the_after_its_makers_possessive_as_a_work_small_words_and_all()
    {
        string[] sentences =
        [
            "The panel overlooked Philip Roth's The Plot Against America, said Tom Smith.",
            "The prize went to Alan Hollinghurst's The Line of Beauty, not to The Catherine Tate Show and Sacha Baron Cohen.",
        ];

        var types = FoundNames.TypesOf(sentences);

        Assert.Equal(EntityType.Other, types["The Plot Against America"]);
        Assert.Equal(EntityType.Other, types["The Line of Beauty"]);
        Assert.Equal(EntityType.Person, types["Philip Roth"]);
        Assert.Equal(EntityType.Person, types["Sacha Baron Cohen"]);
    }

    [Fact]
    public void Reads_a_bare_a_in_a_sports_report_as_an_initial_but_not_before_an_everyday_word()
    {
        string[] sentences =
        [
            "The club won the league match 2-1 and the team's coach praised the goal.",
            "Scorers: A Hazell, B Jones.",
            "After the match the players watched A Little Princess on the team bus.",
        ];

        var types = FoundNames.TypesOf(sentences);

        Assert.Equal(EntityType.Person, types["A Hazell"]);
        Assert.NotEqual(EntityType.Person, types["A Little Princess"]);
    }

    [Fact]
    public void Takes_no_name_of_everyday_words_for_a_person()
    {
        string[] sentences =
        [
            "The single Toy Soldiers entered the chart above Almost Here, ahead of Finest Hour.",
            "Tennis star Pat Cash, Rose Young and Will Young watched.",
            "Supporters said the club should stay, and Supporters said so again, as Investors said.",
            "The story ran in Closer and again in Closer, from Kampala.",
            "The charity Age Concern said the change was welcome.",
        ];

        var types = FoundNames.TypesOf(sentences);

        Assert.NotEqual(EntityType.Person, types["Toy Soldiers"]);
        Assert.NotEqual(EntityType.Person, types["Almost Here"]);
        Assert.NotEqual(EntityType.Person, types["Finest Hour"]);
        Assert.Equal(EntityType.Person, types["Pat Cash"]);
        Assert.Equal(EntityType.Person, types["Rose Young"]);
        Assert.Equal(EntityType.Person, types["Will Young"]);
        Assert.NotEqual(EntityType.Person, types.GetValueOrDefault("Supporters", EntityType.Other));
        Assert.NotEqual(EntityType.Place, types.GetValueOrDefault("Closer", EntityType.Other));
        Assert.Equal(EntityType.Place, types["Kampala"]);
        Assert.Equal(EntityType.Organization, types["Age Concern"]);
    }

    [Fact]
    public void Takes_a_work_named_after_its_kind_for_a_work_though_it_tells_a_story()
    {
        string[] sentences =
        [
            "She starred in the fantasy movie A Little Princess.",
            "Based on a novel, A Little Princess tells the story of a young girl.",
        ];

        var types = FoundNames.TypesOf(sentences);

        Assert.Equal(EntityType.Other, types["A Little Princess"]);
    }

    [Fact]
    public void Takes_a_title_before_one_everyday_word_for_part_of_a_things_name()
    {
        string[] sentences =
        [
            "The Criminal Justice Act passed, and the show Captain Scarlet played for the Queen Mother.",
            "Lord Justice May and Prince Charles listened.",
        ];

        var entities = EntityFinder.Find(sentences).Entities;
        var names = entities.Select(e => e.Name).ToList();

        Assert.DoesNotContain("Act", names);
        Assert.DoesNotContain("Scarlet", names);
        Assert.DoesNotContain("Mother", names);
        Assert.Contains("Criminal Justice Act", names);
        Assert.Equal(EntityType.Person, entities.Single(e => e.Name == "May").Type);
        Assert.Equal(EntityType.Person, entities.Single(e => e.Name == "Charles").Type);
    }

    [Fact]
    public void Types_cathedrals_and_galleries_as_places_and_championships_as_events()
    {
        string[] sentences =
        [
            "Mourners filled Westminster Cathedral and the Tate Gallery after the Wimbledon Championships.",
            "She won the London Marathon and the Norwich Union Grand Prix.",
            "He grew up in Port Talbot, climbed Mount Everest and gave the Hinton Lecture before Queens Park Rangers signed him in April-July.",
        ];

        var types = FoundNames.TypesOf(sentences);

        Assert.Equal(EntityType.Place, types["Westminster Cathedral"]);
        Assert.Equal(EntityType.Place, types["Tate Gallery"]);
        Assert.Equal(EntityType.Other, types["Wimbledon Championships"]);
        Assert.Equal(EntityType.Other, types["London Marathon"]);
        Assert.Equal(EntityType.Other, types["Norwich Union Grand Prix"]);
        Assert.Equal(EntityType.Place, types["Port Talbot"]);
        Assert.Equal(EntityType.Place, types["Mount Everest"]);
        Assert.Equal(EntityType.Other, types["Hinton Lecture"]);
        Assert.Equal(EntityType.Organization, types["Queens Park Rangers"]);
        Assert.DoesNotContain("April-July", types.Keys);
    }

    [Fact]
    public void Reads_the_first_word_of_a_quotation_as_a_sentences_first()
    {
        string[] sentences =
        [
            "Jeff Evans said: \"In Wales the civil service is a major employer.\"",
            "He added: \"If Charles Kennedy wins, so be it.\"",
            "Microsoft called it the \"Next Generation Secure Computing Base\" in Wales.",
        ];

        var names = FoundNames.NamesOf(sentences);

        Assert.DoesNotContain("In Wales", names);
        Assert.Contains("Wales", names);
        Assert.DoesNotContain("If Charles Kennedy", names);
        Assert.Contains("Charles Kennedy", names);
        Assert.Contains("Next Generation Secure Computing Base", names);
    }

    [Fact]
    public void Keeps_of_the_inside_a_name_of_everyday_words_or_a_bodys()
    {
        string[] sentences =
        [
            "He spoke to the News of the World about Eternal Sunshine of the Spotless Mind.",
            "Millions watched Top of the Pops, and Hannah Ward of the Refugee Council and the Leader of the Opposition did not.",
            "Sales rose, said the International Federation of the Phonographic Industry and the International Committee of the Red Cross.",
        ];

        var names = FoundNames.NamesOf(sentences);

        Assert.Contains("News of the World", names);
        Assert.Contains("Eternal Sunshine of the Spotless Mind", names);
        Assert.Contains("Top of the Pops", names);
        Assert.Contains("Hannah Ward", names);
        Assert.Contains("Refugee Council", names);
        Assert.Contains("International Federation of the Phonographic Industry", names);
        Assert.Contains("International Committee of the Red Cross", names);
        Assert.DoesNotContain(names, n => n.Contains("Opposition", StringComparison.Ordinal) && n.Contains("Leader", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("In September, Trade and Industry Secretary Patricia Hewitt said so.", "Patricia Hewitt", "Trade and Industry Secretary")]
    [InlineData("The Economic and Fiscal Policy Minister Heizo Takenaka said so.", "Heizo Takenaka", "Economic and Fiscal Policy Minister")]
    [InlineData("Gordon Brown and Transport Secretary Alistair Darling met.", "Alistair Darling", "Transport Secretary")]
    public void A_ministers_fields_joined_by_and_are_all_the_role_and_no_name(string sentence, string person, string role)
    {
        var entities = EntityFinder.Find([sentence]).Entities;

        Assert.Equal(role, entities.Single(e => e.Name == person).Role);
        Assert.All(entities, e => Assert.Equal(EntityType.Person, e.Type));
    }

    [Fact]
    public void A_peer_is_named_by_the_surname_and_the_place_of_the_title_names_nothing()
    {
        string[] sentences =
        [
            "Transport Minister Lord Roberts of Conwy denied it.",
            "Lord Falconer of Thoroton said so.",
        ];

        var entities = EntityFinder.Find(sentences).Entities;

        Assert.Equal("Transport Minister", entities.Single(e => e.Name == "Roberts").Role);
        Assert.Equal(EntityType.Person, entities.Single(e => e.Name == "Falconer").Type);
        Assert.DoesNotContain(entities, e => e.Name.Contains("Conwy", StringComparison.Ordinal) || e.Name.Contains("Thoroton", StringComparison.Ordinal));
    }

    [Fact]
    public void A_body_named_for_an_industry_is_one_organisation_demonym_and_all()
    {
        string[] sentences =
        [
            "The British Phonographic Industry has found a lack of independent music.",
            "The Confederation of British Industry said so.",
        ];

        var types = FoundNames.TypesOf(sentences);

        Assert.Equal(EntityType.Organization, types["British Phonographic Industry"]);
        Assert.Equal(EntityType.Organization, types["Confederation of British Industry"]);
        Assert.Equal(2, types.Count);
    }

    [Fact]
    public void Knows_bands_channels_grounds_and_consoles()
    {
        string[] sentences = ["Franz Ferdinand played on ITV1 before the match at Old Trafford, and the PSP sold out."];

        var types = FoundNames.TypesOf(sentences);

        Assert.Equal(EntityType.Organization, types["Franz Ferdinand"]);
        Assert.Equal(EntityType.Organization, types["ITV1"]);
        Assert.Equal(EntityType.Place, types["Old Trafford"]);
        Assert.Equal(EntityType.Other, types["PSP"]);
    }

    [Fact]
    public void Keeps_the_demonym_of_a_bodys_name_of_several_words()
    {
        string[] sentences = ["The British Retail Consortium and the Welsh Rugby Union met British Prime Minister Tony Blair."];

        var names = FoundNames.NamesOf(sentences);

        Assert.Contains("British Retail Consortium", names);
        Assert.Contains("Welsh Rugby Union", names);
        Assert.Contains("Tony Blair", names);
        Assert.DoesNotContain("Retail Consortium", names);
    }

    [Fact]
    public void Takes_a_party_named_before_a_first_name_apart_from_the_person()
    {
        string[] sentences = ["The group, including Tories Ken Clarke and Sir George Young, is confident."];

        var types = FoundNames.TypesOf(sentences);

        Assert.Equal(EntityType.Person, types["Ken Clarke"]);
        Assert.DoesNotContain("Tories Ken Clarke", types.Keys);
    }

    [Fact]
    public void Takes_an_office_named_without_its_holder_for_no_entity()
    {
        string[] sentences =
        [
            "The Culture Secretary and the Minister for Children met Frank Field.",
            "The Industry Minister said the Commission on Social Justice would report.",
            "Dozens of Labour MPs and UKIP MEPs voted against it.",
        ];

        var names = FoundNames.NamesOf(sentences);

        Assert.DoesNotContain("Culture Secretary", names);
        Assert.DoesNotContain("Minister for Children", names);
        Assert.DoesNotContain("Industry Minister", names);
        Assert.Contains("Frank Field", names);
        Assert.Contains("Commission on Social Justice", names);
        Assert.DoesNotContain("Labour MPs", names);
        Assert.DoesNotContain("UKIP MEPs", names);
        Assert.Contains("Labour", names);
    }

    [Fact]
    public void Takes_a_known_body_before_another_word_for_its_product_not_a_person()
    {
        string[] sentences =
        [
            "The Sony Walkman and the Microsoft Xbox sold well, said Treasury minister Paul Boateng.",
        ];

        var types = FoundNames.TypesOf(sentences);

        Assert.Equal(EntityType.Other, types["Sony Walkman"]);
        Assert.Equal(EntityType.Other, types["Microsoft Xbox"]);
        Assert.Equal(EntityType.Person, types["Paul Boateng"]);
    }

    [Fact]
    public void Does_not_take_the_words_of_a_company_report_that_open_a_sentence_for_names()
    {
        string[] sentences =
        [
            "Net profit was up 6% at $16.6bn, Exxon said.",
            "Net profit came in at 1.4bn euros, and Net profit rose again in the quarter.",
            "Shares in Barclays were trading down 0.67%, while Sales at Tesco rose.",
        ];

        var names = FoundNames.NamesOf(sentences);

        Assert.DoesNotContain(names, n => n.StartsWith("Net", StringComparison.Ordinal) || n.StartsWith("Shares", StringComparison.Ordinal) || n.StartsWith("Sales", StringComparison.Ordinal));
        Assert.Contains("Barclays", names);
        Assert.Contains("Tesco", names);
    }

    [Fact]
    public void Does_not_take_titles_of_everyday_words_or_with_capitalised_small_words_for_people()
    {
        string[] sentences =
        [
            "Robert Palmer sang Addicted To Love, and World War Two veterans watched Magic Roundabout.",
            "Later, Addicted To Love, World War Two and Magic Roundabout were named again, as was Tiger Woods.",
        ];

        var types = FoundNames.TypesOf(sentences);

        Assert.NotEqual(EntityType.Person, types.GetValueOrDefault("Addicted To Love", EntityType.Other));
        Assert.NotEqual(EntityType.Person, types.GetValueOrDefault("World War Two", EntityType.Other));
        Assert.NotEqual(EntityType.Person, types.GetValueOrDefault("Magic Roundabout", EntityType.Other));
        Assert.Equal(EntityType.Person, types["Tiger Woods"]);
    }

    [Fact]
    public void Reads_initials_and_surnames_with_inner_capitals_as_people()
    {
        string[] sentences =
        [
            "The book was by JM Barrie, and Finian O'Sullivan and Kelvin MacKenzie reviewed it with Anna-Lena Groenefeld.",
            "C Lambert, R Jones and F. Michalak came on, while A Tribute and X Factor played.",
        ];

        var types = FoundNames.TypesOf(sentences);

        Assert.Equal(EntityType.Person, types["Finian O'Sullivan"]);
        Assert.Equal(EntityType.Person, types["Kelvin MacKenzie"]);
        Assert.Equal(EntityType.Person, types["Anna-Lena Groenefeld"]);
        Assert.Equal(EntityType.Person, types["C Lambert"]);
        Assert.Equal(EntityType.Person, types["R Jones"]);
        Assert.Equal(EntityType.Person, types["F. Michalak"]);
        Assert.NotEqual(EntityType.Person, types.GetValueOrDefault("A Tribute", EntityType.Other));
        Assert.NotEqual(EntityType.Person, types.GetValueOrDefault("X Factor", EntityType.Other));
    }

    [Fact]
    public void Types_a_name_after_a_noun_for_a_work_as_the_work_with_its_whole_title()
    {
        string[] sentences = ["US musical Sweet Charity has cancelled its run, and the film The Sea Inside opened."];

        var types = FoundNames.TypesOf(sentences);

        Assert.Equal(EntityType.Other, types["Sweet Charity"]);
        Assert.Equal(EntityType.Other, types["The Sea Inside"]);
    }

    [Fact]
    public void Leaves_a_capitalised_former_and_a_lone_opener_out_of_names()
    {
        string[] sentences = ["Former Labour minister Alan Jones spoke.", "\"Those were the days,\" he said, adding: \"Those are gone.\""];

        var entities = EntityFinder.Find(sentences).Entities;

        Assert.DoesNotContain(entities, e => e.Name.StartsWith("Former", StringComparison.Ordinal) || e.Name == "Those");
        Assert.Contains(entities, e => e.Name == "Labour");
    }

    [Fact]
    public void Pairs_a_name_with_its_acronym_and_maps_later_acronyms_to_it()
    {
        string[] sentences = ["The Taliban started assisting the Pakistani Taliban (TTP), a militant group.", "Later the TTP struck again."];

        var entities = EntityFinder.Find(sentences).Entities;

        var ttp = entities.Single(e => e.Aliases.Contains("TTP"));
        Assert.Equal("Pakistani Taliban", ttp.Name);
        Assert.Equal(EntityType.Organization, ttp.Type);
        Assert.Contains(entities, e => e.Name == "Taliban");
        Assert.DoesNotContain(entities, e => e.Name == "TTP");
    }

    [Fact]
    public void Ignores_sentence_initial_adverbs_and_months()
    {
        string[] sentences = ["However, Pakistan faced attacks in January 2024.", "Surprisingly, plans failed.", "Notably, Iran struck."];

        var names = EntityFinder.Find(sentences).Entities.Select(e => e.Name);

        Assert.Equal(["Pakistan", "Iran"], names);
    }

    [Fact]
    public void Reads_a_demonym_as_its_country_but_not_inside_a_name()
    {
        string[] sentences = ["Militants attacked Pakistani soil.", "The Pakistani Taliban (TTP) claimed it."];

        var entities = EntityFinder.Find(sentences).Entities;

        Assert.Equal(["Pakistan", "Pakistani Taliban"], entities.Select(e => e.Name));
        Assert.Equal(EntityType.Place, entities[0].Type);
    }

    [Fact]
    public void Types_places_by_the_noun_after_them_and_organisations_by_their_last_word()
    {
        string[] sentences = ["Iran struck inside Baluchistan province.", "The Haqqani Network and the Wilson Center disagreed."];

        var types = FoundNames.TypesOf(sentences);

        Assert.Equal(EntityType.Place, types["Baluchistan"]);
        Assert.Equal(EntityType.Organization, types["Haqqani Network"]);
        Assert.Equal(EntityType.Organization, types["Wilson Center"]);
    }

    [Fact]
    public void Types_sides_named_after_cities_as_organisations_in_a_sports_report()
    {
        // Given a football report where cities name the clubs, and one city is where the match was played
        string[] sentences =
        [
            "SOCCER - LEEDS BEAT CHELSEA IN LEAGUE MATCH.",
            "Leeds beat Chelsea 2-1 in a league match at Elland Road in Manchester on Saturday.",
            "Leeds coach George Graham said his striker scored twice, and the club moved up to third.",
        ];

        // When entities are found
        var types = FoundNames.TypesOf(sentences);

        // Then the clubs are organisations, the city after "in" a place
        Assert.Equal(EntityType.Organization, types["Leeds"]);
        Assert.Equal(EntityType.Organization, types["Chelsea"]);
        Assert.Equal(EntityType.Place, types["Manchester"]);
    }

    [Fact]
    public void Types_sides_named_by_their_staff_or_a_nickname_as_organisations_in_a_sports_report()
    {
        // Given a rugby report whose sides the tables do not know, named before their coach or fans, or by a nickname
        string[] sentences =
        [
            "Barkley withdrew from the squad for the league match after suffering a calf injury in training.",
            "Bath coach John Connolly said the fly-half would miss the game, and Gloucester fans were delighted.",
            "Earlier in the season the Saints beat the Dragons by two tries and a penalty at home.",
            "The win lifts Bath to third, and Gloucester coach Nigel Melville said his side scored twice.",
            "Interest in the tour was immense, the biggest thing since the Tri-Nations, and the Saints host the States next.",
        ];

        // When entities are found
        var types = FoundNames.TypesOf(sentences);

        // Then the sides are organisations, the contest and the country are not
        Assert.Equal(EntityType.Organization, types["Bath"]);
        Assert.Equal(EntityType.Organization, types["Gloucester"]);
        Assert.Equal(EntityType.Organization, types["Saints"]);
        Assert.Equal(EntityType.Organization, types["Dragons"]);
        Assert.NotEqual(EntityType.Organization, types.GetValueOrDefault("Tri-Nations", EntityType.Other));
        Assert.NotEqual(EntityType.Organization, types.GetValueOrDefault("States", EntityType.Other));
    }

    [Fact]
    public void Keeps_cities_as_places_outside_sports_reports()
    {
        string[] sentences = ["Talks between the two governments opened in Geneva.", "Leeds and Manchester host the next rounds of the negotiations."];

        var types = FoundNames.TypesOf(sentences);

        Assert.Equal(EntityType.Place, types["Leeds"]);
        Assert.Equal(EntityType.Place, types["Manchester"]);
    }

    [Fact]
    public void Finds_names_in_a_headline_in_capitals_by_the_names_of_the_article()
    {
        // Given a headline in capitals naming a person and a country the article names in ordinary case
        string[] sentences = ["GOLF - PARNEVIK LEADS IN SWEDEN AS RAIN HALTS PLAY.", "Jesper Parnevik led by two shots in Sweden on Friday."];

        var entities = EntityFinder.Find(sentences).Entities;

        // Then the capitals are aliases of those entities, and the headline's other words are no names
        Assert.Contains("PARNEVIK", entities.Single(e => e.Name == "Jesper Parnevik").Aliases);
        Assert.Contains("SWEDEN", entities.Single(e => e.Name == "Sweden").Aliases);
        Assert.DoesNotContain(entities, e => e.Name is "RAIN" or "HALTS" or "LEADS");
    }

    [Fact]
    public void Splits_a_title_standing_after_other_words_off_a_person()
    {
        string[] sentences = ["Agriculture Secretary Dan Glickman visited farms in Iowa."];

        var person = EntityFinder.Find(sentences).Entities.Single(e => e.Type == EntityType.Person);

        Assert.Equal("Dan Glickman", person.Name);
        Assert.Equal("Agriculture Secretary", person.Role);
    }

    [Fact]
    public void Reads_a_members_title_off_a_name_a_seat_as_no_name_and_the_uks_parties_as_organisations()
    {
        string[] sentences =
        [
            "Labour MP John Cryer said the Liberal Democrats and the Welsh Liberal Democrats were wrong.",
            "The Labour MP for Birkenhead spoke, and so did Green MEP Caroline Lucas.",
        ];

        var entities = EntityFinder.Find(sentences).Entities;
        var types = entities.ToDictionary(e => e.Name, e => e.Type);

        Assert.Equal("Labour MP", entities.Single(e => e.Name == "John Cryer").Role);
        Assert.Equal(EntityType.Person, types["Caroline Lucas"]);
        Assert.Equal(EntityType.Organization, types["Liberal Democrats"]);
        Assert.Equal(EntityType.Organization, types["Welsh Liberal Democrats"]);
        Assert.DoesNotContain(types.Keys, name => name.Contains("MP", StringComparison.Ordinal) || name.Contains("Birkenhead", StringComparison.Ordinal));
    }

    [Fact]
    public void Types_a_name_after_a_noun_for_a_body_or_a_role_held_at_one_as_an_organisation_but_not_after_a_trade()
    {
        string[] sentences =
        [
            "Security firm Clearswift said spam rose, according to Nigel Gault, an economist at Global Insight.",
            "Games maker Peter Molyneux agreed, and a spokesman for Michael Howard said so too.",
        ];

        var types = FoundNames.TypesOf(sentences);

        Assert.Equal(EntityType.Organization, types["Clearswift"]);
        Assert.Equal(EntityType.Organization, types["Global Insight"]);
        Assert.Equal(EntityType.Person, types["Peter Molyneux"]);
        Assert.Equal(EntityType.Person, types["Michael Howard"]);
    }

    [Fact]
    public void Leaves_letters_after_a_name_out_of_it_and_takes_a_members_letters_after_a_party_or_seat_for_no_name()
    {
        string[] sentences =
        [
            "Frank Field MP and Philippe Sands QC spoke, and Jane Smith was made an OBE.",
            "A Tory MP, the Salford MP and a Bolton West MP disagreed.",
        ];

        var names = FoundNames.NamesOf(sentences);

        Assert.Contains("Frank Field", names);
        Assert.Contains("Philippe Sands", names);
        Assert.DoesNotContain(names, name => name.Contains("MP", StringComparison.Ordinal) || name is "OBE" or "QC" or "Tory" or "Salford" or "Bolton West");
    }

    [Fact]
    public void Reads_a_dateline_as_a_place_and_an_acronym_that_speaks_as_an_organisation()
    {
        string[] sentences = ["ARLINGTON 1996-08-31", "The oil price rose, CNBC said on Friday."];

        var types = FoundNames.TypesOf(sentences);

        Assert.Equal(EntityType.Place, types["ARLINGTON"]);
        Assert.Equal(EntityType.Organization, types["CNBC"]);
    }

    [Fact]
    public void The_players_listed_under_a_match_report_are_people_and_its_headings_name_no_one()
    {
        // Given a match report whose sheets list players, substitutes in brackets and a heading, and a draw of countries
        string[] sentences =
        [
            "Middlesbrough beat Charlton 2-1 in the Premiership match at the Riverside, Matt Holland missing a penalty.",
            "Burns and Konchesky were booked.",
            "Kiely, Hreidarsson, Perry, Konchesky, Murphy (Burns 78), Holland, Kishishev, Thomas (Johansson 72), Bartlett.",
            "Subs Not Used: Fish, Jeffers, Andersen.",
            "Konchesky, Perry.",
            "New Zealand (1), Scotland (8), Tonga, Ireland, Korea.",
        ];

        // When entities are found
        var entities = EntityFinder.Find(sentences).Entities;

        // Then players named outside the sheets are people, Holland is Matt Holland, and the heading is no name
        Assert.Equal(EntityType.Person, entities.Single(e => e.Name == "Burns").Type);
        Assert.Equal(EntityType.Person, entities.Single(e => e.Name == "Konchesky").Type);
        Assert.Equal(EntityType.Person, entities.Single(e => e.Name == "Perry").Type);
        Assert.Contains("Holland", entities.Single(e => e.Name == "Matt Holland").Aliases);
        Assert.DoesNotContain(entities, e => e.Name.StartsWith("Subs", StringComparison.Ordinal) || e.Name == "Holland");

        // And a surname on the sheets alone is left out, while the draw's countries stay places
        Assert.DoesNotContain(entities, e => e.Name is "Kishishev" or "Johansson" or "Fish");
        Assert.All(entities.Where(e => e.Name is "Tonga" or "Korea" or "Scotland"), e => Assert.Equal(EntityType.Place, e.Type));
    }

    [Fact]
    public void Finds_the_names_of_conll_2003_documents()
    {
        // Given the CoNLL-2003 development set, when it is on this machine
        var path = RepositoryRoot.Shared("data/conll2003/valid.txt");
        if (path is null)
        {
            output.WriteLine("Skipped: ../shared/data/conll2003/valid.txt is not on this machine.");
            return;
        }

        // When entities are found document by document
        var typed = FactScore.Zero;
        var untyped = FactScore.Zero;
        var byType = new Dictionary<string, FactScore> { ["PER"] = FactScore.Zero, ["ORG"] = FactScore.Zero, ["LOC"] = FactScore.Zero };
        var documents = ConllDocument.Read(path);
        foreach (var document in documents)
        {
            var found = EntityFinder.Find(document.Sentences).Entities
                .Where(e => e.Type != EntityType.Other)
                .SelectMany(e => e.Aliases.Prepend(e.Name).Select(n => (Name: n, Type: Conll(e.Type))))
                .Where(n => document.Sentences.Any(s => Regex.IsMatch(s, @"(?<!\w)" + Regex.Escape(n.Name) + @"(?!\w)")))
                .ToHashSet();
            typed += FactScore.Match(found, document.Names, (p, g) => p == g);
            foreach (var type in byType.Keys)
            {
                byType[type] += FactScore.Match(found.Where(f => f.Type == type), document.Names.Where(n => n.Type == type), (p, g) => p == g);
            }

            untyped += FactScore.Match(found.Select(f => f.Name).Distinct(), document.Names.Select(n => n.Name).Distinct(), (p, g) => p == g);
        }

        // Then the document-level sets of PER, ORG and LOC names agree with the annotation
        output.WriteLine($"CoNLL-2003 valid, {documents.Count} documents, document-level name sets");
        output.WriteLine($"typed   {typed}");
        output.WriteLine($"untyped {untyped}");
        foreach (var (type, score) in byType)
        {
            output.WriteLine($"{type}     {score}");
        }

        Assert.True(typed.F1 >= 0.80, "typed F1 " + typed);
    }

    private static string Conll(EntityType type) => type switch
    {
        EntityType.Person => "PER",
        EntityType.Organization => "ORG",
        _ => "LOC",
    };
}
