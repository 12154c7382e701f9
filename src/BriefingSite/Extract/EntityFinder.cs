using BriefingSite.Model;

namespace BriefingSite.Extract;

/// <summary>Finds the people, organisations, places and named things of an article, one entity per thing named.</summary>
internal static class EntityFinder
{
    public static EntityIndex Find(IReadOnlyList<string> sentences) => Find(new TokenizedSentences(sentences));

    public static EntityIndex Find(TokenizedSentences sentences)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        var candidates = new List<NameCandidate>(sentences.Count * 2);
        for (var i = 0; i < sentences.Count; i++)
        {
            CandidateScanner.Scan(sentences.Texts[i], sentences.Tokens[i], i, candidates);
        }

        NamesWithOwnS.Extend(sentences.Texts, candidates);
        var acronyms = AcronymPairer.Pair(sentences.Texts, candidates);
        var keys = candidates.ConvertAll(c => Canonical(c.Name, acronyms));
        var sports = SportsReport.Is(sentences);
        if (!sports)
        {
            InOrdinaryCase(keys);
        }
        WithCompanyDot(keys);
        var names = keys.ToHashSet(StringComparer.Ordinal);
        var sheets = TeamSheet.Find(sentences.Texts, sports);
        var groups = new Dictionary<string, EntityEvidence>(StringComparer.Ordinal);
        for (var i = 0; i < candidates.Count; i++)
        {
            var (candidate, key) = (candidates[i], keys[i]);
            if (Lexicon.IsCommonNounName(key) || Lexicon.IsContraction(key) || TeamSheet.IsHeading(candidate, sheets, sentences.Texts))
            {
                continue;
            }

            if (Lexicon.MetonymTarget(key) is { } target && names.Contains(target))
            {
                key = target;
            }

            if (!groups.TryGetValue(key, out var group))
            {
                group = new EntityEvidence(key, candidate);
                groups[key] = group;
            }

            group.Add(candidate);
        }

        foreach (var (acronym, full) in acronyms)
        {
            if (groups.TryGetValue(Canonical(full, acronyms), out var group))
            {
                group.AddAlias(acronym);
                group.HasAcronym = true;
            }
        }

