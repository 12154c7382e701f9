using System.Text.RegularExpressions;

namespace BriefingSite.Extract;

/// <summary>How a run of capitalised words and the small words between them is cut into the names it holds.</summary>
internal static partial class CandidateScanner
{
    // The run of names and the connectors between them that starts here: where it ends.
    private static int RunEnd(string sentence, IReadOnlyList<Token> tokens, int start)
    {
        var j = start + 1;
        while (j < tokens.Count)
        {
            if (IsTitlesContraction(sentence, tokens, start, j))
            {
                j += 2;
                continue;
            }

            if (!Tokenizer.Adjacent(sentence, tokens[j - 1], tokens[j]) && !JoinedByAmpersand(sentence, tokens[j - 1], tokens[j])
                && !ListsBodysFields(sentence, tokens, start, j))
            {
                break;
            }

            if (StartsName(tokens[j]) && !EndsRun(tokens, j))
            {
                j++;
            }
            else if (Lexicon.IsNameConnector(tokens[j].Text) && j + 1 < tokens.Count
                     && StartsName(tokens[j + 1]) && Tokenizer.Adjacent(sentence, tokens[j], tokens[j + 1]))
            {
                j += 2;
            }
            else if (IsParticlePair(sentence, tokens, j))
            {
                j += 3;
            }
            else if (IsArticledSurname(tokens[j].Text))
            {
                j++;
            }
            else if (JoinsOfThe(sentence, tokens, start, j) || JoinsForThe(sentence, tokens, start, j))
            {
                j += 3;
            }
            else if (JoinsPlaceSpelledOut(sentence, tokens, start, j))
            {
                j += 2;
            }
            else
            {
                break;
            }
        }

        return OwnersBodyEnd(sentence, tokens, start, j);
    }

    // "Do They Know It's Christmas", "It's A Wonderful Life": in a title, "It's" is "it is", no owner's, and the title goes
    // on; not where "It" opens the sentence ("It's Christmas Day in Paris").
    private static bool IsTitlesContraction(string sentence, IReadOnlyList<Token> tokens, int start, int j) =>
        j + 1 < tokens.Count && tokens[j].Text is "s" && tokens[j - 1].Text is "It" && tokens[j - 1].Start > 0
        && sentence.AsSpan(tokens[j - 1].End, tokens[j].Start - tokens[j - 1].End) is "'" or "’"
        && StartsName(tokens[j + 1]) && Tokenizer.Adjacent(sentence, tokens[j], tokens[j + 1])
        && (j - 1 > start || IsQuoteOrWorkBefore(sentence, tokens[start].Start));

    private static bool IsQuoteOrWorkBefore(string sentence, int at) =>
        NameContext.IsAfterWorkNoun(sentence.AsSpan(0, at)) || (at > 0 && sentence[at - 1] is '"' or '“' or '\'' or '‘');

    // "Rodrigo de la Serna", "Edwin van der Sar": two particles of a surname before its capitalised word.
    private static bool IsParticlePair(string sentence, IReadOnlyList<Token> tokens, int j) =>
        j + 2 < tokens.Count && Lexicon.IsSurnameParticle(tokens[j].Text) && Lexicon.IsSurnameParticle(tokens[j + 1].Text) && StartsName(tokens[j + 2])
        && Tokenizer.Adjacent(sentence, tokens[j], tokens[j + 1]) && Tokenizer.Adjacent(sentence, tokens[j + 1], tokens[j + 2]);

    // "Ghazi al-Gosaibi", "Mohamed el-Baradei": an Arabic surname with its article, written in small letters.
    private static bool IsArticledSurname(string word) =>
        word.Length > 4 && word[0] is 'a' or 'e' && word[1] == 'l' && word[2] == '-' && char.IsUpper(word[3]);

    // "Like Kevin I'd like to": "I'd" is in capitals but goes on no name, unless a title goes on after it ("What I'm Looking For");
    // nor does "I" before a verb it says (see IsSpeakingI); nor "The" before a word in small letters, where a full stop
    // was left out ("analyst Vadim Mitroshin The dispute").
    private static bool EndsRun(IReadOnlyList<Token> tokens, int j) =>
        (tokens[j].Text is "The" || (tokens[j].Text.Length is 3 or 4 && tokens[j].Text[0] == 'I' && Lexicon.IsContraction(tokens[j].Text))
         || IsSpeakingI(tokens, j))
        && (j + 1 == tokens.Count || !tokens[j + 1].IsCapitalised);

