using BriefingSite.Model;

namespace BriefingSite.Extract;

/// <summary>Finds runs of capitalised words in one sentence and reads what their context says about them.</summary>
internal static partial class CandidateScanner
{
    /// <summary>Adds the candidates of one sentence to <paramref name="found"/>, in reading order.</summary>
    /// <param name="sentence">The sentence.</param>
    /// <param name="tokens">Its words.</param>
    /// <param name="index">Its place among the article's sentences.</param>
    /// <param name="found">The article's candidates so far.</param>
    public static void Scan(string sentence, IReadOnlyList<Token> tokens, int index, List<NameCandidate> found)
    {
        if (tokens.Count == 0 || IsShouting(tokens))
        {
            return;
        }

        var i = 0;
        List<Token>? part = null;
        while (i < tokens.Count)
        {
            if (!StartsName(tokens[i]))
            {
                i++;
                continue;
            }

            var end = RunEnd(sentence, tokens, i);
            SplitAtConnectors(sentence, index, tokens, i, end, i == 0 || OpensQuotation(sentence, tokens[i].Start, tokens[end - 1].End), part ??= [], found);
            i = end;
        }
    }

    // A quotation opens as a sentence does, its first word capitalised whatever it is: said: "In Wales the civil service …";
    // but a quotation the run fills is a quoted name ("Next Generation Secure Computing Base").
    private static bool OpensQuotation(string sentence, int start, int end)
    {
        var mark = start - 1;
        return mark >= 0 && IsQuotationMark(sentence[mark])
               && (mark == 0 || char.IsWhiteSpace(sentence[mark - 1]) || sentence[mark - 1] is ':' or '(')
               && !(end < sentence.Length && IsQuotationMark(sentence[end]));
    }

    private static bool IsSpanOfMonths(string word) =>
        word.Split('-') is [var from, .. var between, var to] && Lexicon.IsMonth(from) && Lexicon.IsMonth(to) && between is [] or ["to"];

    private static bool IsQuotationMark(char c) => c is '"' or '“' or '”' or '‘' or '’' or '\'';

    // Weekdays are capitalised but name nothing: "Greater Milwaukee Open Thursday" is the Greater Milwaukee Open.
    private static bool StartsName(Token token) => token.IsCapitalised && !Lexicon.IsWeekday(token.Text);

    // Headlines and tables in capitals say nothing about which words are names.
    public static bool IsShouting(IReadOnlyList<Token> tokens)
    {
        if (tokens.Count < 3)
        {
            return false;
        }

        // Counted by index: a foreach over the list would make an enumerator for every sentence.
        var capitals = 0;
        for (var i = 0; i < tokens.Count; i++)
        {
            capitals += tokens[i].Text.Length > 1 && tokens[i].IsAcronym ? 1 : 0;
        }

        return capitals * 2 > tokens.Count;
    }

    // "Shadow Constitutional Affairs Secretary Oliver Heald": words before a title that only qualify it ("Shadow",
    // adjectives such as "Constitutional") are the role's, not a name of their own ("Chicago", "Federal Reserve" are).
    private static bool QualifiesTitle(List<Token> run, int prefix)
    {
        for (var i = 0; i < prefix; i++)
        {
            var word = run[i].Text;
            var adjective = word.Length > 4 && (word.EndsWith("al", StringComparison.Ordinal) || word.EndsWith("ic", StringComparison.Ordinal) || word.EndsWith("ive", StringComparison.Ordinal));
            if (!(word is "Shadow" or "Junior" or "Acting" or "Outgoing" or "Incoming" || (adjective && Lexicon.IsEverydayWord(word) && !Lexicon.IsPlace(word))
                  || IsMinistersField(run, i)))
            {
                return false;
            }
        }

        return true;
    }

    // "Trade and Industry Secretary", "Media and Sport Secretary": the fields of a minister's office, joined by "and" (see
    // JoinsTitlesFields); no body the tables know ("Labour").
    private static bool IsMinistersField(List<Token> run, int i) =>
        run.Exists(t => t.Text is "and") && (run[i].Text is "and" || (IsField(run[i]) && !Lexicon.IsOrganization(run[i].Text)));

