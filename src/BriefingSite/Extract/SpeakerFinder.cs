using System.Text.RegularExpressions;
using BriefingSite.Model;

namespace BriefingSite.Extract;

/// <summary>Names who said a quote from the words around it: "Finer stated", "Tillerson said that", "according to X".</summary>
internal static partial class SpeakerFinder
{
    private const int LongestRolePhrase = 8;
    private const int AttributionWords = 12;

    /// <param name="sentence">The sentence the quote opens in.</param>
    /// <param name="open">Where the quote opens in the sentence.</param>
    /// <param name="close">Where it closes, or the sentence's end.</param>
    /// <param name="entities">The article's entities.</param>
    /// <param name="earlier">The sentences just before, where a pronoun speaker was last named.</param>
    public static string? Find(string sentence, int open, int close, EntityIndex entities, EarlierText earlier)
    {
        var before = sentence[..open];
        var verb = LastSpeechVerb(before);
        if (verb is { } v)
        {
            var subject = AfterOpeningQuote(before[..v.Start]);
            return v.According
                ? FirstMention(sentence[v.End..], entities)
                : Subject(subject, entities) ?? Pronoun(subject, earlier with { Before = before }, entities) ?? SharedSubject(subject, entities);
        }

        var after = close + 1 < sentence.Length ? sentence[(close + 1)..] : "";
        return Attribution(TrailingAttribution().Match(after), earlier with { Before = before }, entities);
    }

    /// <summary>The speaker of a quote standing alone, named in the sentence before ("Finer said on Tuesday.") or after ("He added.").</summary>
    /// <param name="previous">The sentence before, when the quote opens its own sentence.</param>
    /// <param name="next">The sentence after, when the quote ends its own.</param>
    /// <param name="entities">The article's entities.</param>
    /// <param name="earlier">The sentences before the quote.</param>
    public static string? FromNeighbours(string? previous, string? next, EntityIndex entities, EarlierText earlier)
    {
        // A short sentence after the quote names its speaker ("He added."); a long one says something new.
        if (next is not null && next.Count(c => c == ' ') < AttributionWords && Attribution(LeadingAttribution().Match(next), earlier, entities) is { } after)
        {
            return after;
        }

        if (previous is null || previous.Contains('"', StringComparison.Ordinal) || previous.Contains('“', StringComparison.Ordinal)
            || LastSpeechVerb(previous) is not { According: false } verb)
        {
            return null;
        }

        // The person named before the verb; else a body that ends the subject ("… Age Concern said:"); else "he" or "she".
        var subject = WithoutRelativeClauses(previous[..verb.Start], entities);
        var mentions = entities.Find(subject);
        return mentions.LastOrDefault(m => m.Entity.Type == EntityType.Person).Entity?.Name
               ?? mentions.LastOrDefault(m => m.Entity.Type == EntityType.Organization && subject.AsSpan(m.End).Trim().IsEmpty).Entity?.Name
               ?? Pronoun(subject, earlier, entities);
    }

    private static string? Attribution(Match match, EarlierText earlier, EntityIndex entities)
    {
        if (!match.Success)
        {
            return null;
        }

        var who = match.Groups["who"].Value;
        return Pronoun(who, earlier, entities) ?? FirstMention(who, entities);
    }

    // "he said": the subject of the latest sentence that names a person, read as the first person it names ("Mr Clarke
    // said he had backed the plans when Mr Blunkett argued for them." → Clarke) or the first a speech verb follows, not
    // the last one named, and not an owner ("Wenger's counterpart Felix Magath" → Magath).
    // "the New Zealander said", "said the 32-year-old": a person's nationality or age stands for the person as "he" does.
    private static string? Pronoun(string subject, EarlierText earlier, EntityIndex entities)
    {
        if (StandIn(subject) is not { } at)
        {
            return null;
        }

        // In the quote's own sentence, only the words before the pronoun name whom it stands for ("The 14-year-old said
        // she hoped to meet DiCaprio but joked that …" is not DiCaprio).
        if (earlier.Before is { } before && before.StartsWith(subject, StringComparison.Ordinal))
        {
            earlier = earlier with { Before = before[..at] };
        }

        foreach (var text in earlier.Latest())
        {
            // "He conceded the win, which included goals from Noe Pamarot": a sentence whose subject is "he" names
            // others after it; "he" is still the one named before.
            if (OpensWithPronoun().IsMatch(text))
            {
                continue;
            }

            // "…,” said a Juventus official, who declined to be named.": "he" is the one not named.
            if (UnnamedSpeaker().Match(text) is { Success: true } unnamed && Lexicon.IsRoleNoun(unnamed.Groups["role"].Value))
            {
                return null;
            }

            var people = entities.Find(text).Where(m => m.Entity.Type == EntityType.Person && !NameContext.IsPossessiveAt(text, m.End)).ToList();
            if (people.Count > 0)
            {
                // "In a speech on the re-election of George W Bush, Mr Kennedy said …": the one who says, opening the
                // clause after an opening phrase or ending the sentence right before its verb ("Others include Oliver
                // Letwin, elections chief Lord Rennard said."; not "Simon Yates, an analyst for Forrester, said."), is the
                // subject.
                var speaking = people.FirstOrDefault(m => NameContext.NextWord(text, m.End) is { } next && Lexicon.IsSpeechVerb(text[next])
                                                          && (OpensClause(text, m.Start) || (text.AsSpan(m.End, next.Start.Value - m.End).IsWhiteSpace() && EndsSentence(text, next.End.Value))));
                return (speaking.Entity ?? people[0].Entity).Name;
            }
        }

        return null;
    }