        var initials = ListsInitials(groups.Keys);
        var types = groups.Values.ToDictionary(g => g, g => EntityTyper.Classify(g, sports, initials, groups.Keys));
        BodiesOfRoles(groups.Values, types);
        var listed = TeamSheet.TypePlayers(sheets, candidates, keys, groups, types);
        ListedWithPeople(sentences.Texts, candidates, keys, groups, types);
        MergeShortForms(groups, types);
        var kept = groups.Values.Where(g => Keeps(g, types[g]) && !TeamSheet.OnlyListed(g, types[g], listed)).ToList();
        ShoutedNames.Attach(sentences, kept, types, sports);
        kept = [.. kept.OrderBy(g => g.First.Sentence).ThenBy(g => g.First.Start)];
        var entities = kept.Select(g => new EntityRef
        {
            Name = g.Name,
            Id = Slugger.Slug(g.Name),
            Type = types[g],
            Role = types[g] == EntityType.Person ? g.Roles.Select(RoleSplitter.Role).FirstOrDefault(r => r is not null) : null,
            Aliases = g.Aliases,
        }).ToList();
        return new EntityIndex(entities, kept.ToDictionary(g => g.Name, g => g.Mentions, StringComparer.Ordinal));
    }

    // "Steve Linford, director of Spamhaus", "Simon Yates, a senior analyst for Forrester": a name that ends another's
    // role after "of", "at" or "for" is a body's, though it says things as people do ("Spamhaus said"); not a person's
    // with a role or a first name of their own; a seat is no body ("member for Loch Ness West"). A thing's name there is a
    // body's too when an office stands right before the word ("spokeswoman for Hypertag"; not one held of a work:
    // "executive producer of Family Guy").
    private static void BodiesOfRoles(IEnumerable<EntityEvidence> groups, Dictionary<EntityEvidence, EntityType> types)
    {
        var held = groups.SelectMany(g => g.Roles).Where(r => r.Contains(" of ", StringComparison.Ordinal) || r.Contains(" at ", StringComparison.Ordinal)
                                                                || r.Contains(" for ", StringComparison.Ordinal)).ToList();
        foreach (var group in held.Count == 0 ? [] : groups)
        {
            var type = types[group];
            if (type == EntityType.Person && group.Roles.Count == 0 && !Lexicon.IsFirstName(group.Name.Split(' ')[0])
                && held.Any(r => HeldAt(r, group.Name) is { } office && !IsSeatsHolder(office)))
            {
                types[group] = EntityType.Organization;
            }
            else if (type == EntityType.Other && held.Any(r => HeldAt(r, group.Name) is { } office && Lexicon.IsRoleHead(office) && !IsSeatsHolder(office)
                                                              && office is not ("producer" or "creator" or "writer" or "star" or "presenter" or "host" or "author")))
            {
                types[group] = EntityType.Organization;
            }
        }
    }

    // "member for Loch Ness West", "MP for Birkenhead": a seat, no body.
    private static bool IsSeatsHolder(string office) => office is "member" || Lexicon.IsMemberTitle(office);

    // The word before "of", "at" or "for" where a role ends in the name ("spokeswoman" of "spokeswoman for Hypertag").
    private static string? HeldAt(string role, string name)
    {
        foreach (var joint in (ReadOnlySpan<string>)[" of ", " at ", " for "])
        {
            if (role.EndsWith(joint + name, StringComparison.Ordinal))
            {
                var before = role[..^(joint.Length + name.Length)];
                return before[(before.LastIndexOf(' ') + 1)..];
            }
        }

        return null;
    }

    // "Gabriel Garcia Marquez, Saul Bellow, Milan Kundera and John Updike": a name of two or three words listed with
    // people only, each name joined to the next by a comma or "and", is a person's too, though a word of it names a
    // place ("Milan"); not a known name, nor one opening or ending on an everyday word ("Finding Neverland") or ending
    // on a body's word, nor one the article calls a body or place.
    private static void ListedWithPeople(IReadOnlyList<string> texts, List<NameCandidate> candidates, List<string> keys, Dictionary<string, EntityEvidence> groups, Dictionary<EntityEvidence, EntityType> types)
    {
        var listed = new List<EntityEvidence>();
        for (var i = 0; i < candidates.Count; i++)
        {
            listed.Clear();
            var j = i;
            while (groups.TryGetValue(keys[j], out var group))
            {
                listed.Add(group);
                if (j + 1 == candidates.Count || candidates[j + 1].Sentence != candidates[j].Sentence || candidates[j + 1].Start < candidates[j].End
                    || texts[candidates[j].Sentence].AsSpan(candidates[j].End, candidates[j + 1].Start - candidates[j].End) is not (", " or " and " or ", and "))
                {
                    break;
                }

                j++;
            }

            if (listed.Count >= 3 && LoneOther(listed, types) is { } lone && IsPersonLikeName(lone))
            {
                types[lone] = EntityType.Person;
            }

            i = j;
        }
    }

    // The one name of the list not typed a person (listed once or more), if there is exactly one.
    private static EntityEvidence? LoneOther(List<EntityEvidence> listed, Dictionary<EntityEvidence, EntityType> types)
    {
        EntityEvidence? lone = null;
        foreach (var group in listed)
        {
            if (types[group] != EntityType.Person && !ReferenceEquals(group, lone))
            {
                if (lone is not null)
                {
                    return null;
                }

                lone = group;
            }
        }

        return lone;
    }

    private static bool IsPersonLikeName(EntityEvidence group)
    {
        var words = group.Name.Split(' ');
        return words.Length is 2 or 3 && words.All(EntityTyper.LooksLikeNamePart) && EntityTyper.Known(group.Name) is null
               && !Lexicon.IsEverydayWord(words[0]) && !Lexicon.IsVerbInIng(words[0])
               && !Lexicon.IsEverydayWord(words[^1]) && !Lexicon.IsOrganizationHead(words[^1]) && !Lexicon.IsPlace(words[^1])
               && group.Hints.GetValueOrDefault(EntityType.Organization) == 0 && group.Hints.GetValueOrDefault(EntityType.Place) == 0
               && group.BusinessCues == 0 && group.WeakPlaces == 0;
    }

    // "WASHINGTON –" opening a report names the Washington it names again: a name in capitals takes the case the
    // article or the tables write it in ("NEW YORK" → "New York"); a short acronym ("NATO", "BBC") stays as it is.
    // Not in a sports report, where "MILWAUKEE" over the report is the city and "Milwaukee" in it the team.
    private static void InOrdinaryCase(List<string> keys)
    {
        Dictionary<string, string>? ordinary = null;
        for (var i = 0; i < keys.Count; i++)
        {
            if (!IsInCapitals(keys[i]))
            {
                continue;
            }

            if (ordinary is null)
            {
                ordinary = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
                foreach (var key in keys.Where(k => !IsInCapitals(k)))
                {
                    ordinary.TryAdd(key, key);
                }
            }

            keys[i] = ordinary.GetValueOrDefault(keys[i]) ?? Lexicon.PlaceInUsualCase(keys[i]) ?? keys[i];
        }
    }

    // "Apple Inc" where the article writes "Apple Inc." too: one company, named with the dot.
    private static void WithCompanyDot(List<string> keys)
    {
        HashSet<string>? undotted = null;
        foreach (var key in keys)
        {
            if (key.EndsWith('.') && key.LastIndexOf(' ') is > 0 and var space && Lexicon.IsDottedCompanySuffix(key[(space + 1)..^1]))
            {
                (undotted ??= new HashSet<string>(StringComparer.Ordinal)).Add(key[..^1]);
            }
        }

        for (var i = 0; undotted is not null && i < keys.Count; i++)
        {
            if (undotted.Contains(keys[i]))
            {
                keys[i] += ".";
            }
        }
    }

    private static bool IsInCapitals(string name) => name.Length > 4 && !name.Any(char.IsLower) && name.Count(char.IsLetter) > 4;

    private static string Canonical(string name, Dictionary<string, string> acronyms)
    {
        var usual = Lexicon.UsualSpelling(name) ?? Lexicon.CanonicalCountry(name) ?? name;
        return acronyms.TryGetValue(usual, out var full) ? Lexicon.UsualSpelling(full) ?? full : usual;
    }

    // "S Byrne, S Best, L Cullen, A Foley": a list of players or runners by initial and surname, where "A" is one too.
    private static bool ListsInitials(IEnumerable<string> names) =>
        names.Count(n => n.Length > 3 && n[1] == ' ' && n[0] is >= 'B' and <= 'W' and not 'I' && char.IsUpper(n[2]) && !n.AsSpan(2).Contains(' ')
                         && !Lexicon.IsEverydayWord(n[2..])) >= 3;

    // "Tillerson" is Rex Tillerson; "Department of Defense" is the US Department of Defense; "Gwadar" is Gwadar Port.
    private static void MergeShortForms(Dictionary<string, EntityEvidence> groups, Dictionary<EntityEvidence, EntityType> types)
    {
        // Owners are the names of two words or more as they stood before any merging; each one's words split once.
        var longer = groups.Values.Where(g => g.Name.Contains(' ', StringComparison.Ordinal))
            .Select(g => new LongName(g, types[g], g.Name.Split(' '))).ToList();
        foreach (var group in groups.Values.ToList())
        {
            var owner = FindOwner(group, types[group], longer);
            if (owner is not null)
            {
                owner.Absorb(group);
                groups.Remove(group.Name);
            }
        }
    }

    private static EntityEvidence? FindOwner(EntityEvidence group, EntityType type, List<LongName> longer)
    {
        // A known place, body or thing keeps its own name ("Christmas" is not Father Christmas).
        if (type is EntityType.Place && Lexicon.IsPlace(group.Name) || Lexicon.IsOrganization(group.Name) || Lexicon.IsOtherName(group.Name))
        {
            return null;
        }

        // Only a name with a single owner is merged; a thing's name that may be a first word ("Elvis") only where no
        // owner is found otherwise ("Browns" is the Cleveland Browns, not "Browns Greedy Williams").
        var shortWords = group.Name.AsSpan().Count(' ') + 1;
        var (owner, owners) = OnlyOwner(group, type, shortWords, longer, byUnknownFirstWord: false);
        return owners == 0 ? OnlyOwner(group, type, shortWords, longer, byUnknownFirstWord: true).Owner : owner;
    }

    private static (EntityEvidence? Owner, int Owners) OnlyOwner(EntityEvidence group, EntityType type, int shortWords, List<LongName> longer, bool byUnknownFirstWord)
    {
        LongName? owner = null;
        var owners = 0;
        foreach (var candidate in longer)
        {
            // Two spellings of one person's name ("Steve Gerrard", "Steven Gerrard") are one owner: the first.
            if (candidate.Group != group && Owns(candidate, group.Name, shortWords, type, group.Roles, byUnknownFirstWord)
                && !(owner is { } first && SamePerson(first, candidate)))
            {
                owner ??= candidate;
                owners++;
            }
        }

        return (owners == 1 ? owner!.Value.Group : null, owners);
    }

    // Two names of people, one surname, given names one person may have: "Steve" and "Steven", "J." and "John".
    private static bool SamePerson(LongName a, LongName b) =>
        a.Type == EntityType.Person && b.Type == EntityType.Person && a.Words.Length == 2 && b.Words.Length == 2
        && a.Words[1] == b.Words[1] && PersonNames.SameGivenName(a.Words[0], b.Words[0]);

    // "S Best" or "S. Best" of "Simon Best": the first name's initial and the last word.
    private static bool IsInitialled(string shortName, string[] words)
    {
        var space = shortName.IndexOf(' ');
        return space is 1 or 2 && (space == 1 || shortName[1] == '.') && char.IsUpper(shortName[0]) && words.Length > 1
               && words[0].Length > 2 && words[0][0] == shortName[0] && !words[0].Contains('.') && shortName.AsSpan(space + 1).SequenceEqual(words[^1]);
    }

    // "Steven" alone is Steven Gerrard when he is the only Steven named, and "Elvis" Elvis Presley: a word the tables do not
    // know, read as a thing's name, before a last word that is no everyday word ("Holocaust" is not Holocaust Memorial Day),
    // when it is no people's word.
    private static bool IsCalledByFirstWord(string shortName, EntityType shortType, string[] words, bool byUnknownFirstWord) =>
        shortType is not (EntityType.Place or EntityType.Organization)
        && (Lexicon.IsFirstName(shortName) || (byUnknownFirstWord && shortType == EntityType.Other && !Lexicon.IsOtherName(shortName)
                                               && !IsPeoplesWord(shortName) && !Lexicon.IsEverydayWord(words[^1])));

    // "Bosnian" of "Bosnian Serb", "Rwandan" of "Rwandan Hutu": a people's word the tables know or make from a place's name.
    private static bool IsPeoplesWord(string word) => Lexicon.CountryOfDemonym(word) is not null || Lexicon.IsPlacesPerson(word);

    // A first name with a title ("Prince Charles") is not cut from a full name, so it stays apart, but a knight's is ("Sir
    // Alan" is Sir Alan Sugar). "Mr Khoo" is Khoo Kay Peng, "Mr Wang" Wang Xuebing: a family name written first, as Chinese
    // names are, with a title before it (not a first name: "Mr Gordon" is no Gordon Brown).
    private static bool IsAddressedByFamilyName(string shortName, EntityType shortType, List<string> roles) =>
        shortType == EntityType.Person && (!Lexicon.IsFirstName(shortName) || Lexicon.IsFamilyNameFirst(shortName) || roles.All(Lexicon.IsKnighthood));

    private static bool Owns(LongName owner, string shortName, int shortWords, EntityType shortType, List<string> roles, bool byUnknownFirstWord)
    {
        var (name, words) = (owner.Group.Name, owner.Words);
        var titled = roles.Count > 0;
        if (owner.Type == EntityType.Person && shortWords == 1)
        {
            // "Garcia" of "Gabriel Garcia Marquez", not "Stansted" of "Stop Stansted Expansion".
            return words[^1] == shortName || (words.Length > 2 && words[^2] == shortName && (Lexicon.IsGivenName(words[0]) || words[0].Length <= 2))
                   || (words[0] == shortName && (titled ? IsAddressedByFamilyName(shortName, shortType, roles) : IsCalledByFirstWord(shortName, shortType, words, byUnknownFirstWord)));
        }

        // "S Best" in a squad's list is Simon Best, when he is the only one of that initial and surname.
        if (owner.Type == EntityType.Person && shortWords == 2 && shortType is not (EntityType.Place or EntityType.Organization)
            && IsInitialled(shortName, words))
        {
            return true;
        }

        // "Hawk Sawyer" is Kathleen Hawk Sawyer, "De Niro" Robert De Niro; but "Sophie Anderton" is the whole name, and
        // "Model Sophie Anderton" the one cut wrong.
        if (owner.Type == EntityType.Person && shortType == EntityType.Person && shortWords < words.Length
            && name.EndsWith(" " + shortName, StringComparison.Ordinal))
        {
            return !Lexicon.IsFirstName(shortName[..shortName.IndexOf(' ')]) && !Lexicon.IsEverydayWord(words[0])
                   && Lexicon.CountryOfDemonym(words[0]) is null;
        }

        var headLength = name.Length - shortName.Length - 1;
        if (headLength >= 0 && name[headLength] == ' ' && name.EndsWith(shortName, StringComparison.Ordinal))
        {
            var head = name[..headLength];
            return Lexicon.CanonicalCountry(head) is not null || Lexicon.IsPlace(head) || head is "U.N." or "UN";
        }

        if (headLength < 0 || name[shortName.Length] != ' ' || !name.StartsWith(shortName, StringComparison.Ordinal))
        {
            return false;
        }

        // "NationsBank" is NationsBank Corp., "Mercantile" Mercantile Bancorp Inc.: a company named without the words
        // of a business that end in its legal form ("Mr Smith" is not Smith Ltd).
        if (owner.Type == EntityType.Organization && shortType != EntityType.Place && !titled && Lexicon.IsLegalForm(words[^1]))
        {
            return words.Skip(shortWords).All(Lexicon.IsOrganizationHead);
        }

        return words.Length == shortWords + 1 && Lexicon.IsPlaceHead(words[^1]);
    }

    /// <summary>A name of two words or more that may own a shorter one, with its type and words.</summary>
    private readonly record struct LongName(EntityEvidence Group, EntityType Type, string[] Words);

    // A people in the plural ("Americans", "Bosnian Serbs", "Native Americans", "UK Muslims", "Seven Iraqis") is no one
    // entity, with nationalities, regions, countries or a count before it; but a city's ("Cleveland Indians", a team) or
    // a name's with more before it ("Mary Queen of Scots", "Royal Scots") is.
    private static bool NamesAPeople(string[] words) =>
        IsPlacesPeople(string.Join(' ', words)) || (Lexicon.IsPeopleInPlural(words[^1])
        && words.SkipLast(1).All(w => Lexicon.CountryOfDemonym(w) is not null || Lexicon.IsRegionAdjective(w) || w.EndsWith("an", StringComparison.Ordinal)
            || (Lexicon.IsPlace(w) && !Lexicon.IsCity(w)) || Lexicon.IsCompassPoint(w) || w is "Native" or "Black" or "White" or "Young"
            or "Many" or "Two" or "Three" or "Four" or "Five" or "Six" or "Seven" or "Eight" or "Nine" or "Ten"));

    // "South Dakotans", "New Yorkers", "Londoners", "Bostonians": the people of a place the tables know, or one of them
    // ("New Zealander").
    private static bool IsPlacesPeople(string name) => Lexicon.IsPlacesPerson(name.EndsWith('s') ? name[..^1] : name);

    // A dictionary word of three letters or more written in capitals: "STARS", "LEFT"; not "BBC" nor "DS".
    private static bool IsShoutedWord(string word) =>
        word.Length > 2 && word.All(c => !char.IsLetter(c) || char.IsUpper(c)) && Lexicon.IsDictionaryWord(word.ToLowerInvariant());

    private static bool Keeps(EntityEvidence group, EntityType type)
    {
        var known = Lexicon.IsPlace(group.Name) || Lexicon.IsOrganization(group.Name) || Lexicon.IsOtherName(group.Name)
                    || Lexicon.IsKnownPerson(group.Name) || EntityTyper.HasDigit(group.Name);
        var single = !group.Name.Contains(' ', StringComparison.Ordinal);
        var words = group.Name.Split(' ');

        // "The Scot, who led GB", "the Kiwi psyche": one of a people, named only with "the", is no one's name.
        if (NamesAPeople(words) || (single && Lexicon.CountryOfNameLikeDemonym(group.Name) is not null && group.AfterThe == group.Mentions))
        {
            return false;
        }

        // "STARS WHO LEFT EMPTY-HANDED While", "IT ALL STARTED": a heading in capitals run on into its sentence names nothing.
        if (!known && words.Count(IsShoutedWord) >= 2)
        {
            return false;
        }

        if (known || group.Roles.Count > 0 || group.HasAcronym)
        {
            return true;
        }

        // A role named without its holder ("the Culture Secretary", "the Minister for Children") is no one's name.
        if (!single && !Lexicon.IsFirstName(words[0]) && Lexicon.IsEverydayPhrase(words)
            && (Lexicon.IsOffice(words[^1]) || (words.Length > 2 && Lexicon.IsOffice(words[0]) && words[1] is "for" or "of")))
        {
            return false;
        }

        // A lone everyday word of names ("the Olympic final", "a Digital edition") or a lone last word of a thing's name
        // ("the Act says", "the Summit") names nothing by itself; a body's may ("the Guardian", "the Cabinet").
        if (single && (Lexicon.IsThingWord(group.Name) || Lexicon.IsOtherHead(group.Name)))
        {
            return false;
        }

        // Capitalised only where it opens a sentence: not a name; nor an everyday word there whatever follows it
        // ("Prison officials said", "Police union leaders"), nor a kind of people read as a person ("Traders said",
        // "Prosecutors argued"; a side may be "Lions" or "Warriors").
        if (group.MentionsInside == 0 && single
            && (group.Hints.Count == 0 || Lexicon.IsEverydayWord(group.Name) || (type == EntityType.Person && Lexicon.IsPersonNounPlural(group.Name))))
        {
            return false;
        }

        // A lone capitalised word that says nothing of what it is, named once, is more often a stray common noun.
        return !(type == EntityType.Other && single && group.Mentions < 2);
    }
}
