namespace BriefingSite.Extract;

/// <summary>A word of a sentence with its span: [Start, End) in the sentence text.</summary>
internal readonly record struct Token(string Text, int Start, int End)
{
    public bool IsCapitalised => char.IsUpper(Text[0]);

    /// <summary>All letters upper case, at least two of them: "TTP", "U.S.", "ISIS-K".</summary>
    public bool IsAcronym
    {
        get
        {
            var letters = 0;
            foreach (var c in Text)
            {
                if (char.IsLower(c))
                {
                    return false;
                }

                letters += char.IsLetter(c) ? 1 : 0;
            }

            return letters >= 2;
        }
    }
}
