using BriefingSite.Model;

namespace BriefingSite.Extract;

/// <summary>Decides whether an entity is a person, organisation, place or other thing from its name and its context.</summary>
internal static class EntityTyper
{
    /// <param name="evidence">What the article says of the entity.</param>
    /// <param name="sports">The article reports on games, where sides named after cities are clubs.</param>
    /// <param name="initials">The article lists people by initial and surname, so that "A" before a surname is one.</param>
    /// <param name="names">The article's other names: letters named on their own ("BT") are a body's, not initials.</param>
    public static EntityType Classify(EntityEvidence evidence, bool sports, bool initials = false, IReadOnlyCollection<string>? names = null)
    {
        var name = evidence.Name;
        var words = name.Split(' ');
        var last = words[^1];
        var known = Known(name);

        // "Amazon" is a river and a company: the company, unless it stands where places do ("in the Amazon").
        if (known == EntityType.Place && Lexicon.IsOrganization(name) && evidence.WeakPlaces == 0 && evidence.Hints.GetValueOrDefault(EntityType.Place) == 0)
        {
            known = EntityType.Organization;
        }

        if (sports && IsTeam(evidence, words, known))
        {
            return EntityType.Organization;
        }

        if (known is not null)
        {
            return known.Value;
        }

        if (evidence.Roles.Count > 0 || IsRankOfPlace(words))
        {
            return EntityType.Person;
        }

        // "St Helens", "St Kitts", "Saint Sulpice Church": a saint's name names a town, a church or a hospital in the news,
        // not the saint; a body named after one says so ("Saint Bernard Software"), and a sports side is read above.
        if (words.Length > 1 && words[0] is "St" or "St." or "Saint" && !words.Any(Lexicon.IsOrganizationHead) && !Lexicon.IsOtherHead(last))
        {
            return EntityType.Place;
        }

        if (HasDigit(name))
        {
            return EntityType.Other;
        }

        // A venue's word after a first name and a surname only is a person's ("Stuart Hall", "Jerry Hall"); after more, a
        // venue named for one ("Johnny Carson Theater").
        if (words.Length > 1 && (Lexicon.IsPlaceHead(last) || (Lexicon.IsVenueHead(last) && (!Lexicon.IsFirstName(words[0]) || words.Length > 2))))
        {
            return EntityType.Place;
        }

        // "District of Columbia", "Western District of New York", "Province of Quebec": the word before "of" heads it (not
        // in "End of the World", a film, nor "City of Plymouth AC", a club).
        var of = Array.IndexOf(words, "of");
        if (of > 0 && Lexicon.IsPlaceHead(words[of - 1]) && words[of - 1] is not "End" && !words.Any(Lexicon.IsOrganizationHead)
            && !Lexicon.IsClubSuffix(last))
        {
            return EntityType.Place;
        }

        // "Terrorism Bill", "Education Bill": a law in the making (not "Bill" as a name: "Sonny Bill", "Bill Clinton").
        if (words.Length > 1 && (Lexicon.IsOtherHead(last) || (last is "Bill" && Lexicon.IsEverydayWord(words[^2]))))
        {
            return EntityType.Other;
        }

        // "Queens Park Rangers", "Newry FC": clubs wherever they are named; "Port Talbot", "Mount Everest": places.
        if (words.Length > 1 && Lexicon.IsClubSuffix(last))
        {
            return EntityType.Organization;
        }

        if (words.Length is 2 or 3 && Lexicon.IsPlacePrefix(words[0]) && !Lexicon.IsOrganizationHead(last))
        {
            return EntityType.Place;
        }

        // "North Hykeham", "South Shields": a point of the compass opens a place's name, never a person's (whatever verb
        // follows it: "North Hykeham admitted" is its MP); "West Wing" (a word for a thing after it) is no place, "South
        // American" a people's word, and a known place or body in the name is read below ("East Kent Hunt").
        var compass = Lexicon.IsCompassPoint(words[0]) && words.Length is 2 or 3;
        if (compass && !Lexicon.IsOrganizationHead(last) && !Lexicon.IsEverydayPhrase(words[1..]) && Strongest(evidence) is null or EntityType.Place or EntityType.Person
            && Lexicon.CountryOfDemonym(last) is null && !Lexicon.IsRegionAdjective(last) && !words.Skip(1).Any(w => Lexicon.IsPlace(w) || Lexicon.IsOrganization(w)))
        {
            return EntityType.Place;
        }

        // "Eaton Vance Management", "Cingular Wireless", "Sony Music", "Roxy Music": a fund manager, a carrier, a label or
        // a band named by a word of its own ("Digital Rights Management", "Wireless Connect", "Country Music" are things).
        if (words.Length > 1 && last is "Management" or "Wireless" or "Music" && !Lexicon.IsEverydayWord(words[0]))
        {
            return EntityType.Organization;
        }

        // "Air Sahara", "Air Deccan": an airline.
        if (words.Length == 2 && words[0] == "Air" && !Lexicon.IsEverydayWord(words[1]))
        {
            return EntityType.Organization;
        }

        // "Natalie Press", "Margaret Court", "Emily Post": a first name before a word for a body that is also a surname.
        if (words.Length == 2 && Lexicon.IsFirstName(words[0]) && last is "Press" or "Post" or "Court")
        {
            return EntityType.Person;
        }

        // "House of Representatives", "House of Fraser": a chamber or a firm (not a work's title: "House of Flying Daggers");
        // "British Chambers of Commerce", "Chamber of Deputies": a body; "Rock and Roll Hall of Fame": a museum and the body that inducts.
        if (words is ["House", "of", _] || (of > 0 && words[of - 1] is "Chamber" or "Chambers") || name.EndsWith(" Hall of Fame", StringComparison.Ordinal))
        {
            return EntityType.Organization;
        }

        // "the sitcom The Office", "the film The Firm": a work's title, though a body's word heads it.
        if (Strongest(evidence) == EntityType.Other)
        {
            return EntityType.Other;
        }

        // "Social Democrats", "Welsh Liberal Democrats": parties; "British Phonographic Industry": a trade's body, named
        // with its nation. (Not a head word that joins names across "and": "Conservatives and Liberal Democrats" are two.)
        if (words.Any(Lexicon.IsOrganizationHead) || (words.Length > 1 && last is "Democrats")
            || (words.Length > 2 && Lexicon.IsTradesBodyHead(last) && Lexicon.CountryOfDemonym(words[0]) is not null))
        {
            return EntityType.Organization;
        }

        // "Deloitte said" hints at a person, but "Deloitte's chief economist" or "mobile firm Intervoice" settles it: a business.
        if (evidence.BusinessCues > 0 && !Lexicon.IsFirstName(words[0]))
        {
            return EntityType.Organization;
        }

        // "Investors said", "Everyone agreed": a lone everyday word that speaks names no one; "Age Concern said", "Clear
        // Channel said": everyday words that speak name a body.
        var hinted = Strongest(evidence);
        if (hinted == EntityType.Person && Lexicon.IsEverydayPhrase(words) && !Lexicon.IsFirstName(words[0]) && evidence.Roles.Count == 0)
        {
            hinted = words.Length == 1 ? null : EntityType.Organization;
        }

        if (AcronymPairer.IsAcronym(name) && hinted is null or EntityType.Person)
        {
            // "CNBC said": an acronym speaks for a body, not a person.
            return EntityType.Organization;
        }

        if (hinted is not null)
        {
            return hinted.Value;
        }

        if (evidence.HasAcronym)
        {
            return EntityType.Organization;
        }

        if (words.Length > 1 && PlaceInName(words) is { } withPlace)
        {
            return withPlace;
        }

        // "Marks & Spencer", "Ernst & Young": no one's name holds an ampersand; a work's title may ("the film Starsky &
        // Hutch"), and its hint is read above.
        if (name.Contains(" & ", StringComparison.Ordinal))
        {
            return EntityType.Organization;
        }

        // A known body's name before another word names its product or part, not a person: "Sony Betamax", "Microsoft Xbox".
        if (words.Length > 1 && Lexicon.IsOrganization(words[0]) && !Lexicon.IsFirstName(words[0]) && !Lexicon.IsFirstName(words[1]))
        {
            return EntityType.Other;
        }

        // A people's name opens no person's name: "Australian Open", "Chinese New Year"; "American Red Cross" is a body.
        if (words.Length > 1 && Lexicon.CountryOfDemonym(words[0]) is not null && !Lexicon.IsFirstName(words[0]))
        {
            return Lexicon.IsOrganization(string.Join(' ', words[1..])) || Lexicon.IsBodyNamedWithDemonym(last) ? EntityType.Organization : EntityType.Other;
        }

        // Capitalised words make a person's name, but not when the first is a common word ("About Schmidt", "No Doubt",
        // "World War Two"), one read mostly as an adjective or a verb ("Led Zeppelin", "Save Betamax") or a verb in -ing
        // ("Finding Neverland", "Gambling Bill"), nor when a later one is a function word written as titles write it
        // ("Addicted To Love"), nor when an initial "A" opens an everyday word ("A Little Princess"),
        // nor when every word is an everyday one and none a common name ("Toy Soldiers", "Finest Hour"), nor after "the"
        // ("the Da Vinci Code"), nor after a region's word ("Asian Tsunami").
        if (words.Length is >= 2 and <= 4 && !compass && !words.Skip(1).Any(Lexicon.IsTitledFunctionWord)
            && (Lexicon.IsFirstName(words[0]) || (IsInitial(words[0], sports || initials) && !(words[0] is "A" && Lexicon.IsThingWord(words[1])))
                || (words.All(w => LooksLikeNamePart(w) || Lexicon.IsNameConnector(w)) && !Lexicon.IsStopWord(words[0]) && evidence.AfterThe == 0
                    && (!Lexicon.IsRegionAdjective(words[0]) || words[0] is "Christian")
                    && !Lexicon.IsThingWord(words[0]) && !Lexicon.IsVerbInIng(words[0]) && !Lexicon.IsEverydayPhrase(words)
                    && !OpensWithDescribingWord(words[0]))))
        {
            return EntityType.Person;
        }

        if (IsInitialsAndSurname(words) && names?.Contains(words[0]) != true)
        {
            return EntityType.Person;
        }

        // "in Kampala" says a place; "in Closer" or "at Number 10" says nothing of an everyday word.
        return evidence.WeakPlaces > 0 && words.Length == 1 && !Lexicon.IsEverydayPhrase(words) ? EntityType.Place : EntityType.Other;
    }