    // "a bid for Nicolas Anelka I will consider": "I" before a verb it says; "Elizabeth I was" and a title's "A Fool Such As
    // I would" keep theirs.
    private static bool IsSpeakingI(IReadOnlyList<Token> tokens, int j) =>
        tokens[j].Text is "I" && !Lexicon.IsTitledFunctionWord(tokens[j - 1].Text) && j + 1 < tokens.Count
        && tokens[j + 1].Text is "will" or "would" or "think" or "am" or "have" or "can" or "could" or "feel" or "believe" or "hope"
            or "want" or "know" or "said" or "say";

    // "Department for Culture, Media and Sport", "Ministry of Economy, Trade and Industry": a body's fields listed with a
    // comma before the last two, joined by "and" (read as one name by JoinsBodysFields).
    private static bool ListsBodysFields(string sentence, IReadOnlyList<Token> tokens, int start, int j)
    {
        if (j + 2 >= tokens.Count || j - start < 3 || sentence.AsSpan(tokens[j - 1].End, tokens[j].Start - tokens[j - 1].End) is not ", "
            || tokens[j + 1].Text is not "and" || !IsField(tokens[j]) || !IsField(tokens[j + 2]))
        {
            return false;
        }

        var of = j - 1;
        while (of > start && IsField(tokens[of]))
        {
            of--;
        }

        return of > start && of < j - 1 && tokens[of].Text is "of" or "for" && Lexicon.IsOrganizationHead(tokens[of - 1].Text);
    }

    // "Marks & Spencer", "Procter & Gamble": an ampersand between two capitalised words joins one name.
    private static bool JoinedByAmpersand(string sentence, Token left, Token right) =>
        right.IsCapitalised && sentence.AsSpan(left.End, right.Start - left.End) is " & ";

    // "Musicians' Union", "Music Managers' Forum", "Women's Institute": a body named for its members, the plural's
    // possessive before one word for a body that ends the name; where the run ends with it, or j if it does not follow.
    // A place's body ("Britain's Labour Party", "Pakistan's Army") is no such name, nor a singular owner's ("Sony's Board").
    // A saint's building or ground is named whole ("St Paul's Cathedral", "St James' Park", "St Mary's Hospital").
    private static int OwnersBodyEnd(string sentence, IReadOnlyList<Token> tokens, int start, int j)
    {
        // The tokenizer leaves the "s" of "'s" a word of its own.
        var owner = tokens[j - 1];
        var apostropheS = j + 1 < tokens.Count && tokens[j].Text is "s";
        var body = apostropheS ? j + 1 : j;
        if (body >= tokens.Count)
        {
            return j;
        }

        var gap = sentence.AsSpan(owner.End, tokens[body].Start - owner.End);
        var plural = apostropheS
            ? gap is "'s " or "’s " && owner.Text is "Women" or "Children" or "People" or "Men"
            : gap is "' " or "’ " && owner.Text.EndsWith('s');
        var ends = body + 1 == tokens.Count || !(StartsName(tokens[body + 1]) && Tokenizer.Adjacent(sentence, tokens[body], tokens[body + 1]));
        var head = tokens[body].Text;
        if (ends && tokens[body].IsCapitalised && plural && Lexicon.IsOrganizationHead(head) && !Lexicon.IsCompanySuffix(head))
        {
            return body + 1;
        }

        // The saint's building may take more words, its last the kind of place ("St Fintian's High School", "St
        // Stephen's Green Shopping Centre").
        var last = body;
        while (last - body < 3 && last + 1 < tokens.Count && StartsName(tokens[last + 1]) && Tokenizer.Adjacent(sentence, tokens[last], tokens[last + 1]))
        {
            last++;
        }

        head = tokens[last].Text;
        var saints = j - start == 2 && tokens[start].Text is "St" or "St." or "Saint" && (apostropheS ? gap is "'s " or "’s " : gap is "' " or "’ ")
                     && tokens[body].IsCapitalised && (Lexicon.IsVenueHead(head) || Lexicon.IsPlaceHead(head) || Lexicon.IsOrganizationHead(head))
                     && (last + 1 == tokens.Count || !(StartsName(tokens[last + 1]) && Tokenizer.Adjacent(sentence, tokens[last], tokens[last + 1])));
        return saints ? last + 1 : j;
    }

