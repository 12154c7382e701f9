namespace BriefingSite.Extract;

/// <summary>Splits a title off the front of a name: "Deputy National Security Adviser Jon Finer" → role and "Jon Finer".</summary>
internal static class RoleSplitter
{
    /// <summary>The number of leading tokens that form a title, or 0 when the run does not open with one.</summary>
    /// <returns>-1 when the whole run is a title with no name after it ("Foreign Minister").</returns>
    public static int TitleLength(IReadOnlyList<Token> run)
    {
        var consumed = 0;
        var sawTitle = false;
        while (consumed < run.Count && IsTitlePart(run[consumed].Text))
        {
            // "Senior" qualifies a title and is none on its own: "Senior WorldCom executives".
            sawTitle |= Lexicon.IsTitle(run[consumed].Text) && run[consumed].Text is not "Senior";
            consumed++;
        }

        if (!sawTitle)
        {
            return InnerTitle(run);
        }

        // A title word standing last ("Security Council", "State Department") belongs to an organisation, not a role.
        if (consumed == run.Count)
        {
            return Lexicon.IsOrganizationHead(run[^1].Text) ? 0 : -1;
        }

        var rest = run.Skip(consumed).ToList();
        // "General Election", "Chief Executive Awards": a title before a word for a thing is part of its name.
        if (rest.Count > 4 || Lexicon.IsOrganizationHead(rest[^1].Text) || Lexicon.IsOtherHead(rest[^1].Text) || Lexicon.IsPlace(string.Join(' ', rest.Select(t => t.Text)))
            || EndsInEverydayWord(run, consumed) || NamesRoyalsPlace(run[consumed - 1].Text, rest))
        {
            return 0;
        }

        // "Minister of South Africa" is a title and a place, not a person called "of South Africa"; "Labour MP for
        // Birkenhead" is a seat, and no one's name.
        if (Lexicon.IsNameConnector(run[consumed - 1].Text))
        {
            return consumed > 1 && run[consumed - 1].Text is "for" && Lexicon.IsMemberTitle(run[consumed - 2].Text) ? -1 : 0;
        }

        return consumed;
    }

    // "Prince Edward Island", "Queen Elizabeth Hall", "Prince Charles Hospital": a royal's name before a word for a place
    // or a building names the place ("Sir Peter Hall" is a person: a surname may be such a word, a royal's name has none).
    private static bool NamesRoyalsPlace(string title, List<Token> rest) =>
        title is "King" or "Queen" or "Prince" or "Princess" && rest.Count > 1 && (Lexicon.IsPlaceHead(rest[^1].Text) || Lexicon.IsVenueHead(rest[^1].Text));

    /// <summary>True where "of" at <paramref name="of"/> and one word after it end the run at <paramref name="end"/> as a
    /// peer's place after the surname ("Lord Roberts of Conwy"): the run keeps them, so the place names nothing of its own,
    /// and the peer is named by the surname.</summary>
    public static bool IsPeersPlace(IReadOnlyList<Token> run, int of, int end) =>
        of >= 2 && of + 2 == end && run[of].Text is "of" && Lexicon.IsPeersAddress(run[of - 2].Text);

    /// <summary>How many tokens before the title name something else: "Federal Reserve" in "Federal Reserve Governor Lawrence Lindsey".</summary>
    public static int Prefix(IReadOnlyList<Token> run, int titleLength)
    {
        var start = titleLength;
        while (start > 0 && IsTitlePart(run[start - 1].Text))
        {
            start--;
        }

        return start;
    }

    // "Agriculture Secretary Dan Glickman": a title word with a short name after it, whatever stands before it.
    private static int InnerTitle(IReadOnlyList<Token> run)
    {
        for (var k = run.Count - 2; k >= 1; k--)
        {
            if (!Lexicon.IsTitle(run[k].Text) || run[k].Text is "Senior" or "Field" or "Officer" or "Chief")
            {
                continue;
            }

            // "Martin Luther King Jnr": a title word before no name but a son's mark is the surname.
            var rest = run.Skip(k + 1).ToList();
            if (rest.TrueForAll(t => t.Text is "Jr" or "Jr." or "Jnr" or "Snr" or "Sr" or "Sr." or "II" or "III" or "IV"))
            {
                return 0;
            }

            var name = string.Join(' ', rest.Select(t => t.Text));
            var peersOf = rest.Count >= 2 && IsPeersPlace(run, run.Count - 2, run.Count) ? rest.Count - 2 : -1;
            var particles = Enumerable.Range(0, rest.Count).Count(i => IsSurnameParticle(rest, i) || i == peersOf);
            return rest.Count - particles <= 3
                   && !rest.Where((t, i) => Lexicon.IsOrganizationHead(t.Text) || (Lexicon.IsNameConnector(t.Text) && !IsSurnameParticle(rest, i) && i != peersOf)).Any()
                   && !Lexicon.IsPlace(name) && !Lexicon.IsOrganization(name) && !EndsInEverydayWord(run, k + 1) ? k + 1 : 0;
        }

        return 0;
    }

    // "de" of "Renaud Donnedieu de Vabres", "van" of "Ruud van Nistelrooy": a surname's particle between two words of a
    // person's name.
    private static bool IsSurnameParticle(List<Token> words, int i) =>
        i > 0 && i < words.Count - 1 && Lexicon.IsSurnameParticle(words[i].Text);

    // "Criminal Justice Act", "Queen Mother", "Captain Scarlet", "Premier Rugby": a title before one everyday word or word for
    // a thing that is no one's name (no first name, no known surname, no common proper name) is part of a thing's name;
    // "Lord Justice May" is addressed as a person.
    private static bool EndsInEverydayWord(IReadOnlyList<Token> run, int titleLength)
    {
        var last = run[^1].Text;
        return titleLength == run.Count - 1 && (Lexicon.IsEverydayWord(last) || Lexicon.IsThingWord(last)) && !Lexicon.IsFirstName(last) && !Lexicon.IsKnownPerson(last)
               && !run.Take(titleLength).Any(t => Lexicon.IsFormOfAddress(t.Text));
    }

    /// <summary>
    /// The role a title before a name gives, without the forms of address at its end and the sentence's opening
    /// words before it: "Deputy Prime Minister Mr" → "Deputy Prime Minister", "And Chancellor" → "Chancellor".
    /// </summary>
    /// <returns>null when no word of a role is left ("Mr", "Sir", "Analysing Mr").</returns>
    public static string? Role(string title)
    {
        var words = title.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var end = words.Length;
        while (end > 0 && Lexicon.IsFormOfAddress(words[end - 1]))
        {
            end--;
        }

        var start = 0;
        while (start < end && Lexicon.IsConnective(words[start]))
        {
            start++;
        }

        var role = words[start..end];
        return role.Any(NamesRole) ? string.Join(' ', role) : null;
    }

    // A word that says what someone does: a title ("Minister"), a role noun ("analyst"), a member's title ("MP"), or a
    // place in a ranking ("World number one").
    private static bool NamesRole(string word) =>
        (Lexicon.IsTitle(word) && !Lexicon.IsFormOfAddress(word)) || Lexicon.IsRoleNoun(word) || Lexicon.IsRoleHead(word)
        || word is "MP" or "MEP" or "MSP" or "Boss" or "boss" or "Entrepreneur" or "entrepreneur" or "number" or "Number";

    private static bool IsTitlePart(string word) =>
        Lexicon.IsTitleModifier(word) || Lexicon.CanonicalCountry(word) is not null;
}
