namespace BriefingSite.Extract;

/// <summary>
/// A role that ends in an office or trade written in small letters, with the words and names that qualify it:
/// "chancellor", "Microsoft chief executive", "Tory leader", "former Bank of England governor". It stands just before a
/// person's name ("Tory leader Michael Howard") or between commas after it ("Andy Robinson, the England coach,").
/// </summary>
internal static class RolePhrase
{
    // The most words read before a name, and the most capitalised words that qualify a role ("Bank of England").
    private const int MostWords = 9;
    private const int MostCapitalised = 4;

    /// <summary>The role that ends just before a name (or its title) starting at <paramref name="nameStart"/>, or null.</summary>
    /// <param name="setOff">A comma follows the name: a role that opens the sentence or follows "the" may stand before it
    /// with a comma too ("The Arsenal boss, Arsene Wenger, said").</param>
    public static string? Before(string sentence, int nameStart, bool setOff)
    {
        var at = nameStart;
        while (at > 0 && sentence[at - 1] == ' ')
        {
            at--;
        }

        var comma = at > 0 && sentence[at - 1] == ',';
        if (comma && !setOff)
        {
            return null;
        }

        // Most names have no role before them: the word just before is looked at first, as it stands in the sentence.
        var from = comma ? at - 1 : nameStart;
        if (WordBefore(sentence, from) is not var (lastStart, lastEnd))
        {
            return null;
        }

        if (!MayEndRole(sentence.AsSpan(lastStart, lastEnd - lastStart)))
        {
            return comma && char.IsUpper(sentence[lastStart]) ? HeldBefore(sentence, from)
                : !comma && IsRank(sentence.AsSpan(lastStart, lastEnd - lastStart)) ? Ranking(sentence, from)
                : null;
        }

        var spans = WordsBefore(sentence, from);
        var words = spans.ConvertAll(w => sentence[w.Start..w.End]);
        // Set off by a comma, the role opens the sentence or follows "the"; after "a", it is said of the person, not
        // given ("how good a prime minister Gordon Brown would make"); "head" alone is as often the verb ("to head
        // Lampard's corner") as a role.
        var first = FirstWord(words);
        if (first < 0 || (comma && !(first > 0 ? words[first - 1] is "the" or "The" : OpensSentence(sentence, spans[0].Start)))
            || (first > 0 && words[first - 1] is "a" or "an") || (first == words.Count - 1 && words[first] is "head"))
        {
            return null;
        }

        // "Injured Chelsea winger", "Teenage star": an adjective opening the sentence describes the person.
        if (first < words.Count - 1 && OpensSentence(sentence, spans[first].Start) && IsDescription(words[first], words[first + 1]))
        {
            first++;
        }

        return sentence[spans[first].Start..spans[^1].End];
    }

    // "the chairman of Migration Watch UK, Sir Andrew Green,", "The head of Naftohaz, Yury Boyko,": after "the", a role
    // and where it is held, a name in capitals (up to four words, "the" before them allowed), then the comma before the
    // person's name.
    private static string? HeldBefore(string sentence, int comma)
    {
        var spans = WordsBefore(sentence, comma);
        var words = spans.ConvertAll(w => sentence[w.Start..w.End]);
        var where = words.FindLastIndex(w => w is "of" or "at" or "for");
        var body = where + 1 < words.Count && words[where + 1] is "the" ? where + 2 : where + 1;
        if (where < 1 || body >= words.Count || words.Count - body > MostCapitalised
            || !words.Skip(body).All(w => char.IsUpper(w[0]) || w is "and" or "&" or "of") || !char.IsUpper(words[body][0]))
        {
            return null;
        }

        // "the new chief executive", "the incoming president": a word for when the office is held goes with it.
        var first = FirstWord(words[..where]);
        if (first > 1 && words[first - 1] is "new" or "incoming" or "outgoing" or "acting" or "interim")
        {
            first--;
        }

        var opened = first > 0 ? words[first - 1] is "the" or "The" : first == 0 && OpensSentence(sentence, spans[0].Start);
        return opened && first < where ? sentence[spans[first].Start..spans[^1].End] : null;
    }

    // "World number one Lindsay Davenport", "British number two Tim Henman", "former world number one": a place in a
    // ranking, of the world or a nation.
    private static string? Ranking(string sentence, int nameStart)
    {
        var spans = WordsBefore(sentence, nameStart);
        var words = spans.ConvertAll(w => sentence[w.Start..w.End]);
        var first = words.Count - 3;
        if (first < 0 || words[^2] is not ("number" or "Number")
            || !(words[first] is "world" or "World" || Lexicon.CountryOfDemonym(words[first]) is not null))
        {
            return null;
        }

        first -= first > 0 && words[first - 1] is "former" or "Former" ? 1 : 0;
        return sentence[spans[first].Start..spans[^1].End];
    }