    // "Leicestershire beat Somerset", "Manchester United", "Luton 2 Wrexham 1": sides, not places or people.
    private static bool IsTeam(EntityEvidence evidence, string[] words, EntityType? known)
    {
        if (known is not null)
        {
            return known == EntityType.Place && Lexicon.IsCity(evidence.Name) && evidence.WeakPlaces < evidence.Mentions
                   && evidence.Hints.GetValueOrDefault(EntityType.Place) == 0;
        }

        if (evidence.Roles.Count > 0 || Lexicon.IsFirstName(words[0]) || IsInitial(words[0], sports: true))
        {
            return false;
        }

        // "Athens Olympics", "Los Angeles Sevens", "Birmingham Indoor Grand Prix": a meeting named after its place.
        if (words.Length > 1 && (Lexicon.IsOtherHead(words[^1]) || words[^1] is "Olympic" or "Sevens" or "Open" or "Indoors"))
        {
            return false;
        }

        if (words.Length > 1)
        {
            return Lexicon.IsTeamSuffix(words[^1]) || Lexicon.IsTeamPrefix(words[0])
                   || words.Any(Lexicon.IsPlace) || (Lexicon.IsPlace(string.Join(' ', words[..^1])) && words[^1].EndsWith('s'))
                   || (words[0] is "St" or "St." && evidence.BeforeNumbers > 0);
        }

        // "Bath 20 Gloucester 13", "Bath coach John Connolly", "the Saints beat Biarritz": a lone word before a score or a
        // side's people, or in the plural after "the" that names no contest.
        return evidence.Hints.Count == 0
               && (evidence.BeforeNumbers > 0 || evidence.BeforeSideMembers > 0
                   || (evidence.AfterThe > 0 && words[0].EndsWith('s') && !IsContestOrCountry(words[0])));
    }

