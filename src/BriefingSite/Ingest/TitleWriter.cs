using System.Text.RegularExpressions;
using BriefingSite.Model;

namespace BriefingSite.Ingest;

/// <summary>Writes a short title for an article that has none, from the main clause of its first sentence.</summary>
public static partial class TitleWriter
{
    private const int MaxLength = 70;

    // A title should not end on a word that needs the words after it.
    private static readonly HashSet<string> Dangling = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "an", "the", "and", "or", "but", "of", "in", "on", "at", "to", "for", "by", "from", "with", "as", "that",
        "which", "who", "its", "their", "his", "her", "is", "are", "was", "were", "be", "has", "have", "had", "this",
        "these", "than", "into", "over", "about", "after", "before", "while", "when", "where", "so", "nor", "not",
    };

    public static string Write(IReadOnlyList<ArticleBlock> body)
    {
        var first = body.FirstOrDefault(b => b.Kind != BlockKind.Heading && LineShape.IsProse(b.Text))
            ?? (body.Count > 0 ? body[0] : null);
        if (first is null)
        {
            return "Untitled article";
        }

        var sentences = SentenceSplitter.Split(first.Text);
        var sentence = sentences.Count > 0 ? sentences[0] : first.Text;
        sentence = Hedge().Replace(sentence, string.Empty);
        sentence = Quotes().Replace(sentence, string.Empty);
        if (LeadingSubordinate().Match(sentence) is { Success: true } lead && sentence.Length - lead.Length >= 20)
        {
            // "During his visit to Islamabad, Tillerson told …": the main clause carries the news.
            sentence = sentence[lead.Length..];
        }

        return Shorten(char.ToUpperInvariant(sentence[0]) + sentence[1..]);
    }

    private static string Shorten(string sentence)
    {
        var clause = sentence.TrimEnd('.', '!', '?', ';', ':', ',', ' ');
        var comma = clause.IndexOf(", ", StringComparison.Ordinal);
        if (clause.Length > MaxLength && comma >= 25)
        {
            // A leading clause that fits is a better title than a cut through the middle of a long one.
            clause = comma <= MaxLength ? clause[..comma] : clause;
        }

        var words = LineShape.Words(clause).ToList();
        while (words.Count > 1 && string.Join(' ', words).Length > MaxLength)
        {
            words.RemoveAt(words.Count - 1);
        }

        while (words.Count > 2 && Dangling.Contains(words[^1].Trim(',', ';', ':')))
        {
            words.RemoveAt(words.Count - 1);
        }

        return string.Join(' ', words).TrimEnd(',', ';', ':', '-', '–', '—', ' ');
    }

    [GeneratedRegex(@"^(?:\p{Lu}\p{Ll}*\s+){1,2}(?:would|might|may|could|can)?\s*(?:argue|say|claim|believe|think|suggest|note)s?\s+that\s+")]
    private static partial Regex Hedge();

    [GeneratedRegex(@"^(?:During|While|As|After|Before|When|Although|Though|Since|If|Because|Despite|Amid|Following|In the wake of)\b[^,]{3,80},\s+")]
    private static partial Regex LeadingSubordinate();

    [GeneratedRegex(@"[“”""]")]
    private static partial Regex Quotes();
}