    // A place in a ranking after "number": "one" to "ten", or figures.
    private static bool IsRank(ReadOnlySpan<char> word) =>
        word is "one" or "two" or "three" or "four" or "five" or "six" or "seven" or "eight" or "nine" or "ten"
        || (word.Length is > 0 and <= 3 && !word.ContainsAnyExceptInRange('0', '9'));

    private static bool MayEndRole(ReadOnlySpan<char> word) => Lexicon.IsRoleHead(word) || word is "state" or "staff" or "general";

    private static bool IsDescription(string word, string next) =>
        Lexicon.IsDescribingAdjective(word) && !Lexicon.IsPlace($"{word} {next}") && !Lexicon.IsOrganization($"{word} {next}");

    /// <summary>True when the words are one role and nothing more: "Microsoft's chief executive", "England coach".</summary>
    public static bool IsWhole(IReadOnlyList<string> words) => words.Count > 0 && FirstWord(words) == 0;

    /// <summary>True for a role that a body may play as well as a person: "market leader", "owner", "steel producer",
    /// "commercial broadcaster", "fund manager", "key player".</summary>
    public static bool BodiesHoldToo(string role) => HeldByBodies(LastWord(role)) || HeldByBodies(HeadWord(role));

    private static bool HeldByBodies(string head) => head is "leader" or "owner" or "producer" or "broadcaster" or "manager" or "player" or "star" or "designer";

    /// <summary>True for a role that names, before a single word, a body as often as a person: "analyst Gartner", "editor
    /// Variety".</summary>
    public static bool ServesBodies(string role) => LastWord(role) is "analyst" or "economist" or "adviser" or "advisor" or "editor";

    private static string LastWord(string role) => role[(role.LastIndexOf(' ') + 1)..];

    // The office's own word: the last before where it is held ("producer" of "global producer of medical technology").
    private static string HeadWord(string role)
    {
        var end = role.Length;
        foreach (var relation in (ReadOnlySpan<string>)[" of ", " at ", " for ", " in ", " with "])
        {
            if (role.IndexOf(relation, StringComparison.Ordinal) is > 0 and var at && at < end)
            {
                end = at;
            }
        }

        return LastWord(role[..end]);
    }

    // Where the role that ends with the last word begins, or -1 when the last word ends none.
    private static int FirstWord(IReadOnlyList<string> words)
    {
        var i = words.Count - 1;
        // "secretary of state", "chief of staff": an office held of something; "director general", "attorney general".
        if (i >= 2 && words[i] is "state" or "staff" && words[i - 1] is "of" && Lexicon.IsRoleHead(words[i - 2]))
        {
            i -= 2;
        }
        else if (i >= 1 && words[i] is "general" && (Lexicon.IsRoleHead(words[i - 1]) || words[i - 1] is "attorney" or "solicitor" or "inspector" or "surgeon"))
        {
            i--;
        }
        else if (i < 0 || !Lexicon.IsRoleHead(words[i]))
        {
            return -1;
        }

        // Words in small letters before it: "shadow home secretary", "chairman and chief executive", "trade and industry";
        // "record" only before "label" or "company" ("record label boss", not "Labour's record and party leader").
        var first = i;
        for (i--; i >= 0 && (IsRoleWord(words[i]) || (words[i] is "and" && i > 0 && IsRoleWord(words[i - 1]))
                             || (words[i] is "record" && words[i + 1] is "label" or "company")); i--)
        {
            first = i;
        }

        // "Number one men's seed": the rank before the office goes with it.
        if (i >= 1 && IsRank(words[i]) && words[i - 1] is "number" or "Number")
        {
            first = i - 1;
            i -= 2;
        }

        // Capitalised words that say whose office it is or where: "Tory", "Bank of England", "Labour's".
        var inSmallLetters = first;
        var capitalised = 0;
        for (; i >= 0 && capitalised < MostCapitalised; i--)
        {
            if (IsQualifier(words[i], owner: capitalised == 0))
            {
                capitalised++;
                first = i;
            }
            else if (capitalised > 0 && (Lexicon.IsPlace($"{words[i]} {words[i + 1]}") || Lexicon.IsOrganization($"{words[i]} {words[i + 1]}")))
            {
                // "New York attorney general": a known name's first word, though sentences open with it.
                capitalised++;
                first = i;
            }
            else if (!(words[i] is "of" or "&" && capitalised > 0 && i > 0 && IsQualifier(words[i - 1], owner: false)) && !JoinsName(words, i, capitalised))
            {
                break;
            }
        }

        // "Phantom of the Opera director", "Lost in Translation director": the words read are the end of a longer title,
        // which is left out.
        if (capitalised > 0 && i >= 0 && GoesOnBefore(words, i, full: capitalised == MostCapitalised))
        {
            return inSmallLetters;
        }

        // "former Tory leader".
        return i >= 0 && i == first - 1 && words[i] is "former" or "Former" ? i : first;
    }

