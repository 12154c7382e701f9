namespace BriefingSite.Extract;

/// <summary>Tells a sports report from other news: there a city named as a side is a club, not a place.</summary>
internal static class SportsReport
{
    private const int CuesNeeded = 3;

    // Words that seldom appear outside a report on a game; "won", "beat" or "season" say too little on their own.
    private static readonly HashSet<string> Cues = new(StringComparer.OrdinalIgnoreCase)
    {
        "soccer", "football", "cricket", "rugby", "tennis", "golf", "baseball", "basketball", "hockey", "athletics",
        "cycling", "boxing", "league", "innings", "wicket", "wickets", "striker", "midfielder", "goalkeeper", "homer",
        "homered", "inning", "pitcher", "quarterback", "touchdown", "tournament", "championship", "semifinal",
        "semifinals", "semi-final", "quarter-final", "halftime", "half-time", "squad", "stadium", "seeded",
        "standings", "fixtures", "scored", "batsman", "bowler", "olympic", "match", "matches", "coach", "club",
        "goals", "penalty", "unbeaten", "relegation", "promoted", "leaderboard", "birdie", "par",
        "defender", "winger", "midfield", "penalties", "fixture", "referee", "derby", "hat-trick", "sprinter", "marathon",
        "medal", "medals", "medallist", "semi-finals", "quarter-finals", "play-off", "play-offs", "scrum", "fly-half",
        "full-back", "centre-back", "hurdles", "relay", "doping", "tie-break", "seeds", "racket",
    };

    private static readonly HashSet<string> Sports = new(StringComparer.OrdinalIgnoreCase)
    {
        "soccer", "football", "cricket", "rugby", "tennis", "golf", "baseball", "basketball", "hockey", "athletics",
        "cycling", "boxing", "motor racing", "skiing", "swimming", "horse racing", "badminton",
    };

    public static bool Is(TokenizedSentences sentences)
    {
        if (sentences.Count == 0)
        {
            return false;
        }

        // Wire reports open with the sport: "SOCCER - ...", "Cricket: ...".
        var first = sentences.Texts[0];
        var dash = first.IndexOfAny(['-', ':', '–']);
        if (dash > 0 && Sports.Contains(first[..dash].Trim()))
        {
            return true;
        }

        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var tokens in sentences.Tokens)
        {
            for (var i = 0; i < tokens.Count; i++)
            {
                var token = tokens[i];
                if (char.IsLower(token.Text[0]) && Cues.Contains(token.Text) && seen.Add(token.Text) && seen.Count >= CuesNeeded)
                {
                    return true;
                }
            }
        }

        return false;
    }
}
