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
            sawTitle |= Lexicon.IsTitle(run[consumed].Text);
            consumed++;
        }

        if (!sawTitle)
        {
            return 0;
        }

        // A title word standing last ("Security Council", "State Department") belongs to an organisation, not a role.
        if (consumed == run.Count)
        {
            return Lexicon.IsOrganizationHead(run[^1].Text) ? 0 : -1;
        }

        var rest = run.Skip(consumed).ToList();
        if (rest.Count > 4 || Lexicon.IsOrganizationHead(rest[^1].Text) || Lexicon.IsPlace(string.Join(' ', rest.Select(t => t.Text))))
        {
            return 0;
        }

        // "Minister of South Africa" is a title and a place, not a person called "of South Africa".
        return Lexicon.IsNameConnector(run[consumed - 1].Text) ? 0 : consumed;
    }

    private static bool IsTitlePart(string word) =>
        Lexicon.IsTitleModifier(word) || Lexicon.CanonicalCountry(word) is not null;
}