    // "Belt and Road Initiative" keeps its "and"; "Russia and China" does not; "Bergamo-based Atalanta" is two names.
    // Each part of the run [start, end) is read for candidates as soon as it is cut, in one list the sentence's runs share.
    private static void SplitAtConnectors(
        string sentence, int index, IReadOnlyList<Token> tokens, int start, int end, bool atStart, List<Token> part, List<NameCandidate> found)
    {
        part.Clear();
        for (var k = start; k < end; k++)
        {
            var token = tokens[k];
            if (!token.IsCapitalised && !KeepsConnector(sentence, tokens, start, end, k))
            {
                Candidates(sentence, index, part, atStart && part[0] == tokens[start], found);
                part.Clear();
                continue;
            }

            part.Add(token);
            if (NameContext.DescriptiveSuffix(token.Text) > 0 && k + 1 < end)
            {
                Candidates(sentence, index, part, atStart && part[0] == tokens[start], found);
                part.Clear();
            }
        }

        Candidates(sentence, index, part, atStart && part[0] == tokens[start], found);
    }

    private static bool KeepsConnector(string sentence, IReadOnlyList<Token> tokens, int start, int end, int k)
    {
        var word = tokens[k].Text;
        var before = tokens[k - 1].Text;
        if ((word is "of" && JoinsOfThe(sentence, tokens, start, k)) || (word is "the" && tokens[k - 1].Text is "of" && JoinsOfThe(sentence, tokens, start, k - 1)))
        {
            return true;
        }

        // "American Association for the Advancement of Science": after a body's "for the", its "of" goes on as well.
        if ((word is "the" && tokens[k - 1].Text is "for" && JoinsForThe(sentence, tokens, start, k - 1))
            || (word is "of" && k - 3 >= start && tokens[k - 3].Text is "for" && tokens[k - 2].Text is "the" && JoinsForThe(sentence, tokens, start, k - 3)))
        {
            return true;
        }

        if (word is "in")
        {
            return JoinsPlaceSpelledOut(sentence, tokens, start, k);
        }

        // A law named for what it is of: "Freedom of Information Act", "Prevention of Terrorism Bill".
        if (word is "of" && k + 2 < end && tokens[end - 1].Text is "Act" or "Bill"
            && Lexicon.IsEverydayWord(before) && !Lexicon.IsFirstName(before) && !Lexicon.IsTitle(before))
        {
            return true;
        }

        // A work's title keeps its "of", "for" and "on": "Hollinghurst's The Line of Beauty"; its "and" may join the next
        // name ("Catherine Tate's The Catherine Tate Show and Sacha Baron Cohen"), so it is read as below.
        if (word is "of" or "for" or "on" && tokens[start].Text is "The" && IsWorkTitleAt(sentence, tokens[start].Start))
        {
            return true;
        }

        return word switch
        {
            // A thing's head word alone after "and" is a name of its own ("the Grand Slams and Tour").
            "and" => ((Lexicon.IsOrganizationHead(tokens[end - 1].Text) || (Lexicon.IsOtherHead(tokens[end - 1].Text) && end - k > 2)) && !JoinsTwoBodies(tokens, start, end, k)
                      && !JoinsWholeNames(sentence, tokens, start, end, k) && !NamesOneOfItsOwnAfter(tokens, k, end))
                     || JoinsBodysFields(sentence, tokens, start, end, k) || JoinsTitlesFields(tokens, start, end, k)
                     || (end - k > 3 && tokens[end - 1].Text is "Fame" && tokens[end - 2].Text is "of"),
            "of" when k - 2 >= start && RoleSplitter.IsPeersPlace(tokens, k, end) && !Lexicon.IsGivenName(before) => true,
            "of" or "for" or "on" => (Lexicon.IsOrganizationHead(before) && !Lexicon.IsCompanySuffix(before)) || Lexicon.IsOtherHead(before)
                                     || Lexicon.IsPlaceHead(before) || Lexicon.IsTitle(before) || Lexicon.IsPeerage(before) || before is "States" or "Republic" or "Kingdom" or "House" or "Chamber" or "Chambers"
                                     || (before is "Hall" && k + 1 < end && tokens[k + 1].Text is "Fame"),
            _ => true,
        };
    }