    // "Will Smith starred …", "Will Young sang …": a first name, where a statement opens with "Will" and a surname; not
    // the verb of a question ("Will Labour win?") nor before a known name ("Will Britain …").
    private static bool IsWillAsName(string sentence, List<Token> run) =>
        run is [{ Text: "Will" }, { Text.Length: > 1 }, ..] && run.Count <= 3 && !sentence.AsSpan().TrimEnd(" \"'”’").EndsWith("?")
        && !IsKnown(Join(sentence, run, 1, run.Count - 1)) && !Lexicon.IsFirstName(run[1].Text) && Lexicon.CountryOfDemonym(run[1].Text) is null;

    // A title opening with "The" after a noun for a work or after an owner: "the film The Sea Inside", "Roth's The Plot Against America".
    private static bool IsWorkTitleAt(string sentence, int start) =>
        NameContext.IsAfterWorkNoun(sentence.AsSpan(0, start)) || NameContext.IsAfterPossessive(sentence.AsSpan(0, start));

    private static void Candidates(string sentence, int index, List<Token> run, bool atStart, List<NameCandidate> found)
    {
        // Capitalised only because it opens the sentence: "However", "The", "Surprisingly"; but "New Delhi" stays whole,
        // and so does "New York" in "New York Attorney General Elliot Spitzer", and a work's title after a noun for
        // the work or its maker's possessive keeps its "The" ("the film The Sea Inside", "Philip Roth's The Plot Against America").
        var workTitle = run.Count > 1 && run[0].Text is "The" && IsWorkTitleAt(sentence, run[0].Start);
        // A verb in -ing opens a sentence before a person's first name or a known place or body ("Making Michael Howard …",
        // "Entering Westminster …", "Praising Celtic …") as "However" does; before any other word it may be the name's own ("Fostering Network").
        var opener = Lexicon.IsSentenceOpener(run.Count > 0 ? run[0].Text : "") || (run.Count > 1 && run[1].IsCapitalised && NameContext.IsBodyNoun(run[0].Text))
                     || (run.Count > 1 && Lexicon.IsVerbInIng(run[0].Text) && (Lexicon.IsFirstName(run[1].Text) || Lexicon.IsPlace(Join(sentence, run, 1, run.Count - 1))
                                                                              || Lexicon.IsOrganization(Join(sentence, run, 1, run.Count - 1))));
        if (!workTitle && run.Count > 0 && (run[0].Text is "The" || (atStart && opener && !IsKnown(Join(sentence, run)) && !OpensKnownName(sentence, run)
                                                                    && !IsWillAsName(sentence, run))))
        {
            run.RemoveAt(0);
        }

        // "Former Labour minister ...": a capitalised "Former" opens a role, not a name; so does "Senior" opening a sentence
        // ("Senior WorldCom executives").
        if (run.Count > 1 && (run[0].Text is "Former" || (run[0].Text is "Senior" && atStart) || (run[0].Text is "The" && !workTitle)))
        {
            run.RemoveAt(0);
        }

        // "Double Olympic champion Hicham El Guerrouj", "Reigning World champion …", "Double Olympic 10,000m champion": a
        // title won, opening the sentence, is the role's.
        if (atStart && run.Count == 2 && Lexicon.IsEverydayWord(run[0].Text) && run[1].Text is "Olympic" or "World" or "Commonwealth" or "European" or "Paralympic"
            && WordAfterDistance(sentence, run[1].End) is { } next && sentence[next] is "champion" or "champions" or "medallist" or "gold" or "silver" or "bronze")
        {
            return;
        }

        // What stood between the words taken off and the name goes with them ("Officials of the Ministry of Defence").
        while (run.Count > 1 && !run[0].IsCapitalised && (run[0].Text is "the" || (Lexicon.IsNameConnector(run[0].Text) && !Lexicon.IsSurnameParticle(run[0].Text))))
        {
            run.RemoveAt(0);
        }

        // A span of months ("April-July", "October-to-December") names no place, nor do days of the week said of every week
        // ("moves to Sundays").
        if (run.Count == 1 && (IsSpanOfMonths(run[0].Text) || (run[0].Text.EndsWith('s') && Lexicon.IsWeekday(run[0].Text[..^1]))))
        {
            return;
        }

        // Months and lone region adjectives ("South Asian", "Middle Eastern") are capitalised but name nothing here.
        while (run.Count > 0 && Lexicon.IsMonth(run[0].Text))
        {
            run.RemoveAt(0);
        }

        if (run.Count is 1 or 2 && Lexicon.IsRegionAdjective(Join(sentence, run)))
        {
            return;
        }

        // "Popular Chinese websites …", "Cult British group Portishead …": the word that opens the sentence qualifies the
        // demonym after it, which is read below as its country.
        if (atStart && run.Count == 2 && DemonymLength(sentence, run) == 0 && !Lexicon.IsFirstName(run[0].Text) && Lexicon.CountryOfDemonym(run[1].Text) is not null
            && NameContext.FollowedByNoun(sentence, run[1].End) && !IsKnown(Join(sentence, run)))
        {
            run.RemoveAt(0);
        }

        // Members in the plural are no name ("Labour MPs", "UKIP MEPs"): what names them is ("Labour"); so for other
        // things in the plural ("New York DJs", "Windows PCs").
        if (run.Count > 1 && NameContext.IsPluralAcronym(run[^1].Text))
        {
            run.RemoveAt(run.Count - 1);
        }

        // Letters after a name ("Frank Field MP", "Philippe Sands QC", "William Haughey OBE") are no part of it; a member's
        // letters after a party, a seat or a kind make a role, not a name ("Tory MP", "Salford MP", "East Midlands MEP").
        if (run.Count > 0 && Lexicon.IsPostNominal(run[^1].Text))
        {
            var member = Lexicon.IsMemberTitle(run[^1].Text);
            run.RemoveAt(run.Count - 1);
            if (run.Count == 0 || (member && !NamesMember(sentence, run)))
            {
                return;
            }
        }

        // A word that opens sentences capitalised names nothing alone, wherever it stands: "Those" after a quote mark.
        if (run.Count == 1 && Lexicon.IsOpener(run[0].Text))
        {
            return;
        }

        while (run.Count > 0 && Lexicon.IsNameConnector(run[^1].Text))
        {
            run.RemoveAt(run.Count - 1);
        }

        if (run.Count == 0)
        {
            return;
        }

        // "Hong Kong-listed": the name is Hong Kong.
        if (run.Count > 1 && NameContext.DescriptiveSuffix(run[^1].Text) is > 0 and var dash)
        {
            run[^1] = new Token(run[^1].Text[..dash], run[^1].Start, run[^1].Start + dash);
        }

        var demonym = DemonymLength(sentence, run);
        if (demonym > 0 && !Lexicon.IsPlace(Join(sentence, run)))
        {
            var country = Lexicon.CountryOfDemonym(Join(sentence, run, 0, demonym)) ?? Lexicon.CountryOfNameLikeDemonym(run[0].Text)!;
            var keepsDemonym = run.Count > demonym
                && (Lexicon.IsOrganization(JoinWords(run, demonym)) || NameContext.AcronymFollows(sentence, run[^1].End) || NamedWithDemonym(run, demonym));
            if (!keepsDemonym)
            {
                if (run.Count == demonym && NameContext.FollowedByNoun(sentence, run[^1].End))
                {
                    found.Add(new NameCandidate(country, index, run[0].Start, run[^1].End, Hint: EntityType.Place));
                }

                run.RemoveRange(0, demonym);
                atStart = false;
                if (run.Count == 0)
                {
                    return;
                }
            }
        }

        // "Economist Joel Naroff said", "Flanker Lewis Moody", "Fellow Lib Dem Norman Baker": an everyday word opening the
        // sentence before a first name (or a party and a first name) describes the person, as it would in small letters,
        // and so does a rarer word of the dictionary before a given name ("Defiant Matt Williams");
        // a word that can only describe a person does so before any name ("Teenager LaShawn Merritt").
        if (atStart && run.Count > 2 && !Lexicon.IsFirstName(run[0].Text) && !Lexicon.IsTitle(run[0].Text)
            && (Lexicon.IsEverydayWord(run[0].Text) || Lexicon.IsPersonDescription(run[0].Text)
                || (Lexicon.IsDictionaryWord(run[0].Text) && Lexicon.IsGivenName(run[1].Text)))
            && (Lexicon.IsGivenName(run[1].Text) || BodyBeforeFirstName(sentence, run, 1) > 0
                || (Lexicon.IsPersonDescription(run[0].Text) && !Lexicon.IsEverydayWord(run[1].Text))))
        {
            run.RemoveAt(0);
            atStart = false;
        }

        // "Tories Ken Clarke and Sir George Young", "Tory Michael Howard", "Lib Dem Norman Baker": a known body's or party's
        // name before a first name is a name of its own.
        if (BodyBeforeFirstName(sentence, run, 0) is > 0 and var body)
        {
            found.Add(new NameCandidate(Join(sentence, run, 0, body), index, run[0].Start, run[body - 1].End, Hint: EntityType.Organization, AtSentenceStart: atStart));
            run.RemoveRange(0, body);
            atStart = false;
        }

        if (run.Count > 1 && run.TrueForAll(t => Lexicon.IsPlace(t.Text)))
        {
            foreach (var token in run)
            {
                found.Add(new NameCandidate(token.Text, index, token.Start, token.End, Hint: EntityType.Place));
            }

            return;
        }

        if (run.Count == 1 && NameContext.PlaceParts(run[0].Text) is { } places)
        {
            foreach (var place in places)
            {
                found.Add(new NameCandidate(place, index, run[0].Start, run[0].End, Hint: EntityType.Place));
            }

            return;
        }

        var titleLength = RoleSplitter.TitleLength(run);
        if (titleLength < 0)
        {
            return;
        }

        if (titleLength > 0 && RoleSplitter.Prefix(run, titleLength) is > 0 and var prefix && !QualifiesTitle(run, prefix))
        {
            // "Chicago Cardinal Joseph Bernardin": Chicago is named too.
            found.Add(new NameCandidate(Join(sentence, run, 0, prefix), index, run[0].Start, run[prefix - 1].End, AtSentenceStart: atStart));
        }

        // "Lord Roberts of Conwy": the peer is named by the surname, as elsewhere ("Lord Roberts", "Jim Roberts").
        if (titleLength > 0 && run.Count - titleLength == 3 && RoleSplitter.IsPeersPlace(run, run.Count - 2, run.Count))
        {
            run.RemoveRange(run.Count - 2, 2);
        }

        var name = Join(sentence, run, titleLength, run.Count - titleLength);
        var nameStart = run[titleLength].Start;
        if (name.Length < 2 || NameContext.IsPluralAcronym(name))
        {
            return;
        }

        var end = run[^1].End;
        if (run.Count - titleLength > 1 && end < sentence.Length && sentence[end] == '.' && !sentence.AsSpan(end + 1).IsWhiteSpace()
            && Lexicon.IsDottedCompanySuffix(run[^1].Text))
        {
            // "Barnett Banks Inc. said": the dot of a company's short ending is the name's (ending the sentence, the full stop's).
            name += ".";
            end++;
        }

        // A form of address alone ("Mr Glazer, who owns the Buccaneers") leaves the role to the words after the name.
        var title = titleLength > 0 ? Former(sentence, run[0].Start) + Join(sentence, run, 0, titleLength) : null;
        var role = title is not null && RoleSplitter.Role(title) is not null ? title : RoleBefore(sentence, run[0].Start, end, name) ?? AppositiveRole(sentence, nameStart, end, name) ?? title;
        var afterBodyNoun = titleLength == 0 && NameContext.IsAfterBodyNoun(sentence.AsSpan(0, nameStart));
        found.Add(new NameCandidate(
            name,
            index,
            nameStart,
            end,
            role,
            titleLength > 0 ? EntityType.Person
            : NameContext.IsAfterWorkNoun(sentence.AsSpan(0, nameStart)) || (run[titleLength].Text is "The" && IsWorkTitleAt(sentence, nameStart))
              || NameContext.IsWorkInApposition(sentence, nameStart, end) ? EntityType.Other
            : afterBodyNoun ? EntityType.Organization
            : titleLength == 0 && (NameContext.IsAfterKinNoun(sentence.AsSpan(0, nameStart)) || NameContext.IsAfterPerformerNoun(sentence.AsSpan(0, nameStart))
                                   || NameContext.IsCredited(sentence, nameStart, end))
              ? EntityType.Person
            : NameContext.HintAfter(sentence, end) ?? Dateline(sentence, atStart, end) ?? (NameContext.IsBeforeItsState(sentence, end) ? EntityType.Place : null),
            // "in Robbie's repertoire": a given name owning something after "in" is a person's, no place's.
            WeakPlace: NameContext.IsAfterPlacePreposition(sentence.AsSpan(0, nameStart))
                       && !(NameContext.IsPossessiveAt(sentence, end) && Lexicon.IsGivenName(run[titleLength].Text)),
            AtSentenceStart: atStart && titleLength == 0,
            BeforeNumber: NameContext.NumberFollows(sentence, end),
            BeforeSideMember: titleLength == 0 && NameContext.SideMemberFollows(sentence, end),
            BusinessCue: titleLength == 0 && (afterBodyNoun || NameContext.OwnsBusinessPart(sentence, end) || NameContext.BusinessInApposition(sentence, end)),
            AfterThe: titleLength == 0 && NameContext.IsAfterThe(sentence.AsSpan(0, nameStart)) && !NameContext.IsBeforeMattersNoun(sentence, end)));
    }

