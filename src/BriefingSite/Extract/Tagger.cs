using BriefingSite.Model;

namespace BriefingSite.Extract;

/// <summary>Names an article's subject in three to six kebab-case tags, from its salient entities and repeated phrases.</summary>
internal static class Tagger
{
    private const int MaxTags = 6;

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

        var (phrases, words) = Phrases(sentences);
        foreach (var phrase in phrases.Where(p => p.Value >= 2).OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).Take(2))
        {
            Add(tags, phrase.Key);
        }

        foreach (var word in words.Where(w => w.Value >= 3 && IsNounLike(w.Key)).OrderByDescending(w => w.Value).ThenBy(w => w.Key, StringComparer.Ordinal))
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

    private static (Dictionary<string, int> Phrases, Dictionary<string, int> Words) Phrases(TokenizedSentences sentences)
    {
        var phrases = new Dictionary<string, int>(StringComparer.Ordinal);
        var words = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var s = 0; s < sentences.Count; s++)
        {
            var (text, tokens) = (sentences.Texts[s], sentences.Tokens[s]);
            for (var i = 0; i < tokens.Count; i++)
            {
                var word = Normal(tokens[i].Text);
                if (word is null)
                {
                    continue;
                }

                words[word] = words.GetValueOrDefault(word) + 1;
                if (i + 1 < tokens.Count && Normal(tokens[i + 1].Text) is { } next && Tokenizer.Adjacent(text, tokens[i], tokens[i + 1]))
                {
                    var phrase = word + "-" + next;
                    phrases[phrase] = phrases.GetValueOrDefault(phrase) + 1;
                }
            }
        }

        return (phrases, words);
    }

    // Lower-case content words only: names become tags through their entities.
    private static string? Normal(string token)
    {
        if (!char.IsLower(token[0]) || token.Length < 3 || Lexicon.IsStopWord(token) || !token.All(c => char.IsAsciiLetterLower(c) || c == '-'))
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
