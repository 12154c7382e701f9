using System.Text.RegularExpressions;
using BriefingSite.Model;

namespace BriefingSite.Extract;

/// <summary>Writes a headline for an article that has none: its first in-body heading when that reads as one,
/// else the subject and verb phrase of its main claim, cut cleanly.</summary>
public static partial class HeadlineWriter
{
    private const int MaxLength = 70;
    private const int MinLength = 25;
    private const int Candidates = 4;

    // A headline should not end on a word that needs the words after it.
    private static readonly HashSet<string> Dangling = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "an", "the", "and", "or", "but", "of", "in", "on", "at", "to", "for", "by", "from", "with", "as", "that",
        "which", "who", "its", "their", "his", "her", "is", "are", "was", "were", "be", "has", "have", "had", "this",
        "these", "than", "into", "over", "about", "after", "before", "while", "when", "where", "so", "nor", "not",
        "such", "both", "more", "most", "very", "also", "own", "other", "our", "my", "your", "it", "them",
    };

    // Words before which a clause or phrase may be cut off: "… militant attacks | inside its borders".
    private static readonly HashSet<string> CutBefore = new(StringComparer.Ordinal)
    {
        "in", "inside", "on", "at", "for", "from", "with", "by", "after", "before", "during", "since", "while",
        "when", "where", "which", "who", "whose", "as", "because", "although", "though", "despite", "amid", "over",
        "under", "through", "across", "against", "between", "among", "and", "but", "or", "to", "into", "including",
        "following", "until", "within", "without", "via", "about",
    };

    public static string Write(IReadOnlyList<ArticleBlock> blocks)
    {
        ArgumentNullException.ThrowIfNull(blocks);
        if (blocks.FirstOrDefault(b => b.Kind == BlockKind.Heading && ReadsAsHeadline(b.Text)) is { } heading)
        {
            return heading.Text.Trim();
        }

        var sentences = blocks.Select((b, i) => (Block: b, Index: i))
            .Where(b => b.Block.Kind != BlockKind.Heading && IsProse(b.Block.Text))
            .SelectMany(b => SentenceSplitter.Split(b.Block.Text).Select(s => (b.Index, Text: s)))
            .Select((s, i) => new BodySentence(i + 1, s.Index, s.Text))
            .ToList();
        if (sentences.Count == 0)
        {
            return blocks.Count > 0 ? Cut(blocks[0].Text) : "Untitled article";
        }

        var tokenized = new TokenizedSentences([.. sentences.Select(s => s.Text)]);
        var ranked = SentenceRanker.Rank(sentences, tokenized, EntityFinder.Find(tokenized));
        var claims = ranked.Take(Candidates).Select(r => Claim(r.Sentence.Text)).ToList();

        // The best-ranked claim that reads whole within the limit, else the best-ranked one cut cleanly.
        return claims.FirstOrDefault(c => c.Length <= MaxLength && c.Length >= MinLength && Reads(c))
               ?? claims.Select(Cut).FirstOrDefault(c => c.Length >= MinLength && Reads(c))
               ?? Cut(claims[0]);
    }

    // "Tough Rhetoric from Washington: Can it Change Islamabad?" is a headline; "US Pakistan" or "Conclusion" a label.
    private static bool ReadsAsHeadline(string text)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length is >= 4 and <= 14 && text.Length <= MaxLength + 20 && words.Any(w => char.IsLower(w[0]))
               && !Label().IsMatch(text);
    }

    // A headline says something of its subject: it opens on a name or noun, not "It" or "This", and has a verb.
    private static bool Reads(string headline) => !VagueStart().IsMatch(headline) && Verb().IsMatch(headline);

    private static bool IsProse(string text) => text.Count(c => c == ' ') >= 8;

    // The sentence with its connective, hedge, leading subordinate clauses and quote marks taken off.
    private static string Claim(string sentence)
    {
        var text = KeyPointWriter.Clean(sentence).TrimEnd('.', '!', '?', ';', ':', ' ');
        text = Hedge().Replace(text, "");
        text = QuoteMarks().Replace(text, "");
        if (ReportingFrame().Match(text) is { Success: true } frame)
        {
            // "Pakistan has explained that its nuclear status serves …": the claim is what was explained.
            var rest = frame.Groups["rest"].Value;
            var who = frame.Groups["who"].Value.Split(' ')[^1];
            text = Possessive().IsMatch(rest) ? who + "’s " + Possessive().Replace(rest, "") : rest;
        }

        for (var lead = LeadingClause().Match(text); lead.Success && text.Length - lead.Length >= MinLength; lead = LeadingClause().Match(text))
        {
            // "Since the Taliban returned to power, following the withdrawal, Pakistan has faced …": the main clause.
            text = text[lead.Length..];
        }

        return FirstLetter.Upper(text);
    }

    // The longest start that ends before a preposition or conjunction and fits; else whole words that fit.
    private static string Cut(string claim)
    {
        var words = claim.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        if (claim.Length <= MaxLength)
        {
            return claim;
        }

        var length = 0;
        var best = 0;
        for (var i = 0; i < words.Count && length + words[i].Length <= MaxLength; i++)
        {
            length += words[i].Length + 1;
            if (i + 1 < words.Count && (CutBefore.Contains(words[i + 1]) || words[i].EndsWith(',')) && length > MinLength)
            {
                best = i + 1;
            }
        }

        if (best == 0)
        {
            best = Math.Max(1, words.TakeWhile((_, i) => string.Join(' ', words.Take(i + 1)).Length <= MaxLength).Count());
        }

        var kept = words.Take(best).ToList();
        while (kept.Count > 2 && Dangling.Contains(kept[^1].Trim(',', ';', ':')))
        {
            kept.RemoveAt(kept.Count - 1);
        }

        return string.Join(' ', kept).TrimEnd(',', ';', ':', '-', '–', '—', ' ');
    }

    [GeneratedRegex(@"^(?:Some|Many|Others|Critics|Analysts|Observers)\s+(?:would|might|may|could)?\s*(?:argue|say|claim|believe|think|suggest|note)s?\s+that\s+")]
    private static partial Regex Hedge();

    [GeneratedRegex(@"^(?i:During|While|As|After|Before|When|Although|Though|Since|If|Because|Despite|Amid|Following|In the wake of|In response|However|Moreover|Furthermore|Additionally|Meanwhile|Namely|Actually|Unfortunately|In other words|For decades|For years)\b[^,]{0,100},\s+")]
    private static partial Regex LeadingClause();

    [GeneratedRegex(@"^(?:It|This|That|These|Those|They|He|She|We|There|Such|One of)\b")]
    private static partial Regex VagueStart();

    [GeneratedRegex(@"^(?:Conclusion|Introduction|Background|References|Bibliography|Summary|Analysis)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Label();

    [GeneratedRegex(@"^(?<who>\p{Lu}[\w’'. -]{1,40}?)\s+(?:has\s+|have\s+)?(?:explained|said|argued|stated|claimed|insisted|noted|warned|announced)\s+that\s+(?<rest>.{20,})$", RegexOptions.ExplicitCapture)]
    private static partial Regex ReportingFrame();

    [GeneratedRegex(@"^(?:its|their)\s+")]
    private static partial Regex Possessive();

    // An auxiliary, or a lower-case word in -ed or -s after the first word: "has faced", "serves", "imposed".
    [GeneratedRegex(@"\s(?:is|are|was|were|has|have|had|will|would|can|could|may|might|must|should|[a-z]+ed|[a-z]{3,}s)\b")]
    private static partial Regex Verb();

    [GeneratedRegex(@"[“”""]")]
    private static partial Regex QuoteMarks();
}