    // Whether the words before a member's letters name a person: a first name, or words of which none is a place, a party
    // or a body, or a word that qualifies a place as seats have ("Frank Field", not "Veteran Labour" or "Bolton West").
    private static bool NamesMember(string sentence, List<Token> words) =>
        Lexicon.IsFirstName(words[0].Text)
        || (words.Count >= 2 && !Lexicon.IsPlace(Join(sentence, words))
            && words.TrueForAll(w => !Lexicon.IsPlace(w.Text) && !Lexicon.IsOrganization(w.Text) && !Lexicon.IsOrganizationHead(w.Text)
                                     && !Lexicon.IsPlaceQualifier(w.Text)));

    // "Tory leader Michael Howard", "Arsenal manager Arsene Wenger": a role in small letters just before a name that may be
    // a person's: not a known place or body, letters, or a name with a body's word ("Shanghai Media Group"); after an office
    // that bodies hold as well ("market leader Best Buy", "owner France Telecom"), a name opening with a given name only;
    // and no single word after one that serves bodies too ("analyst Gartner", "editor Variety").
    // Most names have no such role: the name is looked at only when one stands before it.
    private static string? RoleBefore(string sentence, int runStart, int end, string name)
    {
        if (RolePhrase.Before(sentence, runStart, setOff: end < sentence.Length && sentence[end] == ',') is not { } role
            || (EntityTyper.Known(name) is { } known && known != EntityType.Person) || AcronymPairer.IsAcronym(name))
        {
            return null;
        }

        var words = name.Split(' ');
        var mayBeBodys = words.Any(w => Lexicon.IsOrganizationHead(w) || Lexicon.IsCompanySuffix(w) || Lexicon.IsOtherHead(w) || Lexicon.IsPlaceHead(w))
                         || (RolePhrase.BodiesHoldToo(role) && (!Lexicon.IsGivenName(words[0]) || Lexicon.IsPlace(words[0])))
                         || (words.Length == 1 && RolePhrase.ServesBodies(role));
        return mayBeBodys ? null : role;
    }

