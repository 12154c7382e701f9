using System.Text.RegularExpressions;
using BriefingSite.Model;

namespace BriefingSite.Extract;

/// <summary>Reads what the words around a run of capitals say about it: a role after it, a verb, a place noun.</summary>
internal static partial class NameContext
{
    private static readonly System.Buffers.SearchValues<char> LowerCaseWord =
        System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyz-");

    // "US-Pakistan", "Pakistan-Afghanistan": each part is a place. "India-centered" is India.
    public static List<string>? PlaceParts(string word)
    {
        if (!word.Contains('-', StringComparison.Ordinal) || Lexicon.IsPlace(word))
        {
            return null;
        }

        var parts = word.Split('-');
        if (parts.All(p => p.Length > 0 && (Lexicon.IsPlace(p) || Lexicon.CountryOfDemonym(p) is not null)))
        {
            return parts.Select(p => Lexicon.CountryOfDemonym(p) ?? p).ToList();
        }

        if (Lexicon.IsPlace(parts[0]) && parts.Skip(1).All(p => p.Length > 0 && char.IsLower(p[0])))
        {
            return [parts[0]];
        }

        return parts.Skip(1).All(p => p.Length > 0 && char.IsLower(p[0])) ? [] : null;
    }

    /// <summary>Where a lower-case descriptive suffix starts in a word ("Bergamo-based" → 7), or 0; "Tehreek-i-Taliban" has none.</summary>
    public static int DescriptiveSuffix(string word)
    {
        var dash = word.IndexOf('-', StringComparison.Ordinal);
        return dash > 0 && word.Length - dash > 3 && word.AsSpan(dash + 1).ContainsAnyExcept(LowerCaseWord) is false ? dash : 0;
    }

    public static bool IsDatelineRest(ReadOnlySpan<char> rest) => DatelineRest().IsMatch(rest);

    public static bool NumberFollows(string sentence, int end) => NumberNext().IsMatch(sentence, end);

    /// <summary>"Bath coach", "Gloucester fans", "Treviso lock": a side's people or staff after the name, no possessive between.</summary>
    public static bool SideMemberFollows(string sentence, int end) => SideMemberNext().IsMatch(sentence, end);

    /// <summary>"MPs", "NGOs": as the pattern <c>^[A-Z]{2,}s$</c> reads it, a final line break allowed; checked by hand for every candidate name.</summary>
    public static bool IsPluralAcronym(string name)
    {
        var text = name.AsSpan();
        text = text is [.. var rest, '\n'] ? rest : text;
        if (text.Length < 3 || text[^1] != 's')
        {
            return false;
        }

        foreach (var c in text[..^1])
        {
            if (c is < 'A' or > 'Z')
            {
                return false;
            }
        }

        return true;
    }

    public static bool AcronymFollows(string sentence, int end) => AcronymInParens().IsMatch(sentence.AsSpan(end));

    public static bool FollowedByNoun(string sentence, int end) =>
        NextWord(sentence, end) is { } next && !Lexicon.IsStopWord(sentence.AsSpan(next));

    public static EntityType? HintAfter(string sentence, int end)
    {
        if (NextWord(sentence, end) is not { } next)
        {
            return null;
        }

        // "Graham Cluley, senior consultant at security firm Sophos, told": a speech verb after a comma is the
        // apposition's head's, not this name's; "who" after one is this name's ("Finer, who said").
        var word = sentence.AsSpan(next);
        var afterComma = sentence.AsSpan(end, next.Start.Value - end).Contains(',');

        // "Kasabian who are at number eight": a name a plural verb follows is a band's, a team's or a firm's.
        if (word is "who" && !afterComma && NextWord(sentence, next.End.Value) is { } verb && sentence.AsSpan(verb) is "are" or "were")
        {
            return EntityType.Organization;
        }

        if (Lexicon.IsSpeechVerb(word) && word is not "according" && !afterComma || word is "administration" or "who" or "whose")
        {
            return EntityType.Person;
        }

        var possessive = IsPossessiveAt(sentence, end);
        if (Lexicon.IsOrganizationNoun(word) && (!possessive || Lexicon.IsMemberNoun(word)))
        {
            return EntityType.Organization;
        }

        return Lexicon.IsPlaceNoun(word) ? EntityType.Place : null;
    }