    // Nothing but punctuation or a day follows the verb: "… Lord Rennard said.", "… he said on Tuesday."
    private static bool EndsSentence(string text, int verbEnd) =>
        SaidWhen().IsMatch(text.AsSpan(verbEnd));

    // "Ms Robinson, who presents The Weakest Link, tells": the names of a clause about a person named before it are not
    // the subject; those of a clause about a thing may be ("Aston's DB9, which Mr Bez described as").
    private static string WithoutRelativeClauses(string subject, EntityIndex entities)
    {
        if (!subject.Contains(", wh", StringComparison.Ordinal))
        {
            return subject;
        }

        var without = RelativeClause().Replace(subject, "");
        return entities.Find(without).Any(m => m.Entity.Type == EntityType.Person) ? without : subject;
    }

    // The name at start follows a comma, with or without a form of address ("…, Mr Kennedy").
    private static bool OpensClause(string text, int start)
    {
        var before = text.AsSpan(0, start).TrimEnd();
        var space = before.LastIndexOf(' ');
        if (space >= 0 && Lexicon.IsFormOfAddress(before[(space + 1)..].ToString()))
        {
            before = before[..space].TrimEnd();
        }

        return before.EndsWith(",");
    }

    // "“Tony Meo and me used to spend our time there,” Mr White said, “…”": the names in the quote's part that opens the
    // sentence are no subject (but those of a phrase quoted within the sentence may be: "Barry Weissler said he was
    // “deeply proud” of the show, but said …").
    private static string AfterOpeningQuote(string text)
    {
        var start = text.Length - text.AsSpan().TrimStart().Length;
        if (start == text.Length || text[start] is not ('"' or '“'))
        {
            return text;
        }

        var close = text.AsSpan(start + 1).IndexOfAny('"', '”');
        return close < 0 ? text : text[(start + close + 2)..];
    }

    // Where the subject's last words stand for a person named before ("he", "the New Zealander"), or null.
    private static int? StandIn(string subject) =>
        PronounSubject().Match(subject) is { Success: true } pronoun ? pronoun.Index
        : DescribedSubject().Match(subject) is { Success: true } described && Describes(described.Groups["noun"].Value) ? described.Index
        : null;

    // A noun for one person: an age, or a nationality that is not only an adjective ("the Australian", not "the British").
    private static bool Describes(string noun) =>
        noun.EndsWith("-year-old", StringComparison.Ordinal) || Lexicon.IsPlacesPerson(noun) || Lexicon.CountryOfNameLikeDemonym(noun) is not null
        || (Lexicon.CountryOfDemonym(noun) is not null && noun[^2..] is not ("sh" or "ch" or "se" or "ss"));

    private static (int Start, int End, bool According)? LastSpeechVerb(string text)
    {
        (int, int, bool)? last = null;
        foreach (var token in Tokenizer.Tokenize(text))
        {
            if (char.IsLower(token.Text[0]) && Lexicon.IsSpeechVerb(token.Text))
            {
                var according = token.Text == "according";
                if (!according || text.AsSpan(token.End).TrimStart().StartsWith("to", StringComparison.Ordinal))
                {
                    last = (token.Start, token.End, according);
                }
            }
        }

        return last;
    }

    // The person named before the verb, rather than an owner ("Prassana Rambathla, one of Prof Reddy's students, says
    // that"), an owner alone for whom others speak ("Mr Blair's spokesman said"); else the phrase that does the saying
    // ("the spokesperson of Pakistan's military").
    private static string? Subject(string text, EntityIndex entities)
    {
        text = WithoutRelativeClauses(text, entities);
        var mentions = entities.Find(text);
        var person = mentions.LastOrDefault(m => m.Entity.Type == EntityType.Person && !NameContext.IsPossessiveAt(text, m.End));
        person = person.Entity is null ? mentions.LastOrDefault(m => m.Entity.Type == EntityType.Person) : person;
        if (person.Entity is not null)
        {
            return person.Entity.Name;
        }

        var phrase = ClauseTail().Match(text).Groups["phrase"].Value.Trim();
        var words = phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is 0 or > LongestRolePhrase)
        {
            return null;
        }