    // "Joel Silver, producer of the Matrix trilogy": a role between commas after the name; after a single word not addressed
    // as a person, none that bodies hold too ("Baoshan, the country's largest steel producer"; "Mr Glazer, the owner of …" keeps it).
    private static string? AppositiveRole(string sentence, int nameStart, int end, string name)
    {
        var role = NameContext.Appositive(sentence, end);
        if (role is null || name.Contains(' ') || !RolePhrase.BodiesHoldToo(role))
        {
            return role;
        }

        var before = sentence.AsSpan(0, nameStart).TrimEnd();
        return Lexicon.IsFormOfAddress(before[(before.LastIndexOf(' ') + 1)..].ToString()) ? role : null;
    }

    // "former Prime Minister Imran Khan", "Former Labour minister ...": the "former" before a title belongs to the role.
    private static string Former(string sentence, int titleStart)
    {
        var before = sentence.AsSpan(0, titleStart).TrimEnd();
        return (before.EndsWith("former", StringComparison.Ordinal) || before.EndsWith("Former", StringComparison.Ordinal))
               && (before.Length == 6 || before[^7] == ' ') ? $"{before[^6..]} " : "";
    }

    // "LONDON 1996-08-30", "ARLINGTON, Texas 1996-08-31": a dateline names the place the report was filed from.
    private static EntityType? Dateline(string sentence, bool atStart, int end) =>
        atStart && NameContext.IsDatelineRest(sentence.AsSpan(end)) ? EntityType.Place : null;