    // "the Ashes", "the Olympics", "the Tri-Nations", "the Masters" are contests; "the States" a country.
    private static bool IsContestOrCountry(string word) =>
        word is "Ashes" or "States" || word.EndsWith("Nations", StringComparison.Ordinal) || Lexicon.IsOtherHead(word) || Lexicon.IsEventNamedWithDemonym(word);

    // "East Jerusalem" is a place; "China Daily" or "Air France" is a body named after one.
    // "Prince of Wales", "HRH Duchess of Cornwall", "Bishop of Durham": a rank held "of" a place names its holder, not a body.
    private static bool IsRankOfPlace(string[] words)
    {
        var rank = words is ["HRH", _, "of", _] ? words[1] : words is [_, "of", _] ? words[0] : null;
        return rank is not null
               && (Lexicon.IsPeerage(rank) || rank is "Prince" or "Princess" or "King" or "Archbishop" or "Bishop" or "Mayor" or "Emir" or "Sultan");
    }

    private static EntityType? PlaceInName(string[] words)
    {
        if (Lexicon.IsFirstName(words[0]) || !words.Any(Lexicon.IsPlace))
        {
            return null;
        }

        // "Edinburgh South", "Bolton West": a seat or part of a place, named with the place first ("China Eastern" is an airline).
        return (Lexicon.IsPlaceQualifier(words[0]) && Lexicon.IsPlace(string.Join(' ', words[1..])))
               || ((Lexicon.IsCompassPoint(words[^1]) || words[^1] is "Central") && Lexicon.IsPlace(string.Join(' ', words[..^1])))
            ? EntityType.Place
            : EntityType.Organization;
    }

