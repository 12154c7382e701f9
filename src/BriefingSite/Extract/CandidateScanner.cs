using BriefingSite.Model;

namespace BriefingSite.Extract;

/// <summary>Finds runs of capitalised words in one sentence and reads what their context says about them.</summary>
internal static class CandidateScanner
{
    public static IEnumerable<NameCandidate> Scan(string sentence, IReadOnlyList<Token> tokens, int index)
    {
        if (tokens.Count == 0 || IsShouting(tokens))
        {
            yield break;
        }

        var firstWord = 0;
        var i = 0;
        while (i < tokens.Count)
        {
            if (!StartsName(tokens[i]))
            {
                i++;
                continue;
            }

            var run = ReadRun(sentence, tokens, i);
            var atStart = i == firstWord;
            i += run.Count;
            foreach (var part in SplitAtConnectors(run))
            {
                foreach (var candidate in Candidates(sentence, index, part, atStart && part[0] == run[0]))
                {
                    yield return candidate;
                }
            }
        }
    }

    // Weekdays are capitalised but name nothing: "Greater Milwaukee Open Thursday" is the Greater Milwaukee Open.
    private static bool StartsName(Token token) => token.IsCapitalised && !Lexicon.IsWeekday(token.Text);

    // Headlines and tables in capitals say nothing about which words are names.
    public static bool IsShouting(IReadOnlyList<Token> tokens) =>
        tokens.Count >= 3 && tokens.Count(t => t.Text.Length > 1 && t.IsAcronym) * 2 > tokens.Count;

    private static List<Token> ReadRun(string sentence, IReadOnlyList<Token> tokens, int start)
    {
        var run = new List<Token> { tokens[start] };
        var j = start + 1;
        while (j < tokens.Count && Tokenizer.Adjacent(sentence, tokens[j - 1], tokens[j]))
        {
            if (StartsName(tokens[j]))
            {
                run.Add(tokens[j]);
                j++;
            }
            else if (Lexicon.IsNameConnector(tokens[j].Text) && j + 1 < tokens.Count
                     && StartsName(tokens[j + 1]) && Tokenizer.Adjacent(sentence, tokens[j], tokens[j + 1]))
            {
                run.Add(tokens[j]);
                run.Add(tokens[j + 1]);
                j += 2;
            }
            else
            {
                break;
            }
        }

        return run;
    }

    // "Belt and Road Initiative" keeps its "and"; "Russia and China" does not; "Bergamo-based Atalanta" is two names.
    private static IEnumerable<List<Token>> SplitAtConnectors(List<Token> run)
    {
        var part = new List<Token>();
        for (var k = 0; k < run.Count; k++)
        {
            var token = run[k];
            if (!token.IsCapitalised && !KeepsConnector(run, k))
            {
                yield return part;
                part = [];
                continue;
            }

            part.Add(token);
            if (NameContext.DescriptiveSuffix(token.Text) > 0 && k + 1 < run.Count)
            {
                yield return part;
                part = [];
            }
        }

        yield return part;
    }

    private static bool KeepsConnector(List<Token> run, int k)
    {
        var word = run[k].Text;
        var before = run[k - 1].Text;
        return word switch
        {
            "and" => Lexicon.IsOrganizationHead(run[^1].Text) || Lexicon.IsOtherHead(run[^1].Text),
            "of" or "for" or "on" => (Lexicon.IsOrganizationHead(before) && !Lexicon.IsCompanySuffix(before)) || Lexicon.IsOtherHead(before)
                                     || Lexicon.IsPlaceHead(before) || Lexicon.IsTitle(before) || before is "States" or "Republic" or "Kingdom",
            _ => true,
        };
    }