    // "Australian Open", "British Airways", "Scottish Cup": a demonym before one word for an event, a body or a work
    // names it with that word; before several ending in a body's word, none a place, title or first name, it opens the
    // body's name ("British Retail Consortium", "Scottish National Party", "British Phonographic Industry"); "Australian
    // Tim Henman", "British Prime Minister" or "British Olympic" (team) do not.
    private static bool NamedWithDemonym(List<Token> run, int demonym)
    {
        if (run.Count <= demonym || Lexicon.IsPlace(run[^1].Text) || Lexicon.IsTitle(run[^1].Text))
        {
            return false;
        }

        if (run.Count == demonym + 1)
        {
            return Lexicon.IsOrganizationHead(run[^1].Text) || Lexicon.IsOtherHead(run[^1].Text) || Lexicon.IsEventNamedWithDemonym(run[^1].Text) || Lexicon.IsBodyNamedWithDemonym(run[^1].Text);
        }

        for (var i = demonym; i < run.Count - 1; i++)
        {
            if (Lexicon.IsPlace(run[i].Text) || Lexicon.IsTitle(run[i].Text) || Lexicon.IsFirstName(run[i].Text))
            {
                return false;
            }
        }

        return (Lexicon.IsOrganizationHead(run[^1].Text) && !Lexicon.IsCompanySuffix(run[^1].Text)) || Lexicon.IsTradesBodyHead(run[^1].Text);
    }