    // "Organisation for Security and Cooperation in Europe (OSCE)": "in" and a place go on a body's name when the acronym
    // in brackets after them needs the place's initial.
    private static bool JoinsPlaceSpelledOut(string sentence, IReadOnlyList<Token> tokens, int start, int @in)
    {
        if (@in - start < 2 || @in + 1 >= tokens.Count || tokens[@in].Text is not "in" || !StartsName(tokens[@in + 1])
            || !Tokenizer.Adjacent(sentence, tokens[@in - 1], tokens[@in]) || !Tokenizer.Adjacent(sentence, tokens[@in], tokens[@in + 1]))
        {
            return false;
        }

        var bracket = BracketedAcronym().Match(sentence, tokens[@in + 1].End);
        if (!bracket.Success)
        {
            return false;
        }

        var first = tokens[start].Text is "The" ? tokens[start + 1].Start : tokens[start].Start;
        var acronym = bracket.Groups[1].Value;
        return !AcronymPairer.InitialsMatch(sentence[first..tokens[@in - 1].End], acronym) && AcronymPairer.InitialsMatch(sentence[first..tokens[@in + 1].End], acronym);
    }

    [GeneratedRegex(@"\G\s*\(([A-Z][A-Za-z]*[A-Z])\)")]
    private static partial Regex BracketedAcronym();

    // "Society for the Protection of Birds", "Association for the Advancement of Science": a body "for the" something; not
    // a body's word alone opening the sentence ("Records for the Commons only date back to 1834"), nor an owner's ("the
    // U.S. Attorney's Office for the Western District of New York" is read as the district).
    private static bool JoinsForThe(string sentence, IReadOnlyList<Token> tokens, int start, int @for) =>
        @for > start && (@for - 1 > start || tokens[start].Start > 0) && @for + 2 < tokens.Count
        && tokens[@for].Text is "for" && tokens[@for + 1].Text is "the" && StartsName(tokens[@for + 2])
        && Lexicon.IsOrganizationHead(tokens[@for - 1].Text) && !Lexicon.IsCompanySuffix(tokens[@for - 1].Text)
        && !NameContext.IsAfterPossessive(sentence.AsSpan(0, tokens[@for - 1].Start))
        && Tokenizer.Adjacent(sentence, tokens[@for - 1], tokens[@for]) && Tokenizer.Adjacent(sentence, tokens[@for], tokens[@for + 1])
        && Tokenizer.Adjacent(sentence, tokens[@for + 1], tokens[@for + 2]);

    // "Top of the Pops", "Friends of the Earth", "BBC Sports Personality of the Year": everyday words (and, after the
    // first, acronyms and demonyms; last, a body's word: "International Federation of the Phonographic Industry") before
    // "of the" and a capitalised word make one name; not a person's ("Hannah Ward of
    // the Refugee Council"), an office's ("Leader of the Opposition") or a group's ("Members of the Bank", "None of the Tories").
    private static bool JoinsOfThe(string sentence, IReadOnlyList<Token> tokens, int start, int of)
    {
        if (of + 2 >= tokens.Count || tokens[of].Text is not "of" || tokens[of + 1].Text is not "the" || !StartsName(tokens[of + 2])
            || !Tokenizer.Adjacent(sentence, tokens[of], tokens[of + 1]) || !Tokenizer.Adjacent(sentence, tokens[of + 1], tokens[of + 2]))
        {
            return false;
        }

        var first = tokens[start].Text is "The" && of - start > 1 ? start + 1 : start;
        if (Lexicon.IsStopWord(tokens[first].Text) || tokens[first].Text is "None" or "Members" or "Member" or "Membership" or "Fans" or "Users"
                or "Supporters" or "Minutes" or "Highlights" or "Part" or "Rest")
        {
            return false;
        }

        for (var i = first; i < of; i++)
        {
            var word = tokens[i].Text;
            var everyday = Lexicon.IsEverydayWord(word) || (of - first > 1 && (tokens[i].IsAcronym || Lexicon.CountryOfDemonym(word) is not null))
                           || (i == of - 1 && Lexicon.IsOrganizationHead(word) && !Lexicon.IsCompanySuffix(word));
            if (!tokens[i].IsCapitalised || !everyday || Lexicon.IsFirstName(word) || Lexicon.IsTitle(word))
            {
                return false;
            }
        }

        return true;
    }