    /// <summary>True when a state of the United States follows the name after a comma and ends a clause, as after a town
    /// ("Palm Beach, Florida, and …", "Cleveland, Ohio."): not "Greg Abbott, Texas attorney general", nor a list.</summary>
    public static bool IsBeforeItsState(string sentence, int end) =>
        StateAfterComma().Match(sentence, end) is { Success: true } state && Lexicon.IsUsState(state.Groups[1].Value);

    /// <summary>True when the name owns what only a business has: "Deloitte's chief economist", "Pernod's shares", "Kraft's profits".</summary>
    public static bool OwnsBusinessPart(string sentence, int end) => BusinessPart().IsMatch(sentence, end);

    /// <summary>True when an apposition after the name says what business it is: "Sibneft, a Russian oil company,"; not "a
    /// company director" or "the godfather of the group".</summary>
    public static bool BusinessInApposition(string sentence, int end) => BusinessApposition().IsMatch(sentence, end);

    // ", deputy national security adviser in the Biden administration ,", ", PPI research director,"
    public static string? Appositive(string sentence, int end)
    {
        // The phrase opens with a comma after spaces; most names are followed by none.
        var comma = end;
        while (comma < sentence.Length && char.IsWhiteSpace(sentence[comma]))
        {
            comma++;
        }

        if (comma == sentence.Length || sentence[comma] != ',')
        {
            return null;
        }

        if (WhoClauseRole(sentence, end) is { } held)
        {
            return held;
        }

        var match = AppositivePhrase().Match(sentence, end);
        if (!match.Success)
        {
            return null;
        }

        var words = match.Groups[1].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries);

        // "analyst at UBS." and "co-founder of OneStat.com." close the sentence: the full stop is not the role's ("U.S."
        // keeps its own).
        if (words[^1] is [.., '.'] last && !IsDottedAbbreviation(last))
        {
            words[^1] = last[..^1];
        }

        // "senior research fellow at the IPPR told the BBC": the role ends where the sentence's verb begins; "former Clash
        // guitarist who produced the album", where a clause of its own does.
        var told = Array.FindIndex(words, 1, w => (Lexicon.IsSpeechVerb(w) && w is not "called" and not "according") || w is "who" or "whose" or "which" or "where");
        words = told > 0 ? words[..told] : words;

        // "Microsoft's chief executive", "Chief Executive of AOL UK": a phrase opening with a name or a title is a role
        // when it is one whole, or an office in capitals and whose it is.
        if (char.IsUpper(words[0][0]) && !IsShortAcronym(words[0]))
        {
            return RolePhrase.IsWhole(words) || IsTitledOffice(words) ? string.Join(' ', words) : null;
        }

        // "NME editor Conor McNicholas" describes another person, named at its end, and "author Ian Fleming's first book" a
        // thing of another; "spokesman for EU trade commissioner Peter Mandelson" is a role that names one.
        if ((words.Length > 2 && IsNameWord(words[^1]) && IsNameWord(words[^2]) && !words.Any(IsRelation))
            || words[..^1].Where((w, i) => Lexicon.IsRoleHead(w) && Lexicon.IsFirstName(words[i + 1]) && !words[..i].Any(IsRelation)).Any())
        {
            return null;
        }