    // "Pakistani" or "South Korean" at the head of a run: how many words the adjective takes; a place's people or one of
    // them the tables lack as adjectives before a first name ("Californian Thomas Slattery", "New Zealander Jason Spice",
    // "Britons Kathy Butler") are so many words too.
    private static int DemonymLength(string sentence, List<Token> run) =>
        run.Count > 1 && Lexicon.IsDemonym(sentence.AsSpan(run[0].Start, run[1].End - run[0].Start)) ? 2
        : Lexicon.CountryOfDemonym(run[0].Text) is not null ? 1
        : run.Count > 2 && Lexicon.CountryOfNameLikeDemonym(run[0].Text) is not null ? 1
        : run.Count > 2 && (Lexicon.IsPlacesPerson(run[0].Text) || Lexicon.IsPeopleInPlural(run[0].Text)) && Lexicon.IsGivenName(run[1].Text) ? 1
        : run.Count > 3 && Lexicon.IsPlacesPerson(Join(sentence, run, 0, 2)) && Lexicon.IsGivenName(run[2].Text) ? 2
        : 0;

    // How many words from one on name a known body or party ("Tories", "Tory", "Lib Dem") right before a first name
    // and a surname; 0 when none do.
    private static int BodyBeforeFirstName(string sentence, List<Token> run, int from)
    {
        for (var words = 1; words <= 2 && from + words + 1 < run.Count; words++)
        {
            if (!Lexicon.IsFirstName(run[from + words].Text) || Lexicon.IsFirstName(run[from].Text))
            {
                continue;
            }

            var body = Join(sentence, run, from, words);
            if (Lexicon.IsOrganization(body) || (Lexicon.UsualSpelling(body) is { } usual && Lexicon.IsOrganization(usual)))
            {
                return words;
            }
        }

        return 0;
    }

    // The run's first two or three words are a known name, or its first two one of a known place's people: "New York"
    // in "New York Attorney General Elliot Spitzer", "New Zealander" in "New Zealander Jason Spice".
    private static bool OpensKnownName(string sentence, List<Token> run) =>
        (run.Count > 2 && (IsKnown(Join(sentence, run, 0, 2)) || Lexicon.IsPlacesPerson(Join(sentence, run, 0, 2))))
        || (run.Count > 3 && IsKnown(Join(sentence, run, 0, 3)));

    private static bool IsKnown(string name) => Lexicon.IsPlace(name) || Lexicon.IsOrganization(name) || Lexicon.IsOtherName(name);

    private static string Join(string sentence, List<Token> tokens) => Join(sentence, tokens, 0, tokens.Count);

    // A one-word name is its word's own string: most names are one word, and each is joined more than once.
    private static string Join(string sentence, List<Token> tokens, int from, int count) =>
        count == 1 ? tokens[from].Text : sentence[tokens[from].Start..tokens[from + count - 1].End];

    // The words from one on, joined by single spaces.
    private static string JoinWords(List<Token> tokens, int from) =>
        string.Join(' ', tokens.Skip(from).Select(t => t.Text));

    // The lower-case word after this point, past a distance or time that may stand first ("10,000m", "400m").
    private static Range? WordAfterDistance(string sentence, int end)
    {
        var start = end;
        while (start < sentence.Length && sentence[start] == ' ')
        {
            start++;
        }

        if (start < sentence.Length && char.IsAsciiDigit(sentence[start]))
        {
            end = sentence.IndexOf(' ', start) is var space and > 0 ? space : sentence.Length;
        }

        return NameContext.NextWord(sentence, end);
    }
}