    // "Led", "Original", "Save": a word read mostly as an adjective or a verb, though not a given name that is one too
    // ("Grant Wilson", "Roman Abramovich", "Rich Nichols").
    private static bool OpensWithDescribingWord(string word)
    {
        var lower = word.ToLowerInvariant();
        return (Lexicon.IsMostlyAdjective(lower) || Lexicon.IsMostlyVerb(lower)) && word is not ("Grant" or "Roman" or "Tore" or "Guy" or "Rich" or "Rose" or "Count");
    }

    /// <summary>The type the tables give the whole name, if they know it.</summary>
    internal static EntityType? Known(string name) =>
        Lexicon.IsPlace(name) ? EntityType.Place
        : Lexicon.IsOrganization(name) ? EntityType.Organization
        : Lexicon.IsOtherName(name) ? EntityType.Other
        : Lexicon.IsKnownPerson(name) ? EntityType.Person
        : null;

    private static EntityType? Strongest(EntityEvidence evidence)
    {
        if (evidence.Hints.Count == 0)
        {
            return null;
        }

        // The hint given most often; of equals, the first type in the enumeration's order, but a work's title ("the
        // movie A Little Princess") over a person that one sentence makes speak of it ("A Little Princess tells …").
        var (strongest, count) = (default(EntityType), 0);
        foreach (var (type, times) in evidence.Hints)
        {
            if (times > count || (times == count && type < strongest))
            {
                (strongest, count) = (type, times);
            }
        }

        return strongest == EntityType.Person && evidence.Hints.GetValueOrDefault(EntityType.Other) == count ? EntityType.Other : strongest;
    }

    // "C." or "J.M."; a bare capital too ("C Lambert"), but "A", "I" and "X" open titles ("A Tribute", "X Factor"),
    // so they count only in a sports report's line-ups ("A Hazell").
    private static bool IsInitial(string word, bool sports)
    {
        if (word.Length == 1)
        {
            return char.IsUpper(word[0]) && (sports || word is not ("A" or "I" or "X" or "Y" or "Z"));
        }

        for (var i = 0; i < word.Length; i += 2)
        {
            if (i + 1 >= word.Length || !char.IsUpper(word[i]) || word[i + 1] != '.')
            {
                return false;
            }
        }

        return word.Length <= 6;
    }

    // "JK Rowling", "PJ Harvey", "CA Del Fava": two initials written without stops, then a surname that is no everyday
    // word. Not a known body's or place's letters ("BT Retail", "UK Coal"), nor a title before a first name ("PM John
    // Prescott"), nor letters before everyday words ("EA Sports", "RJ Reynolds Tobacco").
    private static bool IsInitialsAndSurname(string[] words) =>
        words.Length is 2 or 3 && words[0] is [>= 'A' and <= 'Z', >= 'A' and <= 'Z']
        && !Lexicon.IsOrganization(words[0]) && !Lexicon.IsPlace(words[0]) && !Lexicon.IsFirstName(words[1])
        && words.Skip(1).All(w => (LooksLikeNamePart(w) && !Lexicon.IsEverydayWord(w)) || Lexicon.IsNameConnector(w))
        && LooksLikeNamePart(words[^1]);

    // "Lambert", and with its capitals inside: "McCormack", "O'Sullivan", "Anna-Lena", "DiCaprio".
    internal static bool LooksLikeNamePart(string word)
    {
        if (word.Length < 2 || !char.IsUpper(word[0]))
        {
            return false;
        }

        var tail = word.AsSpan(1);
        if (word.StartsWith("Mc", StringComparison.Ordinal) || word.StartsWith("Mac", StringComparison.Ordinal))
        {
            tail = word.AsSpan(word[1] == 'c' ? 2 : 3);
            tail = tail.Length > 1 && char.IsUpper(tail[0]) ? tail[1..] : tail;
        }
        else if (word.Length > 4 && word.AsSpan(0, 2) is "Di" or "De" or "Da" or "Du" or "La" or "Le" && char.IsUpper(word[2]))
        {
            // "DiCaprio", "DeVito", "LaBeouf".
            tail = word.AsSpan(3);
        }

        var afterMark = false;
        foreach (var c in tail)
        {
            if (!(char.IsLower(c) || c is '\'' or '’' or '-' || (afterMark && char.IsUpper(c))))
            {
                return false;
            }

            afterMark = c is '\'' or '’' or '-';
        }

        return true;
    }

    /// <summary>True when a name holds a digit of any script.</summary>
    public static bool HasDigit(string name)
    {
        foreach (var c in name)
        {
            if (char.IsDigit(c))
            {
                return true;
            }
        }

        return false;
    }
}