    private static IEnumerable<NameCandidate> Candidates(string sentence, int index, List<Token> run, bool atStart)
    {
        // Capitalised only because it opens the sentence: "However", "The", "Surprisingly"; but "New Delhi" stays whole.
        if (run.Count > 0 && (run[0].Text is "The" || (atStart && Lexicon.IsSentenceOpener(run[0].Text) && !IsKnown(Join(sentence, run)))))
        {
            run.RemoveAt(0);
        }

        if (run.Count > 0 && run[0].Text is "The")
        {
            run.RemoveAt(0);
        }

        // Months and lone region adjectives ("South Asian", "Middle Eastern") are capitalised but name nothing here.
        while (run.Count > 0 && Lexicon.IsMonth(run[0].Text))
        {
            run.RemoveAt(0);
        }

        if (run.Count is 1 or 2 && Lexicon.IsRegionAdjective(Join(sentence, run)))
        {
            yield break;
        }

        while (run.Count > 0 && Lexicon.IsNameConnector(run[^1].Text))
        {
            run.RemoveAt(run.Count - 1);
        }

        if (run.Count == 0)
        {
            yield break;
        }

        // "Hong Kong-listed": the name is Hong Kong.
        if (run.Count > 1 && NameContext.DescriptiveSuffix(run[^1].Text) is > 0 and var dash)
        {
            run[^1] = new Token(run[^1].Text[..dash], run[^1].Start, run[^1].Start + dash);
        }

        var demonym = DemonymLength(sentence, run);
        if (demonym > 0 && !Lexicon.IsPlace(Join(sentence, run)))
        {
            var country = Lexicon.CountryOfDemonym(Join(sentence, run.Take(demonym).ToList()))!;
            var rest = string.Join(' ', run.Skip(demonym).Select(t => t.Text));
            var keepsDemonym = run.Count > demonym && (Lexicon.IsOrganization(rest) || NameContext.AcronymFollows(sentence, run[^1].End));
            if (!keepsDemonym)
            {
                if (run.Count == demonym && NameContext.FollowedByNoun(sentence, run[^1].End))
                {
                    yield return new NameCandidate(country, index, run[0].Start, run[^1].End, Hint: EntityType.Place);
                }

                run.RemoveRange(0, demonym);
                atStart = false;
                if (run.Count == 0)
                {
                    yield break;
                }
            }
        }

        if (run.Count > 1 && run.All(t => Lexicon.IsPlace(t.Text)))
        {
            foreach (var token in run)
            {
                yield return new NameCandidate(token.Text, index, token.Start, token.End, Hint: EntityType.Place);
            }

            yield break;
        }

        if (run.Count == 1 && NameContext.PlaceParts(run[0].Text) is { } places)
        {
            foreach (var place in places)
            {
                yield return new NameCandidate(place, index, run[0].Start, run[0].End, Hint: EntityType.Place);
            }

            yield break;
        }

        var titleLength = RoleSplitter.TitleLength(run);
        if (titleLength < 0)
        {
            yield break;
        }

        if (titleLength > 0 && RoleSplitter.Prefix(run, titleLength) is > 0 and var prefix)
        {
            // "Chicago Cardinal Joseph Bernardin": Chicago is named too.
            var body = run.Take(prefix).ToList();
            yield return new NameCandidate(Join(sentence, body), index, body[0].Start, body[^1].End, AtSentenceStart: atStart);
        }

        var nameTokens = run.Skip(titleLength).ToList();
        var name = Join(sentence, nameTokens);
        if (name.Length < 2 || NameContext.IsPluralAcronym(name))
        {
            yield break;
        }

        var end = run[^1].End;
        var role = titleLength > 0 ? Join(sentence, run.Take(titleLength).ToList()) : NameContext.Appositive(sentence, end);
        yield return new NameCandidate(
            name,
            index,
            nameTokens[0].Start,
            end,
            role,
            titleLength > 0 ? EntityType.Person : NameContext.HintAfter(sentence, end) ?? Dateline(sentence, atStart, end),
            WeakPlace: NameContext.IsAfterPlacePreposition(sentence.AsSpan(0, nameTokens[0].Start)),
            AtSentenceStart: atStart && titleLength == 0,
            BeforeNumber: NameContext.NumberFollows(sentence, end));
    }

    // "LONDON 1996-08-30", "ARLINGTON, Texas 1996-08-31": a dateline names the place the report was filed from.
    private static EntityType? Dateline(string sentence, bool atStart, int end) =>
        atStart && NameContext.IsDatelineRest(sentence.AsSpan(end)) ? EntityType.Place : null;

    // "Pakistani" or "South Korean" at the head of a run: how many words the adjective takes.
    private static int DemonymLength(string sentence, List<Token> run) =>
        run.Count > 1 && Lexicon.CountryOfDemonym(Join(sentence, run.Take(2).ToList())) is not null ? 2
        : Lexicon.CountryOfDemonym(run[0].Text) is not null ? 1
        : 0;

    private static bool IsKnown(string name) => Lexicon.IsPlace(name) || Lexicon.IsOrganization(name) || Lexicon.IsOtherName(name);

    private static string Join(string sentence, List<Token> tokens) => sentence[tokens[0].Start..tokens[^1].End];
}
