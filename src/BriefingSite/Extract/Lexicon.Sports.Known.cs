namespace BriefingSite.Extract;

internal static partial class Lexicon
{
    // Last words of club names: "Manchester United", "Queens Park Rangers", "Aston Villa".
    private static readonly HashSet<string> TeamSuffixes = CaseSensitiveSet(
        "United", "City", "Rovers", "Wanderers", "Athletic", "Albion", "Rangers", "Town", "County", "Orient",
        "Villa", "Hotspur", "Celtic", "Thistle", "Argyle", "Wednesday", "Forest", "Palace", "Vale", "Stanley",
        "FC", "AFC", "SC", "CF", "Juniors", "Olympic", "Sporting", "Athletico", "Academicals");

    // First words of club names: "Real Madrid", "Dynamo Kiev", "Borussia Dortmund".
    private static readonly HashSet<string> TeamPrefixes = CaseSensitiveSet(
        "Real", "Stade", "Dynamo", "Dinamo", "Spartak", "Lokomotiv", "Torpedo", "CSKA", "Olympique", "Racing", "Inter",
        "AC", "FC", "AS", "SV", "VfB", "VfL", "Sporting", "Atletico", "Athletic", "Borussia", "Bayer", "Hertha",
        "Werder", "Eintracht", "Fortuna", "Slavia", "Sparta", "Legia", "Steaua", "Partizan", "Hajduk", "Standard",
        "Deportivo", "Espanyol", "Olimpija", "Red Star", "Crvena", "Glasgow", "Young");

    // Clubs known by a name that is no city's: read as bodies wherever they are named ("Chelsea beat Arsenal").
    private static readonly HashSet<string> KnownClubs = Set(
        "Arsenal", "Chelsea", "Everton", "Tottenham", "Tottenham Hotspur", "Spurs", "Fulham", "Millwall", "Hibernian",
        "Celtic", "Rangers", "Juventus", "Lazio", "Sampdoria", "Fiorentina", "Ajax", "Feyenoord", "PSV Eindhoven",
        "Benfica", "Galatasaray", "Fenerbahce", "Besiktas", "Olympiakos", "Panathinaikos", "Anderlecht",
        "Bayern Munich", "Schalke", "Wasps", "Saracens", "Harlequins", "Leicester Tigers", "Sale Sharks",
        "Northampton Saints", "Gloucester Rugby", "London Irish", "Llanelli Scarlets", "Ospreys", "Cardiff Blues",
        "Munster", "Leinster", "Connacht", "Stade Francais", "Aston Villa", "West Ham", "West Brom", "Crystal Palace",
        "Sheffield Wednesday", "Nottingham Forest", "Real Madrid", "Inter Milan", "AC Milan", "Bayer Leverkusen",
        "Borussia Dortmund", "Werder Bremen", "Paris St-Germain", "Olympique Lyon", "Dynamo Kiev", "Spartak Moscow",
        "Boro", "Gunners", "Hammers", "Toffees", "Baggies");

    public static bool IsTeamSuffix(string word) => TeamSuffixes.Contains(word);

    /// <summary>True for a last word that names a club wherever it is written: "Queens Park Rangers", "Bolton Wanderers" (not "Rovers": "Range Rovers").</summary>
    public static bool IsClubSuffix(string word) =>
        word is "Wanderers" or "Athletic" or "Albion" or "Rangers" or "Hotspur" or "Thistle" or "Argyle" or "Academicals" or "FC" or "AFC" or "AC" or "Utd" or "Harriers" or "Warriors";

    public static bool IsTeamPrefix(string word) => TeamPrefixes.Contains(word);
}