        if (entities.Lookup(phrase) is { } named)
        {
            return named.Name;
        }

        if (words.Any(w => Lexicon.IsRoleNoun(w) || w is "officials" or "spokesperson" or "ministry" or "office" or "statement"))
        {
            return phrase;
        }

        var last = mentions.LastOrDefault(m => m.Entity.Type == EntityType.Organization && m.Start >= text.Length - phrase.Length);
        return last.Entity?.Name;
    }

    // "Euronext said any offer would be in cash, but added that: …": a verb after "but" or "and" with no subject of its
    // own shares the subject of the speech verb before it.
    private static string? SharedSubject(string text, EntityIndex entities) =>
        ConjoinedVerb().IsMatch(text) && LastSpeechVerb(text) is { According: false } earlier ? Subject(text[..earlier.Start], entities) : null;

    private static string? FirstMention(string text, EntityIndex entities)
    {
        var mentions = entities.Find(text);
        var person = mentions.FirstOrDefault(m => m.Entity.Type == EntityType.Person);
        return person.Entity?.Name ?? (mentions.Count > 0 ? mentions[0].Entity.Name : null);
    }

    // The words after the last clause break: "In fact, ..., the spokesperson of Pakistan's military " → that phrase;
    // "But a Conservative spokeswoman " → "Conservative spokeswoman".
    [GeneratedRegex(@"(?:^|[,;:(]\s*|\bthat\s+)(?:(?:[Bb]ut|[Aa]nd|[Yy]et|[Ss]o)\s+)?(?:[Tt]he\s+|[Aa]n?\s+)?(?<phrase>[^,;:(]*?)\s*$", RegexOptions.ExplicitCapture)]
    private static partial Regex ClauseTail();

    [GeneratedRegex(@",?\s+(?:and|but)\s+(?:also\s+|later\s+)?$")]
    private static partial Regex ConjoinedVerb();

    [GeneratedRegex(@"(?:^|[,;:]\s*|\b(?:and|but)\s+)(?:[Hh]e|[Ss]he)\s*$")]
    private static partial Regex PronounSubject();

    [GeneratedRegex(@"^(?:(?:But|And|Yet|So|However,?)\s+)?(?:He|She)\s")]
    private static partial Regex OpensWithPronoun();

    [GeneratedRegex(@"(?:^|[,;:]\s*|\b(?:and|but)\s+)[Tt]he\s+(?<noun>\d+-year-old|[A-Z][a-z]+(?: [A-Z][a-z]+)?)\s*$", RegexOptions.ExplicitCapture)]
    private static partial Regex DescribedSubject();

    [GeneratedRegex(@"^[\s.,;:!?""”’')]*(?:(?:on|last|this|earlier|later)\s+\w+|yesterday|today|tonight)?[\s.,;:!?""”’')]*$")]
    private static partial Regex SaidWhen();

    // ", who declined to be named," / ", which owns the club" up to the next comma or the subject's end.
    [GeneratedRegex(@",\s+wh(?:o|om|ose|ich)\b[^,]*(?:,|$)")]
    private static partial Regex RelativeClause();

    // "…,” said a Juventus official, who …", "…,” said the club's spokesman.": a speaker not named, after the quote.
    [GeneratedRegex(@"[""”]\s*,?\s*(?:said|says|added|told)\s+(?:a|an|the|one)\s+(?:[\w'’-]+\s+){0,3}?(?<role>[a-z]+)\s*[,.;]", RegexOptions.ExplicitCapture)]
    private static partial Regex UnnamedSpeaker();

    // He added. / Finer said on Tuesday. / Said Finer.
    [GeneratedRegex(@"^\s*(?:(?:[Ss]aid|[Aa]dded)\s+(?<who>[^,.;]{2,60})|(?<who>[A-Z][^,.;""“”]{1,60}?)\s+(?:said|says|added|stated|noted|explained|warned|argued|remarked)\b)", RegexOptions.ExplicitCapture)]
    private static partial Regex LeadingAttribution();

    // ”, Finer said. / ” said Finer. / ” said RNID technology director, Guido Gybels.
    [GeneratedRegex(@"^\s*[,.]?\s*(?:(?:said|says|stated|added|noted|told|explained|warned|argued|remarked)\s+(?<who>[^,.;]{2,60}(?:,\s+[A-Z][^,.;]{1,40})?)|(?<who>[^,.;]{2,60}?)\s+(?:said|says|stated|added|noted|explained|warned|argued|remarked)\b)", RegexOptions.ExplicitCapture)]
    private static partial Regex TrailingAttribution();
}
