using System.Buffers;
using System.Runtime.InteropServices;
using BriefingSite.Model;

namespace BriefingSite.Extract;

/// <summary>Names an article's subject in three to six kebab-case tags, from its salient entities and repeated phrases.</summary>
internal static class Tagger
{
    public const int MaxTags = 6;

    private static readonly SearchValues<char> LowerCaseWord = SearchValues.Create("abcdefghijklmnopqrstuvwxyz-");

    public static IReadOnlyList<string> Tag(TokenizedSentences sentences, EntityIndex entities)
    {
        var tags = new List<string>();
        var salient = entities.Entities
            .Where(e => e.Type != EntityType.Person && entities.Mentions.GetValueOrDefault(e.Name) >= 2)
            .OrderByDescending(e => entities.Mentions.GetValueOrDefault(e.Name))
            .Take(3);
        foreach (var entity in salient)
        {
            Add(tags, EntityTag(entity));
        }

        var (phrases, words, verbed) = Phrases(sentences);
        foreach (var phrase in phrases.Where(p => p.Value >= 2 && IsTopic(p.Key, verbed, sentences)).OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).Take(2))
        {
            Add(tags, phrase.Key);
        }

        foreach (var word in words.Where(w => w.Value >= 3 && IsTopicWord(w.Key, sentences)).OrderByDescending(w => w.Value).ThenBy(w => w.Key, StringComparer.Ordinal))
        {
            if (tags.Count >= MaxTags || (tags.Count >= 4 && word.Value < 5))
            {
                break;
            }

            if (!tags.Any(t => t.Split('-').Contains(word.Key)))
            {
                Add(tags, word.Key);
            }
        }

