using BriefingSite.Model;

namespace BriefingSite.Link;

/// <summary>A body's sentences joined into one text, so each name is looked for once in the body rather than once per sentence.</summary>
/// <remarks>Finds exactly what <see cref="MentionFinder.ContainsWord"/> finds sentence by sentence: a hit counts only inside one sentence.</remarks>
public sealed class SentenceText
{
    private readonly string text;
    private readonly int[] starts;

    public SentenceText(IReadOnlyList<BodySentence> sentences)
    {
        Sentences = sentences;
        starts = new int[sentences.Count];
        var length = 0;
        for (var i = 0; i < sentences.Count; i++)
        {
            starts[i] = length;
            length += sentences[i].Text.Length + 1;
        }

        // Made at its length at once: a growing builder would copy the body twice more.
        text = string.Create(length, sentences, static (joined, sentences) =>
        {
            var at = 0;
            foreach (var sentence in sentences)
            {
                sentence.Text.CopyTo(joined[at..]);
                at += sentence.Text.Length;
                joined[at++] = '\n';
            }
        });
    }

    public IReadOnlyList<BodySentence> Sentences { get; }

    /// <summary>The sentences that name any of <paramref name="names"/> as a whole word, in order, each once.</summary>
    public IReadOnlyList<BodySentence> Naming(IReadOnlyList<string> names)
    {
        var named = new bool[starts.Length];
        var count = 0;
        foreach (var name in names)
        {
            for (var at = text.IndexOf(name, StringComparison.Ordinal); at >= 0; at = text.IndexOf(name, at, StringComparison.Ordinal))
            {
                var sentence = SentenceAt(at);
                var (start, length) = (starts[sentence], Sentences[sentence].Text.Length);
                var end = at + name.Length;
                if (!named[sentence] && end <= start + length
                    && (at == start || !char.IsLetterOrDigit(text[at - 1])) && (end == start + length || !char.IsLetterOrDigit(text[end])))
                {
                    named[sentence] = true;
                    count++;
                }

                // A sentence already found need not be looked at again.
                at = named[sentence] && sentence + 1 < starts.Length ? Math.Max(at + 1, starts[sentence + 1]) : at + 1;
                if (at >= text.Length)
                {
                    break;
                }
            }
        }

        var found = new List<BodySentence>(count);
        for (var i = 0; i < named.Length; i++)
        {
            if (named[i])
            {
                found.Add(Sentences[i]);
            }
        }

        return found;
    }

    private int SentenceAt(int position)
    {
        var index = Array.BinarySearch(starts, position);
        return index >= 0 ? index : ~index - 1;
    }
}