        // A role noun within its first words, and no clause or relation in their place: "which oversees foreign
        // investment", "starring former Friends actor", "beat his former co-star" are none.
        // Else a role that ends in an office or a trade, which the role nouns above do not hold.
        return words.Length <= 12 && words.Take(3).Any(Lexicon.IsRoleNoun) && !OpensClause(words) ? string.Join(' ', words) : RoleAndWhere(words);
    }

    // "the England coach", "an economist at UBS", "a bond strategist at Miller Tabak", "the party's Treasury spokesman",
    // "co-author of the Demos report": a role that ends in an office or a trade (after "the", "a" or "an", and whose in
    // small letters), then nothing or where it is held.
    private static string? RoleAndWhere(string[] words)
    {
        var article = words[0] is "the" or "a" or "an" ? 1 : 0;
        var start = article + (words.Length > article + 1 && IsPossessiveInSmallLetters(words[article]) ? 1 : 0);
        var head = Array.FindIndex(words, start, w => IsAppositiveHead(w) || w is "state" or "staff" or "general");
        while (head >= 0 && head + 1 < words.Length && (IsAppositiveHead(words[head + 1]) || words[head + 1] is "general"))
        {
            head++;
        }

        if (head < 0)
        {
            return null;
        }

        if (!RolePhrase.IsWhole(words[start..(head + 1)]) && !IsDescribedTrade(words[start..head], afterArticle: article == 1))
        {
            return null;
        }

        var where = words[(head + 1)..];
        return where.Length == 0 || (IsRelation(where[0]) && !where.Any(IsClauseWord))
            ? string.Join(' ', words)
            : null;
    }

    private static bool IsAppositiveHead(string word) => Lexicon.IsRoleHead(word) || word is "MP" or "MEP" or "MSP" or "AM";

    // "party's", "country's": whose role it is, in small letters.
    private static bool IsPossessiveInSmallLetters(string word) =>
        char.IsAsciiLetterLower(word[0]) && (word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("’s", StringComparison.Ordinal));

    // "bond", "retail", "operations and safety": up to three words before a trade, none of them a word of a clause; with no
    // article before them, none a verb's past either ("Jean-Pierre Jeunet, received best actress … nominations").
    private static bool IsDescribedTrade(string[] words, bool afterArticle) =>
        words.Length <= 3 && words.All(w => w is "and" || (!Lexicon.IsStopWord(w) && !IsClauseWord(w)
                                                           && (afterArticle || w.Contains('-') || !w.EndsWith("ed", StringComparison.Ordinal))));

    // A word that says where or for whom a role is held: "economist at UBS", "adviser to the IMF".
    private static bool IsRelation(string word) => word is "for" or "of" or "to" or "at" or "with" or "from" or "in" or "on";

    // Words that open a clause of their own, whose verb makes the phrase more than where a role is held.
    private static bool IsClauseWord(string word) => word is "who" or "which" or "that" or "he" or "she" or "they" or "it" or "is" or "was" or "has" or "had" or "will" or "his" or "her";

    // "Chief Executive of AOL UK", "Director General at the BBC": titles, then "of", "for" or "at" and a name in capitals.
    private static bool IsTitledOffice(string[] words)
    {
        var i = 0;
        while (i < words.Length && words[i] is not ("of" or "for" or "at") && (Lexicon.IsTitle(words[i]) || Lexicon.IsTitleModifier(words[i])))
        {
            i++;
        }

        var office = words[..i];
        var whose = i < words.Length && words[i] is "of" or "for" or "at" ? words[(i + 1)..] : [];
        return office.Any(w => Lexicon.IsTitle(w) && !Lexicon.IsFormOfAddress(w)) && whose.Length is > 0 and <= 5
               && whose.All(w => char.IsUpper(w[0]) || w is "the" or "of" or "and");
    }

    // "Archy Kirkwood, who chairs the Commons work and pensions committee," → "chair of the Commons work and pensions
    // committee": what a clause after the name says the person heads, founded or owns, as a role.
    private static string? WhoClauseRole(string sentence, int end)
    {
        var match = WhoClause().Match(sentence, end);
        if (!match.Success || match.Groups["what"].Value.Split(' ') is { Length: > 10 })
        {
            return null;
        }

        var role = match.Groups["verb"].Value switch
        {
            "heads" or "runs" => "head",
            "leads" => "leader",
            "chairs" => "chair",
            "founded" => "founder",
            "co-founded" => "co-founder",
            "owns" => "owner",
            "edits" => "editor",
            "manages" => "manager",
            "coaches" => "coach",
            "captains" => "captain",
            _ => "director",
        };
        return $"{role} of {match.Groups["what"].Value}";
    }

    // "U.S.", "a.m.": single letters, each with its dot.
    private static bool IsDottedAbbreviation(string word)
    {
        for (var i = 0; i < word.Length; i += 2)
        {
            if (!char.IsLetter(word[i]) || i + 1 >= word.Length || word[i + 1] != '.')
            {
                return false;
            }
        }

        return true;
    }

    // "PPI", "BBC": letters in capitals, as an appositive may open with.
    private static bool IsShortAcronym(string word) => word.Length is >= 2 and <= 6 && word.All(char.IsAsciiLetterUpper);

    // A capitalised word that is neither a title ("Minister") nor an acronym ("MP").
    private static bool IsNameWord(string word) => char.IsUpper(word[0]) && !Lexicon.IsTitle(word) && !word.All(char.IsUpper);

    private static bool OpensClause(string[] words) =>
        (Lexicon.IsStopWord(words[0]) && words[0] is not ("a" or "an" or "the" or "now"))
        || (words[0].EndsWith("ing", StringComparison.Ordinal) && !Lexicon.IsTitleModifier(words[0]))
        || words.Take(3).Any(w => w is "his" or "her" or "their" or "its");

    // A person has rivals, staff and advisers, a country an economy; shares, profits and a chief executive are a company's.
    [GeneratedRegex(@"\G(?:'s|’s|'|’)\s+(?:chief\s+(?:executive|economist|economic|operating|financial)|share\s+price|shares|shareholders|profits?|pre-tax|chairman|chairwoman|board\s+of\s+directors|customers|subscribers|stores|takeover|headquarters|workforce|sales|revenues?|turnover|earnings)\b")]
    private static partial Regex BusinessPart();

    [GeneratedRegex(@"\G\s*,\s*(?:a|an|the)\s+(?:(?!(?:of|for|to|at|in|on|with)\s)[\w-]+\s+){0,3}?(?:company|firm|group|bank|retailer|carmaker|airline|manufacturer|maker|operator|producer|giant|chain|conglomerate|insurer|broadcaster|publisher|charity|consultancy|supermarket|brewer|network|laboratory|agency|website|portal|label|provider|carrier|developer)(?=\s*(?:[,.;:)]|$)|\s+(?:that|which|based|in|with|owned|run|whose|of|for)\b)")]
    private static partial Regex BusinessApposition();

    [GeneratedRegex(@"\G\s*\(\s*[A-Z][A-Za-z]*[A-Z](?:-[A-Z]+)?\s*\)")]
    private static partial Regex AcronymInParens();

    [GeneratedRegex(@"^\s*(?:,\s*\p{Lu}[\p{L}. ]*)?\s*(?:\d{4}-\d\d-\d\d|\(\w+\)\s*-)")]
    private static partial Regex DatelineRest();

    [GeneratedRegex(@"\G\s+\d+(?:-\d+)?(?:\s|$|[,.;)])")]
    private static partial Regex NumberNext();

    [GeneratedRegex(@"\G\s+(?:coach|manager|boss|chairman|captain|skipper|fans|supporters|striker|winger|defender|midfielder|goalkeeper|keeper|flanker|lock|prop|hooker|centre|full-back|fly-half|scrum-half)\b")]
    private static partial Regex SideMemberNext();

    /// <summary>The lower-case word read after a name, skipping a possessive "'s", a comma and spaces; null when none follows.</summary>
    /// <remarks>As the pattern <c>\G[’']?s?\s*,?\s*([a-z]+)</c> reads it: when no word follows the "s" of a possessive,
    /// the "s" itself is the word.</remarks>
    public static Range? NextWord(string sentence, int end)
    {
        var i = end;
        if (i < sentence.Length && sentence[i] is '’' or '\'')
        {
            i++;
        }

        var word = SkipSpacesAndComma(sentence, i < sentence.Length && sentence[i] == 's' ? i + 1 : i);
        if (word < sentence.Length && char.IsAsciiLetterLower(sentence[word]))
        {
            return word..LowerCaseEnd(sentence, word);
        }

        return i < sentence.Length && sentence[i] == 's' ? i..LowerCaseEnd(sentence, i) : null;
    }

    private static int SkipSpacesAndComma(string text, int i)
    {
        while (i < text.Length && char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        if (i < text.Length && text[i] == ',')
        {
            i++;
        }

        while (i < text.Length && char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        return i;
    }

    private static int LowerCaseEnd(string text, int i)
    {
        while (i < text.Length && char.IsAsciiLetterLower(text[i]))
        {
            i++;
        }

        return i;
    }

    [GeneratedRegex(@"\G\s*,\s*((?:the\s+|an?\s+)?(?:[a-z][a-z\-]*(?:'s|’s)?|[A-Z]{2,6}|[A-Z][\w\-]*(?:'s|’s)?)(?:\s+(?:[A-Za-z0-9][\w\-.]*(?:'s|’s|'|’)?|&)){0,12}?)\s*(?=[,;.]|$)")]
    private static partial Regex AppositivePhrase();

    [GeneratedRegex(@"\G\s*,\s*who\s+(?<verb>heads|runs|leads|chairs|founded|co-founded|owns|edits|manages|coaches|captains|directs)\s+(?<what>(?:the|a|an|[A-Z][\w\-]*(?:'s|’s)?)\s[^,;.()""“”]{2,80}?)\s*(?=[,;.]|$)", RegexOptions.ExplicitCapture)]
    private static partial Regex WhoClause();

    public static bool IsAfterPlacePreposition(ReadOnlySpan<char> before) => PlacePreposition().IsMatch(LastTwoWords(before));

    /// <summary>
    /// True when the name follows a noun for a body ("security firm Clearswift", "web tracking company Envisional",
    /// "magazine Variety") or a role held in one ("president of ClearView Economics", "economist at Global Insight",
    /// "portal director at Tiscali"; not "director of About a Boy", "manager of Johnny Cash"): it is an organisation's name.
    /// </summary>
    public static bool IsAfterBodyNoun(ReadOnlySpan<char> before) => BodyNoun().IsMatch(LastThreeWords(before));

    /// <summary>True for a noun that names only bodies ("Retailer", "bookmaker"): opening a sentence before a name, it is no part of it.</summary>
    public static bool IsBodyNoun(string word) => BodyNoun().IsMatch(word + " ");

    /// <summary>True when a name ending at <paramref name="end"/> is an owner: an apostrophe right after it ("Wenger's", "Jones'").</summary>
    public static bool IsPossessiveAt(string text, int end) => end < text.Length && text[end] is '\'' or '’';

    /// <summary>True when the text ends with an owner's possessive and a space: "Philip Roth's ", "the Beatles' ".</summary>
    /// <summary>True where "the" stands just before: "the Da Vinci Code", "The Da Vinci Code sold" name no person.</summary>
    public static bool IsAfterThe(ReadOnlySpan<char> before)
    {
        var trimmed = before.TrimEnd();
        return trimmed.Length < before.Length && (trimmed.EndsWith("the", StringComparison.Ordinal) || trimmed.EndsWith("The", StringComparison.Ordinal))
               && (trimmed.Length == 3 || !char.IsLetter(trimmed[^4]));
    }

    /// <summary>True before a word for a matter that a person's name may qualify: "the Marc Dutroux case", "the Howard Hughes biopic".</summary>
    public static bool IsBeforeMattersNoun(string sentence, int end) =>
        NextWord(sentence, end) is { } next && sentence[next] is "case" or "affair" or "scandal" or "trial" or "administration" or "era"
            or "years" or "family" or "show" or "camp" or "government" or "inquiry" or "saga" or "murder" or "murders" or "estate" or "verdict"
            or "biopic" or "role" or "hit" or "song" or "theatre" or "academy" or "memorial" or "school";

    public static bool IsAfterPossessive(ReadOnlySpan<char> before)
    {
        var text = before.TrimEnd();
        return text.Length < before.Length && (text.EndsWith("'s") || text.EndsWith("’s") || text.EndsWith("s'") || text.EndsWith("s’"));
    }

    /// <summary>True when the name follows a word for kin ("his wife Audrey", "her son Elliott"): it is a person's.</summary>
    public static bool IsAfterKinNoun(ReadOnlySpan<char> before) => KinNoun().IsMatch(LastTwoWords(before));

    /// <summary>True when the name follows a performer's or player's trade in small letters ("rapper Nelly", "R&amp;B star
    /// Aaliyah"): it is a person's, a stage name often (a known name keeps its type: "best singer Grammy").</summary>
    public static bool IsAfterPerformerNoun(ReadOnlySpan<char> before) => PerformerNoun().IsMatch(LastTwoWords(before));

    /// <summary>True when the name follows a film's credit ("starring DiCaprio", "directed by Scorsese") and neither a trade
    /// nor an owner's "'s" follows it ("directed by Three Kings film-maker David O Russell", "by A Beautiful Mind's Ron
    /// Howard" credit the person after): it is a person's.</summary>
    public static bool IsCredited(string sentence, int nameStart, int end) =>
        FilmCredit().IsMatch(LastTwoWords(sentence.AsSpan(0, nameStart))) && !TradeNext(sentence, end) && !IsPossessiveAt(sentence, end);

    // A role's last word in small letters just after the name ("Three Kings film-maker").
    private static bool TradeNext(string sentence, int end)
    {
        var start = end + 1;
        if (start >= sentence.Length || sentence[end] != ' ' || !char.IsAsciiLetterLower(sentence[start]))
        {
            return false;
        }

        var stop = start;
        while (stop < sentence.Length && (char.IsAsciiLetterLower(sentence[stop]) || sentence[stop] == '-'))
        {
            stop++;
        }

        return Lexicon.IsRoleHead(sentence.AsSpan(start, stop - start));
    }

    /// <summary>True when the name follows a noun for a work ("US musical Sweet Charity", "the film Ray") or a part played
    /// in it ("starred in Collateral"): it is the work's title.</summary>
    public static bool IsAfterWorkNoun(ReadOnlySpan<char> before) => WorkNoun().IsMatch(LastTwoWords(before));

    /// <summary>True when the name stands between commas after a noun for one work ("his next major film, Donnie Brasco,",
    /// "her most recent single, Car Wash."): it is the work's title; not the work's person ("the director of the film,
    /// Vinod Pande,").</summary>
    public static bool IsWorkInApposition(string sentence, int nameStart, int end) =>
        end < sentence.Length && sentence[end] is ',' or '.' && WorkNounAndComma().IsMatch(LastThreeWords(sentence.AsSpan(0, nameStart)));

    // A match of the pattern ends the text and holds at most two words, the first maybe the end of a longer word
    // ("(in"): it lies within the text's last two runs of non-space characters and the spaces after them. Starting
    // after a space, the cut text reads the same at its start as the whole text does there.
    private static ReadOnlySpan<char> LastTwoWords(ReadOnlySpan<char> text) => LastWords(text, 2);

    private static ReadOnlySpan<char> LastThreeWords(ReadOnlySpan<char> text) => LastWords(text, 3);

    private static ReadOnlySpan<char> LastWords(ReadOnlySpan<char> text, int count)
    {
        var at = text.Length;
        for (var word = 0; word < count; word++)
        {
            while (at > 0 && char.IsWhiteSpace(text[at - 1]))
            {
                at--;
            }

            while (at > 0 && !char.IsWhiteSpace(text[at - 1]))
            {
                at--;
            }
        }

        return text[at..];
    }

    // Nouns that name only bodies, not the people who work in them ("games maker Peter Molyneux", "publisher Kimberly
    // Quinn" are people), and roles held "of" or "at" a body ("spokesman for Michael Howard" serves a person).
    // Capitalised too, where it opens a sentence ("Bookmaker Ladbrokes said …"); plural before the names of several
    // ("firms AM3D and SRS") or of one serving as advisers or analysts ("Advisers Goldman Sachs", "analysts Gartner").
    // "Giant", "regulator", "watchdog", "conglomerate": bodies in the news ("media giant Vivendi Universal").
    [GeneratedRegex(@"\b(?:(?:[Ff]irms?|[Cc]ompany|[Cc]ompanies|[Aa]gency|[Aa]gencies|[Bb]anks?|[Rr]etailers?|[Mm]anufacturers?|[Cc]armakers?|[Ii]nsurers?|[Aa]irlines?|[Ss]tudios?|[Cc]harity|[Cc]harities|[Nn]ewspapers?|[Mm]agazines?|[Ww]ebsites?|[Bb]ookmakers?|[Ss]upermarkets?|[Bb]rewers?|[Cc]hipmakers?|[Cc]onsultancy|[Cc]onsultancies|[Bb]rokers|[Aa]dvis[eo]rs|[Aa]nalysts|[Gg]iants?|[Rr]egulators?|[Ww]atchdogs?|[Cc]onglomerates?)|(?:[Cc]hairman|[Ee]xecutive|[Ee]conomist|[Aa]nalyst|[Ff]ounder|[Pp]resident|[Bb]oss)\s+(?:of|at)|(?:[Dd]irector|[Mm]anager|[Ss]pokes(?:man|woman|person)|[Ss]trategist)\s+at)\s+$")]
    private static partial Regex BodyNoun();

    // ", Florida", ", New Mexico", ", Fla." ending the sentence or a clause: not before a noun it qualifies ("Texas
    // attorney general"), nor before more names of a list (", Texas, Mogwai and …") or "and".
    [GeneratedRegex(@"\G *,\s+([A-Z][a-z]+(?:\s[A-Z][a-z]+)?)\.?(?=\s*(?:[.;:)!?]|$|,\s+[a-z]))(?!,\s+(?:and|or)\s+[A-Z])")]
    private static partial Regex StateAfterComma();

    [GeneratedRegex(@"\b(?:his|her|their|my|our|your|and)\s+(?:wife|husband|son|daughter|brother|sister|mother|father|partner|girlfriend|boyfriend|fiancée?|fiance|widow|widower|grandson|granddaughter|nephew|niece|cousin|uncle|aunt)\s+$")]
    private static partial Regex KinNoun();

    [GeneratedRegex(@"\b(?:rapper|singer|actor|actress|dancer|presenter|comedian|comedienne|guitarist|drummer|songwriter|frontman|frontwoman|star|striker|midfielder|winger|goalkeeper)\s+$")]
    private static partial Regex PerformerNoun();

    [GeneratedRegex(@"\b(?:starring|co-starring|(?:directed|narrated)\s+by)\s+$")]
    private static partial Regex FilmCredit();

    [GeneratedRegex(@"(?<!\bof\s+the)\s(?:film|movie|musical|album|song|ballad|single|novel|book|sitcom|drama|documentary|show|series),\s+$")]
    private static partial Regex WorkNounAndComma();

    [GeneratedRegex(@"\b(?:film|films|movie|musical|album|song|ballad|anthem|sitcom|comedy|drama|novel|documentary|soap|programme|thriller|blockbuster|biopic|cartoon|poem|opera|ballet|show|book|single|series|sequel|remake|(?:starred|starring|stars|co-starred|co-stars)\s+in)\s+$")]
    private static partial Regex WorkNoun();

    [GeneratedRegex(@"(?:\b(?:in|at|from|near|across|into|inside|outside|towards)\s+(?:the\s+)?|\b(?:province|district|city|region|town|village|capital)\s+of\s+)$")]
    private static partial Regex PlacePreposition();
}
