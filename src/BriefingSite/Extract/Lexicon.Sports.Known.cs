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
        "Real", "Dynamo", "Dinamo", "Spartak", "Lokomotiv", "Torpedo", "CSKA", "Olympique", "Racing", "Inter",
        "AC", "FC", "AS", "SV", "VfB", "VfL", "Sporting", "Atletico", "Athletic", "Borussia", "Bayer", "Hertha",
        "Werder", "Eintracht", "Fortuna", "Slavia", "Sparta", "Legia", "Steaua", "Partizan", "Hajduk", "Standard",
        "Deportivo", "Espanyol", "Olimpija", "Red Star", "Crvena", "Glasgow", "Young");

    public static bool IsTeamSuffix(string word) => TeamSuffixes.Contains(word);

    public static bool IsTeamPrefix(string word) => TeamPrefixes.Contains(word);
}
