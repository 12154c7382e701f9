using BriefingSite.Model;

namespace BriefingSite.Link;

/// <summary>Finds figures and events that several briefings state of one entity: the same value (corroborated) or different values for one thing.</summary>
/// <remarks>
/// Figures of one entity meet on their unit ("km", "usd", "%"); the same amount in two briefings corroborates, different
/// amounts conflict only when what they measure reads alike. Events of one entity meet on a date precise to the month;
/// two alike-reading events of one entity on incompatible dates conflict. A figure whose sentence states other amounts in
/// its unit ("closed up $2.80 at $51.15") conflicts with none: which of them measures the same thing is not known; nor
/// do two events one of whose texts states the other's year. Two statements worded alike word for word never conflict:
/// their values differ by their reading (a range's two ends, "this year" under two datelines), not by the reports. Pairs
/// are compared only inside a group of at most <see cref="MaxGroup"/> statements, which keeps a large site near-linear.
/// </remarks>
public static partial class CorroborationFinder
{
    private const int MaxGroup = 64;
    private const double AlikeFigures = 0.5;
    private const double AlikeEvents = 0.5;

    public static IReadOnlyList<Corroboration> Find(IEnumerable<StatedFact> facts)
    {
        var found = new List<Corroboration>();
        var list = facts.ToList();

        // A subject is compared with up to MaxGroup others: its words are worked out once.
        var words = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        double ReadAlike(string a, string b) => Overlap(WordsOf(a), WordsOf(b));
        HashSet<string> WordsOf(string text) => words.TryGetValue(text, out var known) ? known : words[text] = SubjectWords(text);
        var topics = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        HashSet<string> TopicOf(string text) => topics.TryGetValue(text, out var known) ? known : topics[text] = TopicWords(text);
        var sole = new Dictionary<(string, string), bool>();
        bool Sole(StatedFact fact, string unit) =>
            sole.TryGetValue((fact.Statement.Text, unit), out var known) ? known : sole[(fact.Statement.Text, unit)] = SoleAmount(fact.Statement.Text, unit);

        foreach (var group in list.Where(f => f.Kind == "figure").Select(f => (Fact: f, Quantity: Quantity.Parse(f.Statement.Value)))
                     .Where(f => f.Quantity is not null).GroupBy(f => (f.Fact.EntityId, f.Quantity!.Unit)))
        {
            var items = group.ToList();
            foreach (var same in items.GroupBy(i => Math.Round(i.Quantity!.Amount, 2)))
            {
                // An amount of three figures or more ("28.1%", "£339") is seldom stated of one entity twice by chance.
                foreach (var alike in SignificantDigits(same.Key) >= 3 ? [[.. same.Select(s => s.Fact)]] : AboutOneThing([.. same.Select(s => s.Fact)], group.Key.EntityId, TopicOf))
                {
                    Add(found, "figure", group.Key.EntityId, true, alike);
                }
            }

            foreach (var (a, b) in Pairs(items))
            {
                if (!a.Quantity!.SameAs(b.Quantity!) && !WordedAlike(a.Fact, b.Fact) && ReadAlike(a.Fact.Subject, b.Fact.Subject) >= AlikeFigures
                    && Sole(a.Fact, group.Key.Unit) && Sole(b.Fact, group.Key.Unit))
                {
                    Add(found, "figure", group.Key.EntityId, false, [a.Fact, b.Fact]);
                }
            }
        }

        var events = list.Where(f => f.Kind == "event").ToList();
        foreach (var same in events.Where(e => MonthOrBetter(e.Statement.Value)).GroupBy(e => (e.EntityId, e.Statement.Value)))
        {
            // One day of one entity's is one happening; a month of it is one only when the sentences say alike.
            foreach (var alike in DayOf(same.Key.Value) ? [[.. same]] : AboutOneThing([.. same], same.Key.EntityId, TopicOf))
            {
                Add(found, "event", same.Key.EntityId, true, alike);
            }
        }

        foreach (var group in events.GroupBy(e => e.EntityId))
        {
            foreach (var (a, b) in Pairs(group.ToList()))
            {
                if (!Compatible(a.Statement.Value, b.Statement.Value) && !WordedAlike(a, b) && !TellsTheOthersYear(a, b)
                    && ReadAlike(a.Subject, b.Subject) >= AlikeEvents)
                {
                    Add(found, "event", group.Key, false, [a, b]);
                }
            }
        }

        // One pair of statements found through two entities is one corroboration of both.
        return found
            .GroupBy(c => (c.Kind, c.Agrees, Key: string.Join('|', c.Statements.Select(s => $"{s.BriefingSlug}#{s.Sentence}:{s.Value}"))))
            .Select(g => g.First() with { Entities = g.SelectMany(c => c.Entities).Distinct(StringComparer.Ordinal).ToList() })
            .OrderBy(c => c.Entities[0], StringComparer.Ordinal).ThenBy(c => c.Kind, StringComparer.Ordinal).ThenBy(c => c.Agrees ? 0 : 1)
            .ThenBy(c => c.Statements[0].Value, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>A digest of all that <see cref="Find"/> reads of the facts, in their order.</summary>
    public static byte[] InputDigest(IReadOnlyList<StatedFact> facts)
    {
        using var digest = new DigestBuilder();
        digest.Number(facts.Count);
        foreach (var fact in facts)
        {
            digest.Text(fact.Kind);
            digest.Text(fact.EntityId);
            digest.Text(fact.Subject);
            digest.Text(fact.Statement.BriefingSlug);
            digest.Number(fact.Statement.Sentence ?? -1);
            digest.Text(fact.Statement.Value);
            digest.Text(fact.Statement.Text);
        }

        return digest.Finish();
    }

    /// <summary>How alike two texts read: the share of content words they have in common (Jaccard), numbers left out.</summary>
    public static double Alike(string a, string b) => Overlap(SubjectWords(a), SubjectWords(b));

    private static HashSet<string> SubjectWords(string text) =>
        NameKeys.ContentWords(text).Where(w => !char.IsDigit(w[0])).ToHashSet(StringComparer.Ordinal);

    private static double Overlap(HashSet<string> x, HashSet<string> y)
    {
        if (x.Count == 0 || y.Count == 0)
        {
            return 0;
        }

        // A loop, not x.Count(y.Contains): a delegate to a method of a shared generic type is slow to make in the
        // ahead-of-time compiled tool, and this runs for every pair of alike subjects.
        var shared = 0;
        foreach (var word in x)
        {
            shared += y.Contains(word) ? 1 : 0;
        }

        return (double)shared / (x.Count + y.Count - shared);
    }

    // Each place a figure may start (a currency sign, or a number's first digit) is read as a quantity.
    private static bool SoleAmount(string text, string unit)
    {
        var found = 0;
        for (var i = 0; i < text.Length && found < 2; i++)
        {
            var starts = text[i] is '$' or '£' or '€' ? i == 0 || !char.IsLetter(text[i - 1])
                : char.IsDigit(text[i]) && (i == 0 || !(char.IsDigit(text[i - 1]) || text[i - 1] is '.' or ',' or '$' or '£' or '€'));
            if (starts && Quantity.Parse(text[i..]) is { } quantity && quantity.Unit == unit)
            {
                found++;
            }
        }

        return found < 2;
    }

    // "issued in 2008 and … could decide in 2011", dated 2008 by one briefing and 2011 by another: a text that states the
    // other's year tells both, and which of them dates the event is the reading's choice, not the reports' difference.
    private static bool TellsTheOthersYear(StatedFact a, StatedFact b)
    {
        var (x, y) = (Year(a.Statement.Value), Year(b.Statement.Value));
        return x is not null && y is not null && x != y && (StatesNumber(a.Statement.Text, y) || StatesNumber(b.Statement.Text, x));
    }

    private static string? Year(string date) => date.Length >= 4 && char.IsDigit(date[0]) ? date[..4] : null;

    private static bool StatesNumber(string text, string number)
    {
        for (var at = text.IndexOf(number, StringComparison.Ordinal); at >= 0; at = text.IndexOf(number, at + 1, StringComparison.Ordinal))
        {
            var end = at + number.Length;
            if ((at == 0 || !char.IsDigit(text[at - 1])) && (end == text.Length || !char.IsDigit(text[end])))
            {
                return true;
            }
        }

        return false;
    }

    private static bool WordedAlike(StatedFact a, StatedFact b) => string.Equals(a.Statement.Text, b.Statement.Text, StringComparison.Ordinal);

    private static void Add(List<Corroboration> found, string kind, string entity, bool agrees, IEnumerable<StatedFact> facts)
    {
        // Most groups hold the statements of one briefing: they are turned away before any sorting.
        var list = facts as IReadOnlyList<StatedFact> ?? facts.ToList();
        if (!FromSeveralBriefings(list))
        {
            return;
        }

        var statements = list.GroupBy(f => f.Statement.BriefingSlug).Select(g => g.First().Statement)
            .OrderBy(s => s.BriefingSlug, StringComparer.Ordinal).ToList();
        if (statements.Count >= 2)
        {
            found.Add(new Corroboration { Kind = kind, Entities = [entity], Agrees = agrees, Statements = statements });
        }
    }

    private static bool FromSeveralBriefings(IReadOnlyList<StatedFact> facts)
    {
        for (var i = 1; i < facts.Count; i++)
        {
            if (facts[i].Statement.BriefingSlug != facts[0].Statement.BriefingSlug)
            {
                return true;
            }
        }

        return false;
    }

    private static IEnumerable<(T A, T B)> Pairs<T>(List<T> items) where T : notnull
    {
        if (items.Count > MaxGroup)
        {
            yield break;
        }

        for (var i = 0; i < items.Count; i++)
        {
            for (var j = i + 1; j < items.Count; j++)
            {
                yield return (items[i], items[j]);
            }
        }
    }

    /// <summary>
    /// The statements of one value that read as about one thing: linked when worded alike or when they share a word
    /// beyond the entity's own name ("shares … closed down 18%" and "its shares lose 18%"), in groups of two or more.
    /// "1%" of the UK's budget and "1%" of a bank's profits share none. Each is compared with the next
    /// <see cref="MaxGroup"/> only, which keeps a large site near-linear.
    /// </summary>
    private static List<List<StatedFact>> AboutOneThing(List<StatedFact> facts, string entityId, Func<string, HashSet<string>> topic)
    {
        if (facts.Count < 2)
        {
            return [];
        }

        var name = TopicWords(entityId.Replace('-', ' '));
        var sets = new DisjointSets(facts.Count);
        for (var i = 0; i < facts.Count; i++)
        {
            for (var j = i + 1; j < Math.Min(facts.Count, i + 1 + MaxGroup); j++)
            {
                if (SameWordsComparer.Instance.Equals(facts[i].Statement.Text, facts[j].Statement.Text)
                    || SharesWordBeyond(topic(facts[i].Subject), topic(facts[j].Subject), name))
                {
                    sets.Union(i, j);
                }
            }
        }

        return [.. Enumerable.Range(0, facts.Count).GroupBy(sets.Find).Where(g => g.Count() > 1).Select(g => g.Select(i => facts[i]).ToList())];
    }

    private static bool SharesWordBeyond(HashSet<string> x, HashSet<string> y, HashSet<string> name)
    {
        foreach (var word in x)
        {
            if (y.Contains(word) && !name.Contains(word))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The stems of a text's words that can say what it is about: no numbers, no function or vague words ("said",
    /// "year"), an ending ("-s", "-es", "-ed", "-ing", "-e") and all past the fifth letter dropped: "fine" and
    /// "fined", "forecast" and "forecasting", "rate" and "rates" meet.
    /// </summary>
    private static HashSet<string> TopicWords(string text)
    {
        var stems = new HashSet<string>(StringComparer.Ordinal);
        foreach (var word in NotLetter().Split(text.ToLowerInvariant()))
        {
            if (word.Length >= 3 && !Extract.Lexicon.IsStopWord(word))
            {
                var stem = Endings.FirstOrDefault(e => word.Length - e.Length >= 3 && word.EndsWith(e, StringComparison.Ordinal)) is { } ending
                    ? word[..^ending.Length] : word;
                stems.Add(stem.Length > 5 ? stem[..5] : stem);
            }
        }

        return stems;
    }

    private static readonly string[] Endings = ["ing", "es", "ed", "s", "e"];

    // 28.1 → 3, 550000 → 2, 0.7 → 1.
    private static int SignificantDigits(double amount) =>
        Math.Abs(amount).ToString(System.Globalization.CultureInfo.InvariantCulture).Replace(".", "").Trim('0').Length;

    // "2024-12-19" or "--12-19": a day, not just a month.
    private static bool DayOf(string date) => date.Length == 10 || (date.Length == 7 && date.StartsWith("--", StringComparison.Ordinal));

    // "2024-12" or better; "--12-19" too: two briefings naming one entity on one day of a year both leave out.
    private static bool MonthOrBetter(string date) => date.Length >= 7;

    // "2024", "2024-12" and "2024-12-19" can all be one day; a year-less date fits any year.
    private static bool Compatible(string a, string b)
    {
        static string MonthDay(string d) => d.StartsWith("--", StringComparison.Ordinal) ? d[2..] : d.Length > 5 ? d[5..] : "";
        var yearless = a.StartsWith("--", StringComparison.Ordinal) || b.StartsWith("--", StringComparison.Ordinal);
        var (x, y) = yearless ? (MonthDay(a), MonthDay(b)) : (a, b);
        return x.StartsWith(y, StringComparison.Ordinal) || y.StartsWith(x, StringComparison.Ordinal);
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"[^\p{L}]+")]
    private static partial System.Text.RegularExpressions.Regex NotLetter();
}
