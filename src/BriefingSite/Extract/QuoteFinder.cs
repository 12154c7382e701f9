using System.Buffers;
using BriefingSite.Model;

namespace BriefingSite.Extract;

/// <summary>Finds direct quotes, including ones with a missing or wrong-way mark, and who said them.</summary>
internal static class QuoteFinder
{
    private const int ScareQuoteWords = 3;

    private static readonly SearchValues<char> QuoteMarks = SearchValues.Create("“\"”");

    public static IReadOnlyList<Quote> Find(IReadOnlyList<BodySentence> sentences, EntityIndex entities)
    {
        var quotes = new List<Quote>();
        // Every quote opens with a quote mark; most articles and most paragraphs hold none.
        if (!sentences.Any(s => HasQuoteMark(s.Text)))
        {
            return quotes;
        }

        var position = sentences.Select((s, i) => (s.Number, i)).ToDictionary(p => p.Number, p => p.i);
        foreach (var block in sentences.GroupBy(s => s.Block))
        {
            var parts = block.ToList();
            if (!parts.Exists(p => HasQuoteMark(p.Text)))
            {
                continue;
            }

            var starts = new List<int>();
            var length = 0;
            foreach (var part in parts)
            {
                starts.Add(length);
                length += part.Text.Length + 1;
            }

            var text = string.Join(' ', parts.Select(p => p.Text));
            var from = 0;
            (string Speaker, int Part)? said = null;
            while (NextOpener(text, from) is var open && open >= 0)
            {
                var sentenceIndex = starts.FindLastIndex(s => s <= open);
                var sentenceEnd = sentenceIndex + 1 < starts.Count ? starts[sentenceIndex + 1] - 1 : text.Length;
                var close = Closer(text, open + 1);
                var end = close >= 0 ? close : sentenceEnd;
                from = Math.Max(end + 1, open + 1);
                var innerSpan = text.AsSpan(open + 1, end - open - 1).Trim().TrimEnd("\"“”");
                if (!IsQuote(innerSpan))
                {
                    continue;
                }

                var inner = innerSpan.ToString();

                var sentence = parts[sentenceIndex];
                var local = open - starts[sentenceIndex];
                var at = position[sentence.Number];
                var earlier = new EarlierText(sentences, at);
                var closing = Math.Max(sentenceIndex, starts.FindLastIndex(s => s <= end));
                var last = position[parts[closing].Number];
                var closingEnd = closing + 1 < starts.Count ? starts[closing + 1] - 1 : text.Length;
                var endsSentence = end + 1 >= closingEnd || text.AsSpan((end + 1)..closingEnd).Trim().Trim(".”\"!?").Length == 0;
                // "“It was a pleasure,” Mr Pointon said. “He was a droll fellow.”": a quote opening the sentence after one
                // whose speaker that sentence named goes on in the same voice.
                var speaker = SpeakerFinder.Find(sentence.Text, local, Math.Min(end - starts[sentenceIndex], sentence.Text.Length), entities, earlier)
                              ?? (local == 0 && said is { } previous && previous.Part == sentenceIndex - 1 ? previous.Speaker : null)
                              ?? SpeakerFinder.FromNeighbours(
                                  local == 0 && at > 0 ? sentences[at - 1].Text : null,
                                  endsSentence && last + 1 < sentences.Count ? sentences[last + 1].Text : null,
                                  entities,
                                  earlier);
                if (speaker is not null)
                {
                    // “… after state pension age,” he said: the comma belongs to the sentence around the quote.
                    quotes.Add(new Quote { Speaker = speaker, Text = inner.TrimEnd(',', ' '), Sentence = sentence.Number });
                    said = (speaker, closing);
                }
            }
        }

        return quotes;
    }

    private static bool HasQuoteMark(string text) => text.AsSpan().IndexOfAny(QuoteMarks) >= 0;

    // An opening mark: “, a straight " not glued to a word before it, or a wrong-way ” after a space.
    private static int NextOpener(string text, int from)
    {
        for (var i = from; i < text.Length; i++)
        {
            var before = i > 0 ? text[i - 1] : ' ';
            var after = i + 1 < text.Length ? text[i + 1] : ' ';
            var opens = text[i] switch
            {
                '“' => true,
                '"' or '”' => (char.IsWhiteSpace(before) || before is '(' or '—') && (char.IsLetterOrDigit(after) || (after == ' ' && text[i] == '”')),
                _ => false,
            };
            if (opens)
            {
                return i;
            }
        }

        return -1;
    }

    // The close before any new opening “; -1 when the quote runs on unclosed.
    private static int Closer(string text, int from)
    {
        for (var i = from; i < text.Length; i++)
        {
            if (text[i] is '”' or '"')
            {
                return i;
            }

            if (text[i] == '“')
            {
                return -1;
            }
        }

        return -1;
    }

    // Scare quotes ("double game") and quoted names ("The Global War on Terror") are not quotes.
    private static bool IsQuote(ReadOnlySpan<char> inner)
    {
        var words = 0;
        var named = true;
        foreach (var range in inner.Split(' '))
        {
            var word = inner[range];
            if (word.Length == 0)
            {
                continue;
            }

            words++;
            named &= !char.IsLetter(word[0]) || char.IsUpper(word[0]) || Lexicon.IsNameConnector(word) || word is "the" or "a" or "an";
        }

        return words > ScareQuoteWords && !named;
    }
}