    // A word in small letters that may stand in a role before its office, or a place in a ranking ("16th seed").
    // "ex-finance chief": "ex-" before a word of a role is "former".
    private static bool IsRoleWord(string word) =>
        Lexicon.IsRoleWord(word) || (word.StartsWith("ex-", StringComparison.Ordinal) && Lexicon.IsRoleWord(word[3..])) || (word.Length > 2 && char.IsAsciiDigit(word[0]) && word[^2..] is "st" or "nd" or "rd" or "th" && word[..^2].All(char.IsAsciiDigit));

    // "Oil and Natural Gas Corporation", "British and Irish Lions": "and" inside the name before a role, after an everyday
    // word or a people's; not after a person's name or a body's, where it ends a list ("Tony Blair and Conservative
    // leader", "Jude Law and Troy star", "Microsoft and New York attorney general").
    private static bool JoinsName(IReadOnlyList<string> words, int i, int capitalised)
    {
        if (words[i] is not "and" || capitalised == 0 || i == 0 || !IsQualifier(words[i - 1], owner: false) || Lexicon.IsFirstName(words[i - 1])
            || (i > 1 && (Lexicon.IsGivenName(words[i - 2]) || Lexicon.IsFormOfAddress(words[i - 2]))))
        {
            return false;
        }

        var before = words[i - 1];
        return Lexicon.IsEverydayWord(before) || Lexicon.CountryOfDemonym(before) is not null;
    }

    // Whether the name that qualifies a role goes on before the word at i, where reading it stopped: past the most
    // capitalised words read, or across "the" after a preposition, or across "of" or "in" after a capitalised word (not
    // "a bid from Rangers for Scotland captain Barry Ferguson").
    private static bool GoesOnBefore(IReadOnlyList<string> words, int i, bool full) =>
        (full && IsQualifier(words[i], owner: false))
        || (words[i] is "the" && i >= 2 && words[i - 1] is "of" or "in" or "on" or "at" or "for" && char.IsUpper(words[i - 2][0]))
        || (words[i] is "of" or "in" && i >= 1 && IsQualifier(words[i - 1], owner: false));

    // A capitalised word that names a body, place, people or person ("Microsoft", "England", "Tory", "Mr Blair's"), or a
    // role's word written as a title ("Former", "Deputy"); not one capitalised for opening the sentence, nor a day or month.
    private static bool IsQualifier(string word, bool owner)
    {
        var bare = word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("’s", StringComparison.Ordinal) ? word[..^2] : word;
        if (bare.Length == 0 || !char.IsUpper(bare[0]) || (!owner && bare.Length != word.Length) || EntityTyper.HasDigit(bare))
        {
            return false;
        }

        // Letters in capitals are a body's or a place's ("US", "BBC"), though some spell a small word ("US" is "us").
        return Lexicon.IsRoleWord(bare.ToLowerInvariant()) || Lexicon.IsFormOfAddress(bare) || (bare.Length > 1 && bare.All(c => char.IsUpper(c) || c == '.'))
               || (!Lexicon.IsSentenceOpener(bare) && !Lexicon.IsConnective(bare) && !Lexicon.IsWeekday(bare) && !Lexicon.IsMonth(bare));
    }

    // The words before the name, in their order, as far back as spaces alone part them (a comma, a bracket or a quote
    // mark ends them).
    private static List<(int Start, int End)> WordsBefore(string sentence, int nameStart)
    {
        var words = new List<(int Start, int End)>();
        for (var at = nameStart; words.Count < MostWords && WordBefore(sentence, at) is var (start, end); at = start)
        {
            words.Add((start, end));
            if (start > 0 && sentence[start - 1] != ' ')
            {
                break;
            }
        }

        words.Reverse();
        return words;
    }

    // The word that ends at or before <paramref name="at"/> with only spaces after it, if any.
    private static (int Start, int End)? WordBefore(string sentence, int at)
    {
        var end = at;
        while (end > 0 && sentence[end - 1] == ' ')
        {
            end--;
        }

        var start = end;
        while (start > 0 && IsWordCharacter(sentence[start - 1]))
        {
            start--;
        }

        return start == end ? null : (start, end);
    }

    // Nothing but quote marks and spaces before the word.
    private static bool OpensSentence(string sentence, int start) => sentence.AsSpan(0, start).Trim(" \"'“‘").IsEmpty;

    private static bool IsWordCharacter(char c) => char.IsLetterOrDigit(c) || c is '-' or '\'' or '’' or '&' or '.';
}
