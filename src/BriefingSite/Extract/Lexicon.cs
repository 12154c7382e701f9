namespace BriefingSite.Extract;

/// <summary>Word tables the extractors consult; the tables themselves live in the Lexicon.*.Known.cs files.</summary>
internal static partial class Lexicon
{
    private static HashSet<string> Set(params string[] words) => new(words, StringComparer.OrdinalIgnoreCase);

    private static HashSet<string> CaseSensitiveSet(params string[] words) => new(words, StringComparer.Ordinal);

    /// <summary>True for words that say nothing about a subject: function words, adverbs, vague adjectives.</summary>
    public static bool IsStopWord(string word) => StopWordsAndAdverbs.Contains(word);

    /// <summary>As <see cref="IsStopWord(string)"/>, for a word not yet made a string.</summary>
    public static bool IsStopWord(ReadOnlySpan<char> word) => StopWordsAndAdverbs.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);

    /// <summary>True for a capitalised word that is capitalised only because it opens a sentence or heading.</summary>
    public static bool IsSentenceOpener(string word) =>
        StopWords.Contains(word) || Adverbs.Contains(word) || Openers.Contains(word)
        || (word.Length > 4 && word.EndsWith("ly", StringComparison.Ordinal) && !IsPlace(word) && !FirstNames.Contains(word) && !ProperNames.Contains(word));

    /// <summary>
    /// True for a capitalised verb form in -ing ("Finding", "Making", "Hunting"): it opens the titles of works and bills
    /// ("Finding Neverland", "Hunting Bill") and sentences ("Making Michael Howard …"), and no person's name, but for
    /// the first names and places that end so ("Sterling", "Reading" when the tables know them) and short words ("King").
    /// </summary>
    public static bool IsVerbInIng(string word) =>
        word.Length > 5 && word.EndsWith("ing", StringComparison.Ordinal) && char.IsUpper(word[0]) && !FirstNames.Contains(word) && !IsPlace(word);

    /// <summary>True for a first word that opens a place's name: "Port Talbot", "Mount Everest", "Lake Victoria", "Fort William".</summary>
    public static bool IsPlacePrefix(string word) => word is "Port" or "Mount" or "Lake" or "Fort";

    /// <summary>"North", "South", "East" or "West": opening a name of two or three words, a place's ("North Hykeham").</summary>
    public static bool IsCompassPoint(string word) => word is "North" or "South" or "East" or "West";

    /// <summary>True for a word that qualifies a place's name ("East Jerusalem", "Greater London", "Bolton West", "Mid Wales").</summary>
    public static bool IsPlaceQualifier(string word) =>
        word is "East" or "West" or "North" or "South" or "Upper" or "Lower" or "Central" or "Mid" or "Greater" or "Northern"
            or "Southern" or "Eastern" or "Western" or "New" or "Old";

    /// <summary>True for letters written after a person's name: a member's (MP, MEP, MSP, MLA), a barrister's (QC, KC) or an honour's (OBE).</summary>
    public static bool IsPostNominal(string word) => IsMemberTitle(word) || word is "QC" or "KC" or "OBE" or "MBE" or "CBE" or "KBE" or "DBE";

    /// <summary>True for the head word of a public office ("Culture Secretary", "Minister for Children"), never of a work's title as "King" or "Brother" may be.</summary>
    public static bool IsOffice(string word) =>
        word is "Minister" or "Secretary" or "Ambassador" or "Spokesman" or "Spokeswoman" or "Spokesperson" or "Adviser" or "Advisor"
            or "Envoy" or "Chancellor" or "Speaker" or "Professor";

    /// <summary>True for the letters of an elected member: MP, MEP, MSP, MLA.</summary>
    public static bool IsMemberTitle(string word) => word is "MP" or "MEP" or "MSP" or "MLA";

    /// <summary>True for a word of <see cref="Openers"/>: capitalised where it opens a sentence, never a name alone.</summary>
    public static bool IsOpener(string word) => Openers.Contains(word);

    /// <summary>True for an everyday word that opens the capitalised names of things, never of people ("World War Two", "Magic Roundabout").</summary>
    public static bool IsThingWord(string word) => ThingWords.Contains(word) && !FirstNames.Contains(word);

    /// <summary>True for a function word written capitalised, as titles write it inside ("Addicted To Love") and names do not.</summary>
    public static bool IsTitledFunctionWord(string word) => TitledFunctionWords.Contains(word);

    /// <summary>True for a common noun written as an acronym ("TV", "GMT"), alone or after a country ("US TV").</summary>
    public static bool IsCommonNounName(string name)
    {
        // Looked up as spans: every candidate name of an article comes through here.
        var space = name.LastIndexOf(' ');
        return CommonAcronyms.Contains(name)
               || (space > 0 && CommonAcronymSpans.Contains(name.AsSpan(space + 1))
                   && (IsPlace(name[..space]) || CountryOfDemonym(name[..space]) is not null));
    }

    /// <summary>True for a contraction that opens a sentence or a quote: "I'm", "We've", "Don't".</summary>
    public static bool IsContraction(string word)
    {
        var apostrophe = word.AsSpan().IndexOfAny('\'', '’');
        if (apostrophe <= 0 || word.Contains(' ', StringComparison.Ordinal))
        {
            return false;
        }

        var ending = word[(apostrophe + 1)..];
        return ending is "m" or "re" or "ve" or "ll" or "d" || (ending == "t" && word[apostrophe - 1] == 'n');
    }

    /// <summary>True for a conjunction, article or sentence adverb that may open a sentence before its subject: "And", "Meanwhile".</summary>
    public static bool IsConnective(string word) => Connectives.Contains(word) || Adverbs.Contains(word);

    public static bool IsPlace(string name) => KnownPlaces.Contains(name) || IsCity(name) || CountryAliases.ContainsKey(name);

    /// <summary>A city, state, province or county: a place a sports club may be named after, unlike a country.</summary>
    public static bool IsCity(string name) => Cities.Contains(name) || IsUsState(name);

    /// <summary>A known place written in capitals, as the tables write it ("NEW YORK" → "New York"), or null.</summary>
    public static string? PlaceInUsualCase(string name) =>
        (KnownPlaces.TryGetValue(name, out var usual) || Cities.TryGetValue(name, out usual) || UsStates.TryGetValue(name, out usual))
        && usual.Any(char.IsLower) ? usual : null;

    /// <summary>True for a state of the United States, or its short form in news reports ("Fla", "Calif").</summary>
    public static bool IsUsState(string name) => UsStates.Contains(name) || StateShortForms.ContainsKey(name);

    public static bool IsOrganization(string name) => KnownOrganizations.Contains(name) || KnownClubs.Contains(name);

    public static bool IsOtherName(string name) => KnownOthers.Contains(name);

    /// <summary>Words that, after a demonym, end the name of a tournament or empire: "Australian Open", "British Empire".</summary>
    public static bool IsEventNamedWithDemonym(string word) => EventsNamedWithDemonym.Contains(word);

    /// <summary>Words that, after a demonym, end the name of a firm or institution: "British Airways", "Irish Times".</summary>
    public static bool IsBodyNamedWithDemonym(string word) => BodiesNamedWithDemonym.Contains(word);

    public static bool IsOrganizationHead(string word) => OrganizationHeads.Contains(WithoutDot(word));

    public static bool IsOtherHead(string word) => OtherHeads.Contains(word);

    public static bool IsPlaceHead(string word) => PlaceHeads.Contains(word);

    /// <summary>The last word of a street, square or ground ("Downing Street", "Stamford Bridge"), which may also be a surname.</summary>
    public static bool IsVenueHead(string word) => VenueHeads.Contains(word);

    /// <summary>Lower-case nouns that, right after a name, say it is a place ("Baluchistan province").</summary>
    public static bool IsPlaceNoun(string word) => PlaceNouns.Contains(word);

    /// <summary>As <see cref="IsPlaceNoun(string)"/>, for a word not yet made a string.</summary>
    public static bool IsPlaceNoun(ReadOnlySpan<char> word) => PlaceNouns.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);

    /// <summary>Title words that make the rest of a name a person: "Minister", "Ambassador", "General".</summary>
    public static bool IsTitle(string word) => Titles.Contains(word);

    /// <summary>As <see cref="IsTitle(string)"/>, for a word not yet made a string ("Sen." in a sentence).</summary>
    public static bool IsTitle(ReadOnlySpan<char> word) => Titles.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);

    /// <summary>Forms of address that stand before a name without saying what the person does: "Mr", "Sir", "Lord".</summary>
    public static bool IsFormOfAddress(string word) => FormsOfAddress.Contains(word);

    /// <summary>"Sir" and "Dame": a knight's forms of address, which go before a first name alone ("Sir Alan").</summary>
    public static bool IsKnighthood(string word) => word is "Sir" or "Dame";

    /// <summary>Family names the first names' table holds because they open names ("Xi Jinping"): "Mr Wang" is Wang Xuebing.</summary>
    public static bool IsFamilyNameFirst(string word) => word is "Xi" or "Li" or "Wang";

    /// <summary>Words that may stand in a title before the title word itself: "Deputy", "National", "Foreign".</summary>
    public static bool IsTitleModifier(string word) => TitleModifiers.Contains(word) || Titles.Contains(word);

    /// <summary>Lower-case role nouns that open an appositive: "John Finer, deputy national security adviser".</summary>
    public static bool IsRoleNoun(string word) => RoleNouns.Contains(word);

    /// <summary>True for a word that describes a person before the name without being a role: "Teenager", "Newcomer".</summary>
    public static bool IsPersonDescription(string word) => PersonDescriptions.Contains(word);

    /// <summary>True for an office or trade in small letters that ends a role: "chancellor", "manager", "striker", and the
    /// sciences' and crafts' trades by their endings ("microbiologist", "statistician").</summary>
    public static bool IsRoleHead(string word) => IsRoleHead(word.AsSpan());

    /// <summary>As <see cref="IsRoleHead(string)"/>, for a word not yet made a string.</summary>
    public static bool IsRoleHead(ReadOnlySpan<char> word) =>
        RoleHeads.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word)
        || (word.Length > 7 && char.IsAsciiLetterLower(word[0]) && (word.EndsWith("ologist") || word.EndsWith("ician")));

    /// <summary>True for a word in small letters that may stand inside a role before its last word: "shadow", "chief", "pop".</summary>
    public static bool IsRoleWord(string word) => RoleWords.Contains(word) || RoleHeads.Contains(word);

    /// <summary>True for an adjective that describes a person before a role opening a sentence: "Injured", "Teenage".</summary>
    public static bool IsDescribingAdjective(string word) => DescribingAdjectives.Contains(word);

    /// <summary>True for a government's field that the everyday words lack: "Pensions", "Fisheries", "Defence".</summary>
    public static bool IsBodysField(string word) => BodysFields.Contains(word);

    /// <summary>True for a peer's rank, which names a person with "of" and a place: "Duke of Edinburgh".</summary>
    public static bool IsPeerage(string word) => Peerages.Contains(word);

    /// <summary>True for a word that, last in a name that opens with a demonym, makes it a trade's body ("British
    /// Phonographic Industry"), though alone it names no body ("the Music Industry").</summary>
    public static bool IsTradesBodyHead(string word) => word is "Industry";

    /// <summary>True for how a peer is addressed before a surname and, maybe, "of" and a place ("Lord Roberts of Conwy").</summary>
    public static bool IsPeersAddress(string word) => word is "Lord" or "Lady" or "Baroness" or "Baron";

    /// <summary>True for a common first name, from the project's own list: one that makes a name of two words a person's.</summary>
    public static bool IsFirstName(string word) => FirstNames.Contains(word);

    /// <summary>
    /// As <see cref="IsFirstName"/>, or a given name of <c>given-names.txt</c> that is no other word ("Damien", "Geoff"):
    /// too many of those begin places and products ("Stanley Park", "Mac Mini") to type a name, but after a word that
    /// describes a person and before a surname they tell the description from the name ("Farmer Geoff Brooks").
    /// </summary>
    public static bool IsGivenName(string word) => FirstNames.Contains(word) || GivenNames.Value.Contains(word);

    /// <summary>Adjectives of regions, faiths and peoples that point to no single entity: "South Asian", "Sunni".</summary>
    public static bool IsRegionAdjective(string word) => RegionAdjectives.Contains(word);

    /// <summary>People a reader knows by surname alone: "Trump", "Putin".</summary>
    public static bool IsKnownPerson(string name) => KnownPeople.Contains(name);

    public static bool IsSpeechVerb(string word) => SpeechVerbs.Contains(word);

    /// <summary>As <see cref="IsSpeechVerb(string)"/>, for a word not yet made a string.</summary>
    public static bool IsSpeechVerb(ReadOnlySpan<char> word) => SpeechVerbs.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);

    public static bool IsMonth(string word) => MonthNumbers.ContainsKey(word);

    public static bool IsWeekday(string word) => Weekdays.Contains(word);

    /// <summary>"Corp", "Inc", "Ltd" (with or without a dot): the end of a company's name, so "of" after it starts another name.</summary>
    public static bool IsCompanySuffix(string word) => CompanySuffixes.Contains(WithoutDot(word));

    /// <summary>"Inc", "Corp", "Co", "Ltd", "Bros": a company's ending that reports often write with a dot, which is then the name's.</summary>
    public static bool IsDottedCompanySuffix(string word) => word is "Inc" or "Corp" or "Co" or "Ltd" or "Bros" or "Cos";

    /// <summary>A company's legal form, the part of its name a report often leaves off: "Corp.", "Inc", "Plc", "AG".</summary>
    public static bool IsLegalForm(string word) => IsCompanySuffix(word) && WithoutDot(word) is not ("Group" or "Holdings");

    private static string WithoutDot(string word) => word.Length > 2 && word[^1] == '.' ? word[..^1] : word;

    /// <summary>Lower-case nouns that, right after a name, say it is an organisation: "a Hanwha spokesman", "Sony shares".</summary>
    public static bool IsOrganizationNoun(string word) => OrganizationNouns.Contains(word) || MemberNouns.Contains(word);

    /// <summary>As <see cref="IsOrganizationNoun(string)"/>, for a word not yet made a string.</summary>
    public static bool IsOrganizationNoun(ReadOnlySpan<char> word) => OrganizationNouns.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word) || MemberNouns.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);

    /// <summary>Organisation nouns that may follow a possessive: "Chelsea's coach", "Sony's shares".</summary>
    public static bool IsMemberNoun(string word) => MemberNouns.Contains(word);

    /// <summary>As <see cref="IsMemberNoun(string)"/>, for a word not yet made a string.</summary>
    public static bool IsMemberNoun(ReadOnlySpan<char> word) => MemberNouns.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);

    public static int MonthNumber(string word) => MonthNumbers[word.TrimEnd('.')];

    /// <summary>The country a demonym points to ("Pakistani" → "Pakistan"), or null.</summary>
    public static string? CountryOfDemonym(string word) => Demonyms.GetValueOrDefault(word);

    /// <summary>A nationality or region's people in the plural: "Americans", "Iraqis", "Scots", "Europeans".</summary>
    public static bool IsPeopleInPlural(string word)
    {
        if (word.Length < 4 || word[^1] != 's')
        {
            return false;
        }

        var one = word[..^1];
        return Demonyms.ContainsKey(one) || NameLikeDemonyms.ContainsKey(one) || RegionAdjectives.Contains(one);
    }

    /// <summary>True for one of the people of a place the tables know: "New Zealander", "Londoner", "Bostonian", "South Dakotan".</summary>
    public static bool IsPlacesPerson(string name) =>
        (name.EndsWith('n') && IsPlace(name[..^1]))
        || (name.EndsWith("er", StringComparison.Ordinal) && IsPlace(name[..^2]))
        || (name.EndsWith("ian", StringComparison.Ordinal) && IsPlace(name[..^3]));

    /// <summary>The country of a nationality noun that is also a first name ("Dane", "Scot"), for the caller to read as one only before a full name.</summary>
    public static string? CountryOfNameLikeDemonym(string word) => NameLikeDemonyms.GetValueOrDefault(word);

    /// <summary>True for a demonym, as <see cref="CountryOfDemonym"/> reads it, not yet made a string.</summary>
    public static bool IsDemonym(ReadOnlySpan<char> words) => Demonyms.GetAlternateLookup<ReadOnlySpan<char>>().ContainsKey(words);

    /// <summary>The usual name of a country written another way ("U.S." → "United States"), or null.</summary>
    public static string? CanonicalCountry(string name) => CountryAliases.GetValueOrDefault(name);

    /// <summary>The entity a metonym stands for ("Kremlin" → "Russia"), or null.</summary>
    public static string? MetonymTarget(string name) => Metonyms.GetValueOrDefault(name);

    /// <summary>The usual spelling of a name that is often written another way ("Al-Qaida" → "Al-Qaeda"), or null.</summary>
    public static string? UsualSpelling(string name) => Spellings.GetValueOrDefault(name) ?? StateShortForms.GetValueOrDefault(name);

    public static bool IsNameConnector(string word) => NameConnectors.Contains(word);

    /// <summary>A small word that joins a name's words as part of a surname ("de", "van", "bin"), not one joining two names' ("of", "and").</summary>
    public static bool IsSurnameParticle(string word) => NameConnectors.Contains(word) && word is not ("of" or "for" or "and" or "on");

    /// <summary>As <see cref="IsNameConnector(string)"/>, for a word not yet made a string.</summary>
    public static bool IsNameConnector(ReadOnlySpan<char> word) => NameConnectors.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);

    public static bool IsCountedNoun(string word) => CountedNouns.Contains(word);

    public static bool IsTimeUnit(string word) => TimeUnits.Contains(word);
}
