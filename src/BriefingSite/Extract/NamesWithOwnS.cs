namespace BriefingSite.Extract;

/// <summary>Gives back the "'s" the tokenizer leaves off to names whose "'s" is their own ("Standard & Poor's").</summary>
/// <remarks>
/// A name the tables know with it ("McDonald's", "Sotheby's", "Alzheimer's") takes it wherever the article writes it.
/// Another takes it where the article writes it with "'s" each time it names it, and at least once with nothing owned
/// after it ("ratings by Standard & Poor's, Moody's and Fitch", "stores like Macy's."). A person's
/// name keeps its "'s" an owner's ("denies he is Mr Blunkett's."), as does a name the tables know without it ("Sony's,").
/// </remarks>
internal static class NamesWithOwnS
{
    public static void Extend(IReadOnlyList<string> texts, List<NameCandidate> candidates)
    {
        // Names once written with "'s" and nothing owned after it; most articles have none.
        HashSet<string>? maybe = null;
        for (var i = 0; i < candidates.Count; i++)
        {
            var (candidate, text) = (candidates[i], texts[candidates[i].Sentence]);
            if (!EndsInOwnS(text, candidate.End))
            {
                continue;
            }

            if (EntityTyper.Known(candidate.Name + "'s") is not null)
            {
                candidates[i] = WithS(candidate);
            }
            else if (OwnsNothing(text, candidate.End + 2))
            {
                (maybe ??= new HashSet<string>(StringComparer.Ordinal)).Add(candidate.Name);
            }
        }

        if (maybe is null)
        {
            return;
        }

        var withS = new List<int>();
        for (var i = 0; i < candidates.Count; i++)
        {
            var candidate = candidates[i];
            if (!maybe.Contains(candidate.Name))
            {
                continue;
            }

            if (EndsInOwnS(texts[candidate.Sentence], candidate.End) && !IsPersons(candidate) && EntityTyper.Known(candidate.Name) is null)
            {
                withS.Add(i);
            }
            else
            {
                maybe.Remove(candidate.Name);
            }
        }

        foreach (var i in withS.Where(i => maybe.Contains(candidates[i].Name)))
        {
            candidates[i] = WithS(candidates[i]);
        }
    }

    // Written with a straight apostrophe, as the tables write it, however the article writes it.
    private static NameCandidate WithS(NameCandidate candidate) => candidate with { Name = candidate.Name + "'s", End = candidate.End + 2 };

    // "'s" right after the name and ending the word.
    private static bool EndsInOwnS(string text, int end) =>
        end + 1 < text.Length && text[end] is '\'' or '’' && text[end + 1] == 's'
        && (end + 2 == text.Length || !char.IsLetterOrDigit(text[end + 2]));

    // Nothing owned follows: the sentence or a clause ends, or another name is joined on ("Moody's and Fitch").
    private static bool OwnsNothing(string text, int after)
    {
        var rest = text.AsSpan(after);
        var joined = rest.StartsWith(" and ") ? 5 : rest.StartsWith(" or ") ? 4 : 0;
        return rest.IsEmpty || rest[0] is ',' or '.' or ';' or ':' or ')' or '!' or '?' or '"' or '”'
            || (joined > 0 && rest.Length > joined && char.IsUpper(rest[joined]));
    }

    private static bool IsPersons(NameCandidate candidate) =>
        candidate.Hint == Model.EntityType.Person || candidate.Role is not null || Lexicon.IsFirstName(candidate.Name.Split(' ')[0]);
}
