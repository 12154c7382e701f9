using System.Text.RegularExpressions;
using BriefingSite.Model;

namespace BriefingSite.Extract;

/// <summary>
/// The lists of players that end a match report: "Kiely, Hreidarsson, Murphy (Euell 78), Holland, Bartlett." and
/// "Subs Not Used: Fish, Jeffers, Andersen.". Each name listed is a player's, a substitute's in brackets with his minute
/// too; a club's in brackets ("Coyne (Burnley)") is left as it is read, and a heading of the sheet's own words
/// ("Replacements:") names no one.
/// </summary>
internal static partial class TeamSheet
{
    private const int ItemsWithoutHeading = 5;

    // A heading and a name with a bracket: "Subs Not Used: Bradley Wright-Phillips (Shaun Wright-Phillips 83)".
    private const int MaxFirstItem = 80;

    /// <summary>Where the players' names of each sheet stand, by sentence; null when the article has none.</summary>
    public static Dictionary<int, List<(int Start, int End)>>? Find(IReadOnlyList<string> texts, bool sports)
    {
        Dictionary<int, List<(int Start, int End)>>? sheets = null;
        for (var i = 0; i < texts.Count; i++)
        {
            if (Players(texts[i], sports) is { } players)
            {
                (sheets ??= [])[i] = players;
            }
        }

        return sheets;
    }

    /// <summary>"Subs Not Used" opening a sheet: no name.</summary>
    public static bool IsHeading(NameCandidate candidate, Dictionary<int, List<(int Start, int End)>>? sheets, IReadOnlyList<string> texts) =>
        candidate.Start == 0 && sheets is not null && sheets.ContainsKey(candidate.Sentence)
        && texts[candidate.Sentence].AsSpan(candidate.End).StartsWith(": ") && SheetHeading().IsMatch(candidate.Name);

    /// <summary>
    /// A name listed on a sheet is a player's: a person, unless the tables know it as something else and no person of
    /// the article has it for a surname ("Holland" is Matt Holland where he plays). Returns how often each group is
    /// listed, for <see cref="OnlyListed"/>.
    /// </summary>
    public static Dictionary<EntityEvidence, int>? TypePlayers(Dictionary<int, List<(int Start, int End)>>? sheets, List<NameCandidate> candidates,
        List<string> keys, Dictionary<string, EntityEvidence> groups, Dictionary<EntityEvidence, EntityType> types)
    {
        if (sheets is null)
        {
            return null;
        }

        var listed = new Dictionary<EntityEvidence, int>();
        for (var i = 0; i < candidates.Count; i++)
        {
            var candidate = candidates[i];
            if (!sheets.TryGetValue(candidate.Sentence, out var players) || !players.Contains((candidate.Start, candidate.End))
                || !groups.TryGetValue(keys[i], out var group))
            {
                continue;
            }

            listed[group] = listed.GetValueOrDefault(group) + 1;
            if (types[group] != EntityType.Person
                && (EntityTyper.Known(group.Name) is null || groups.Values.Any(g => types[g] == EntityType.Person && g.Name.EndsWith(" " + group.Name, StringComparison.Ordinal))))
            {
                types[group] = EntityType.Person;
            }
        }

        return listed;
    }

    /// <summary>
    /// A player's bare surname named on the sheets alone, and in no name of the article's: too little to tell whose it
    /// is ("Brown" may be anyone's), so it is left out. A country listed in a draw is no player.
    /// </summary>
    public static bool OnlyListed(EntityEvidence group, EntityType type, Dictionary<EntityEvidence, int>? listed) =>
        type == EntityType.Person && listed is not null && listed.TryGetValue(group, out var times) && times == group.Mentions && !group.Name.Contains(' ', StringComparison.Ordinal);

    // The sentence's players' names, when the whole sentence is a sheet: after a heading of its words, two names or
    // more; else five or more, in a sports report or with a substitute's bracket, fewer than a quarter of them known as
    // a body's or place's ("Holland" may be a player's surname).
    private static List<(int Start, int End)>? Players(string text, bool sports)
    {
        // Most sentences are turned away here: a sheet's first name, and its heading, end within a few words.
        var comma = text.IndexOf(", ", StringComparison.Ordinal);
        if (comma is < 0 or > MaxFirstItem || !char.IsUpper(text[0]))
        {
            return null;
        }

        var colon = text.AsSpan(0, comma).IndexOf(": ");
        var sheetHeading = colon > 0 && SheetHeading().IsMatch(text.AsSpan(0, colon));
        var from = sheetHeading || (colon > 0 && Heading().IsMatch(text.AsSpan(0, colon))) ? colon + 2 : 0;
        var list = text.AsSpan(from).TrimEnd('.');
        List<(int Start, int End)>? players = null;
        var (items, substitutes, known) = (0, false, 0);
        foreach (var range in list.Split(", "))
        {
            var item = Item().Match(text, from + range.Start.Value, range.End.Value - range.Start.Value);
            if (!item.Success)
            {
                return null;
            }

            var name = item.Groups["name"];
            (players ??= []).Add((name.Index, name.Index + name.Length));
            items++;
            known += EntityTyper.Known(name.Value) is EntityType.Organization or EntityType.Place ? 1 : 0;
            if (item.Groups["sub"].Success)
            {
                players.Add((item.Groups["sub"].Index, item.Groups["sub"].Index + item.Groups["sub"].Length));
                substitutes = true;
            }
        }

        // "AC Milan, Bayer Leverkusen, Internazionale, Juventus, Lyon": a draw's clubs or countries, no players.
        return (sheetHeading && items >= 2) || (items >= ItemsWithoutHeading && (sports || substitutes) && known * 4 < items) ? players : null;
    }

    // A name of one to three words, each capitalised ("Juninho Paulista", "O'Neil", "M Riley") or a short particle
    // ("de", "van"), then perhaps a bracket: a substitute and his minute ("(Euell 78)"), or anything else ("(capt)").
    [GeneratedRegex(@"^(?<name>\p{Lu}[\p{L}'’.-]*(?: (?:\p{Ll}{1,3} )?\p{Lu}[\p{L}'’.-]*){0,2})(?: \((?:(?<sub>\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*)?) \d{1,3}|[^()]{1,40})\))?$")]
    private static partial Regex Item();

    // "Bolton: Jaaskelainen, …": a side's name before the list.
    [GeneratedRegex(@"^\p{Lu}[\p{L}'’.&-]*(?: \p{Lu}[\p{L}'’.&-]*){0,3}$")]
    private static partial Regex Heading();

    [GeneratedRegex(@"^(?:Subs|Substitutes|Replacements|Forwards|Backs)(?: [Nn]ot [Uu]sed)?$")]
    private static partial Regex SheetHeading();
}