        return tags;
    }

    // Short acronyms make better tags than long names: "ttp", "cpec".
    private static string EntityTag(EntityRef entity)
    {
        var acronym = entity.Aliases.FirstOrDefault(a => AcronymPairer.IsAcronym(a) && a.Length <= 5 && Lexicon.CanonicalCountry(a) is null);
        return Slugger.Slug(acronym ?? entity.Name, "");
    }

    // A pair of words names a topic when it ends on a noun and opens on neither an adverb nor a word of mere size or
    // time ("huge-amount", "latest-action"), and no auxiliary stood before it ("could attract votes"). A noun made of a
    // verb counts when the word before it is no verb form ("mobile-gaming", not "kept-going" or "arrested-following").
    // A pair that opens on a word mostly read as a verb is no topic where the article writes it after "to" or a subject
    // ("to raise money", "we accept offers"; "to open source" stays). An office is no topic ("prime-minister", "chief-executive").
    private static bool IsTopic(string phrase, HashSet<string> verbed, TokenizedSentences sentences)
    {
        var dash = phrase.IndexOf('-');
        var (first, second) = (phrase[..dash], phrase[(dash + 1)..]);
        var named = (EndsAsNoun(second) && !PastVerbs.Contains(second))
            || (second.EndsWith("ing", StringComparison.Ordinal) && !first.EndsWith("ed", StringComparison.Ordinal) && !Motions.Contains(second));
        return named && !first.EndsWith("ly", StringComparison.Ordinal) && !VagueModifiers.Contains(first) && !PastVerbs.Contains(first) && !verbed.Contains(phrase)
            && !(Lexicon.IsMostlyVerb(first) && Uses(sentences, first, second).AsVerb > 0) && !RolePhrase.IsWhole([first, second]);
    }

    // A word alone names a topic when it is a noun: not a word of size, nor one read mostly as an adjective ("former",
    // "best"), nor one read mostly as a verb ("think", "want") unless the article uses it after an article or a
    // possessive ("the show", "their match"), and as often as after a subject, an auxiliary or "to" ("we want", "could win");
    // nor an office ("minister", "chancellor").
    private static bool IsTopicWord(string word, TokenizedSentences sentences) =>
        IsNounLike(word) && !VagueModifiers.Contains(word) && !GeneralNouns.Contains(word) && !PastVerbs.Contains(word) && !Lexicon.IsMostlyAdjective(word) && !Lexicon.IsRoleHead(word)
        && (!Lexicon.IsMostlyVerb(word) || Uses(sentences, word, null) is var (asNoun, asVerb) && asNoun > 0 && asNoun >= asVerb);

    // How often the article writes a word (followed by a second one, if given) where a noun goes, after an article or a
    // possessive, and where a verb goes, after a subject, an auxiliary or "to". Asked of the few words a tag may be.
    private static (int AsNoun, int AsVerb) Uses(TokenizedSentences sentences, string word, string? next)
    {
        var (asNoun, asVerb) = (0, 0);
        foreach (var tokens in sentences.Tokens)
        {
            for (var i = 1; i < tokens.Count; i++)
            {
                if (tokens[i].Text == word && (next is null || (i + 1 < tokens.Count && tokens[i + 1].Text == next)))
                {
                    var before = tokens[i - 1].Text;
                    asNoun += Determiners.Contains(before) ? 1 : 0;
                    asVerb += BeforeVerb.Contains(before) || BeforeVerbForm.Contains(before) ? 1 : 0;
                }
            }
        }

        return (asNoun, asVerb);
    }

    // Words after which a word is a noun: "the show", "a win", "their plans".
    private static readonly HashSet<string> Determiners = new(
        ["the", "a", "an", "this", "that", "these", "those", "his", "her", "its", "their", "our", "my", "your", "every", "each", "another"],
        StringComparer.OrdinalIgnoreCase);

    // Words after which a word that can be a verb is one: "to win", "they want", "not think".
    private static readonly HashSet<string> BeforeVerbForm = new(["to", "i", "we", "you", "they", "he", "she", "who", "not"], StringComparer.OrdinalIgnoreCase);

    private static readonly HashSet<string> VagueModifiers = new(
        ["huge", "latest", "decent", "big", "bad", "good", "great", "whole", "certain", "recent", "current",
         "little", "extra", "possible", "likely", "different", "similar", "particular", "previous", "past", "early",
         "late", "later", "largest", "biggest", "worst", "wide", "full", "average", "total", "overall", "further",
         "following", "final", "entire", "key", "main", "major", "minor", "massive", "strong", "clear", "enough", "bit",
         "million", "billion", "trillion"],
        StringComparer.Ordinal);

    // Nouns any story may use often, whatever it is about: a tag of one of them would gather unrelated briefings
    // ("people" was the tag of 77 of the BBC corpus's, "world" of 15). In a pair they may still name a topic
    // ("people-trafficking").
    private static readonly HashSet<string> GeneralNouns = new(
        ["people", "person", "man", "men", "woman", "world", "country", "countries", "plan", "plans", "system", "systems",
         "report", "reports", "minutes", "top", "firm", "firms", "company", "companies", "information", "role", "offer",
         "business", "way", "ways", "thing", "things", "number", "numbers", "part", "parts", "year", "years", "time",
         "times", "place", "places", "group", "groups", "issue", "issues", "move", "moves", "lot", "level", "levels",
         "area", "areas", "figures", "case", "cases", "point", "points", "result", "results", "change", "changes",
         "problem", "problems", "question", "questions", "week", "weeks", "month", "months", "day", "days", "side",
         "sides", "end", "decision", "fact", "reason", "reasons", "idea", "ideas", "kind", "sort", "form", "member",
         "members", "list", "start", "deal", "news", "decisions", "home", "rise", "ball", "father", "mother", "lead", "chance", "chances"],
        StringComparer.Ordinal);

    // Verbs that look like nouns by their ending, after a subject or before an object: "unemployment rose", "the
    // secretary told", "named best", "felt".
    private static readonly HashSet<string> PastVerbs = new(
        ["rose", "fell", "grew", "told", "include", "includes", "won", "lost", "sold", "paid", "spent", "held", "led", "left", "began", "hit", "saw",
         "felt", "named", "avoid", "found"],
        StringComparer.Ordinal);

    // Words after which the next word is a verb: "will accept offers", "could attract votes".
    private static readonly HashSet<string> BeforeVerb = new(
        ["will", "would", "could", "can", "may", "might", "must", "should", "n't", "did", "does", "do", "cannot"],
        StringComparer.OrdinalIgnoreCase);

    private static (Dictionary<string, int> Phrases, Dictionary<string, int> Words, HashSet<string> Verbed) Phrases(TokenizedSentences sentences)
    {
        // Sized for the share of distinct words and pairs an article usually has, so the tables seldom grow.
        var capacity = sentences.Tokens.Sum(t => t.Count) / 4;
        var phrases = new Dictionary<string, int>(capacity, StringComparer.Ordinal);
        var phraseLookup = phrases.GetAlternateLookup<ReadOnlySpan<char>>();
        var words = new Dictionary<string, int>(capacity, StringComparer.Ordinal);
        var verbed = new HashSet<string>(StringComparer.Ordinal);
        Span<char> buffer = stackalloc char[128];
        for (var s = 0; s < sentences.Count; s++)
        {
            var (text, tokens) = (sentences.Texts[s], sentences.Tokens[s]);
            var next = tokens.Count > 0 ? Normal(tokens[0].Text) : null;
            for (var i = 0; i < tokens.Count; i++)
            {
                var word = next;
                next = i + 1 < tokens.Count ? Normal(tokens[i + 1].Text) : null;
                if (word is null)
                {
                    continue;
                }

                CollectionsMarshal.GetValueRefOrAddDefault(words, word, out _)++;
                if (next is not null && Tokenizer.Adjacent(text, tokens[i], tokens[i + 1]))
                {
                    // "word-next", made a string only the first time the article uses it.
                    var length = word.Length + 1 + next.Length;
                    var phrase = length <= buffer.Length ? buffer[..length] : new char[length];
                    word.AsSpan().CopyTo(phrase);
                    phrase[word.Length] = '-';
                    next.AsSpan().CopyTo(phrase[(word.Length + 1)..]);
                    if (phraseLookup.TryGetValue(phrase, out var count))
                    {
                        phraseLookup[phrase] = count + 1;
                    }
                    else
                    {
                        phrases.Add(new string(phrase), 1);
                    }

                    if (i > 0 && BeforeVerb.Contains(tokens[i - 1].Text))
                    {
                        verbed.Add(new string(phrase));
                    }
                }
            }
        }

        return (phrases, words, verbed);
    }

    // Lower-case content words only: names become tags through their entities.
    private static string? Normal(string token)
    {
        if (!char.IsLower(token[0]) || token.Length < 3 || token.AsSpan().ContainsAnyExcept(LowerCaseWord) || Lexicon.IsStopWord(token))
        {
            return null;
        }

        return token switch
        {
            "program" => "programme",
            "programs" => "programmes",
            "defense" => "defence",
            _ => token,
        };
    }

    // After a word, "-al", "-ic" and "-ive" end nouns as often as not: "trade-deal", "pop-music", "chief-executive".
    private static bool EndsAsNoun(string word) =>
        IsNounLike(word) || word.EndsWith("al", StringComparison.Ordinal) || word.EndsWith("ic", StringComparison.Ordinal)
        || word.EndsWith("ive", StringComparison.Ordinal) || LyNouns.Contains(word);

    private static readonly HashSet<string> LyNouns = new(
        ["assembly", "family", "supply", "ally", "monopoly", "rally", "reply", "anomaly", "jelly", "bully"], StringComparer.Ordinal);

    // Words of "-ing" that say what is done, not what it is about: "arrested following", "kept going".
    private static readonly HashSet<string> Motions = new(
        ["following", "going", "coming", "saying", "making", "taking", "getting", "being", "doing", "trying", "looking",
         "including", "according", "regarding", "concerning", "involving", "seeing", "giving", "putting", "telling"],
        StringComparer.Ordinal);

    // Tags name things: "sanctions", not "strategic" or "significantly".
    private static bool IsNounLike(string word) =>
        !(word.EndsWith("ly", StringComparison.Ordinal) || word.EndsWith("al", StringComparison.Ordinal)
          || word.EndsWith("ic", StringComparison.Ordinal) || word.EndsWith("ive", StringComparison.Ordinal)
          || word.EndsWith("ing", StringComparison.Ordinal) || word.EndsWith("ed", StringComparison.Ordinal)
          || word.EndsWith("ous", StringComparison.Ordinal) || word.EndsWith("ful", StringComparison.Ordinal));

    private static void Add(List<string> tags, string tag)
    {
        if (tag.Length > 0 && tags.Count < MaxTags && !tags.Contains(tag) && !Lexicon.IsStopWord(tag))
        {
            tags.Add(tag);
        }
    }
}
