namespace BriefingSite.Extract;

/// <summary>Decides whether two given names can belong to one person: Jon, John and Jonathan can; Imran and Ayub cannot.</summary>
public static class PersonNames
{
    private static readonly (string, string)[] Nicknames =
    [
        ("bill", "william"), ("bob", "robert"), ("rob", "robert"), ("dick", "richard"), ("rick", "richard"),
        ("jim", "james"), ("jimmy", "james"), ("mike", "michael"), ("tony", "anthony"), ("tom", "thomas"),
        ("liz", "elizabeth"), ("beth", "elizabeth"), ("kate", "katherine"), ("kathy", "katherine"), ("ted", "edward"),
        ("ed", "edward"), ("joe", "joseph"), ("ben", "benjamin"), ("sam", "samuel"), ("dan", "daniel"),
        ("chris", "christopher"), ("nick", "nicholas"), ("alex", "alexander"), ("andy", "andrew"), ("steve", "stephen"),
        // Pet forms the rules below miss, as none starts its full name ("Bernie" and "Bernard", "Mick" and "Michael").
        ("bernie", "bernard"), ("charlie", "charles"), ("freddie", "frederick"), ("ronnie", "ronald"), ("danny", "daniel"),
        ("tommy", "thomas"), ("billy", "william"), ("bobby", "robert"), ("robbie", "robert"), ("ricky", "richard"),
        ("teddy", "edward"), ("eddie", "edward"), ("mick", "michael"), ("mickey", "michael"), ("micky", "michael"),
        ("stevie", "stephen"), ("stevie", "steven"), ("benny", "benjamin"), ("sammy", "samuel"), ("nicky", "nicholas"),
        ("ollie", "oliver"), ("alfie", "alfred"), ("archie", "archibald"), ("lenny", "leonard"), ("gerry", "gerald"),
        ("larry", "lawrence"), ("katie", "katherine"), ("jenny", "jennifer"), ("maggie", "margaret"), ("debbie", "deborah"),
        ("becky", "rebecca"), ("vicky", "victoria"),
    ];

    private static readonly HashSet<(string, string)> NicknamePairs = [.. Nicknames, .. Nicknames.Select(n => (n.Item2, n.Item1))];

    public static bool SameGivenName(string a, string b)
    {
        a = a.ToLowerInvariant().TrimEnd('.');
        b = b.ToLowerInvariant().TrimEnd('.');
        if (a == b)
        {
            return true;
        }

        // An initial matches any name it starts ("J." and "Jonathan").
        if (a.Length == 1 || b.Length == 1)
        {
            return a[0] == b[0];
        }

        var (shorter, longer) = a.Length <= b.Length ? (a, b) : (b, a);
        // A letter apart is a misspelling ("Tana" for Tama, "Kostas" for Costas), but not at the start of a short name:
        // "Ian" and "Dan", "Kim" and "Tim", "Mick" and "Nick" are names of their own.
        return (shorter.Length >= 3 && longer.StartsWith(shorter, StringComparison.Ordinal))
            || (shorter.Length >= 3 && (a[0] == b[0] || shorter.Length >= 5) && EditDistanceAtMost(a, b, 1))
            || NicknamePairs.Contains((a, b));
    }

    /// <summary>True when <paramref name="a"/> becomes <paramref name="b"/> by at most <paramref name="limit"/> letters added, dropped or changed.</summary>
    public static bool EditDistanceAtMost(string a, string b, int limit)
    {
        if (Math.Abs(a.Length - b.Length) > limit)
        {
            return false;
        }

        Span<int> previous = b.Length < 64 ? stackalloc int[b.Length + 1] : new int[b.Length + 1];
        Span<int> current = b.Length < 64 ? stackalloc int[b.Length + 1] : new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var best = i;
            for (var j = 1; j <= b.Length; j++)
            {
                current[j] = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
                best = Math.Min(best, current[j]);
            }

            if (best > limit)
            {
                return false;
            }

            var done = previous;
            previous = current;
            current = done;
        }

        return previous[b.Length] <= limit;
    }
}