    // "Department for Education and Skills", "Organisation for Security and Cooperation": a body "of" or "for" two
    // fields, each everyday words; not "Bank of England and Wales" (a place), "House of Fraser and Woolworths" (a body
    // the tables know), nor "Department of Health and John Reid" (a person).
    private static bool JoinsBodysFields(string sentence, IReadOnlyList<Token> tokens, int start, int end, int and)
    {
        var of = and - 1;
        while (of > start && tokens[of].Text is not ("of" or "for"))
        {
            of--;
        }

        if (of <= start || of == and - 1 || and + 1 >= end || !Lexicon.IsOrganizationHead(tokens[of - 1].Text) || Lexicon.IsCompanySuffix(tokens[of - 1].Text))
        {
            return false;
        }

        // The fields may end in a place the acronym after the name spells ("… and Cooperation in Europe").
        var fieldsEnd = end - 2 > and + 1 && JoinsPlaceSpelledOut(sentence, tokens, start, end - 2) ? end - 2 : end;
        for (var i = of + 1; i < fieldsEnd; i++)
        {
            if (i != and && !IsField(tokens[i]))
            {
                return false;
            }
        }

        return !Lexicon.IsOrganization(sentence[tokens[and + 1].Start..tokens[fieldsEnd - 1].End]);
    }

    // "Trade and Industry Secretary Patricia Hewitt", "Economic and Fiscal Policy Minister": a minister's fields, all of
    // the run before "and" and the words after it up to the title; not "Hain and Welsh First Minister" (a person).
    private static bool JoinsTitlesFields(IReadOnlyList<Token> tokens, int start, int end, int and)
    {
        for (var i = start; i < and; i++)
        {
            if (!IsField(tokens[i]) || Lexicon.IsTitle(tokens[i].Text))
            {
                return false;
            }
        }

        var title = and + 1;
        while (title < end && IsField(tokens[title]) && !Lexicon.IsTitle(tokens[title].Text))
        {
            title++;
        }

        return and > start && title > and + 1 && title < end && Lexicon.IsTitle(tokens[title].Text);
    }

    // A word for a body's field ("Education", "Pensions"): a capitalised everyday word, or its plural, that is no place
    // and no one's first name, or a field the word list lacks.
    private static bool IsField(Token word) =>
        word.IsCapitalised && (Lexicon.IsEverydayWordOrPlural(word.Text) || Lexicon.IsBodysField(word.Text))
        && !Lexicon.IsPlace(word.Text) && !Lexicon.IsFirstName(word.Text);

    // "Apple Computer and Cisco Systems", "G7 Group and World Economic Forum": two names of two or more words, the first
    // ending in a word for a body; not "Securities and Exchange Commission", "Investors Bank and Trust", nor a place's
    // body ("US Securities and Exchange Commission").
    // "Fiat and General Motors", "Ogilvy & Mather and Cordiant Communications": either side a body the tables know, or
    // the first a whole name already joined by an ampersand (a place first may open one name: "Birmingham and Midland
    // Institute").
    private static bool JoinsWholeNames(string sentence, IReadOnlyList<Token> tokens, int start, int end, int and)
    {
        if (and == start || and + 1 >= end)
        {
            return false;
        }

        var left = sentence[tokens[start].Start..tokens[and - 1].End];
        var right = sentence[tokens[and + 1].Start..tokens[end - 1].End];
        return Lexicon.IsOrganization(left) || Lexicon.IsOrganization(right) || left.Contains(" & ", StringComparison.Ordinal);
    }

    // "Universal and Warner Bros", "EADS and BAE Systems", "Viacom and Sony Pictures": a name of its own after "and" (a
    // word of no dictionary, no place, people's or body's word, or letters) makes two names; a body's fields are
    // dictionary words ("Securities and Exchange Commission", "Foreign and Commonwealth Office").
    private static bool NamesOneOfItsOwnAfter(IReadOnlyList<Token> tokens, int and, int end)
    {
        for (var i = and + 1; i < end - 1; i++)
        {
            var word = tokens[i].Text;
            if (tokens[i].IsCapitalised && (tokens[i].IsAcronym
                    || (!Lexicon.IsDictionaryWord(word) && !Lexicon.IsPlace(word) && Lexicon.CountryOfDemonym(word) is null
                        && !Lexicon.IsOrganizationHead(word) && !Lexicon.IsOtherHead(word) && !Lexicon.IsBodysField(word))))
            {
                return true;
            }
        }

        return false;
    }

    private static bool JoinsTwoBodies(IReadOnlyList<Token> tokens, int start, int end, int and)
    {
        if (and - start < 2 || end - and - 1 < 2 || !Lexicon.IsOrganizationHead(tokens[and - 1].Text))
        {
            return false;
        }

        for (var i = start; i < and - 1; i++)
        {
            if (tokens[i].Text is not "The" && !Lexicon.IsPlace(tokens[i].Text))
            {
                return true;
            }
        }

        return false;
    }
}
