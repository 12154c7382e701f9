using System.Diagnostics;
using BriefingSite.Extract;
using BriefingSite.Model;
using BriefingSite.Publish;
using Xunit.Abstractions;

namespace BriefingSite.Tests.Extract;

public class FactExtractorTests(ITestOutputHelper output)
{
    [Fact]
    public void Writes_a_briefing_with_summary_key_points_and_tags_for_every_seed()
    {
        foreach (var name in SeedArticles.Names)
        {
            // Given a seed article
            var article = SeedArticles.Read(name);

            // When it is extracted
            var briefing = FactExtractor.Extract(article);

            // Then the briefing carries the article's identity and readable summary fields
            output.WriteLine($"== {name}\nslug: {briefing.Slug}\nsummary: {briefing.Summary}\ntags: {string.Join(", ", briefing.Tags)}");
            briefing.KeyPoints.ToList().ForEach(k => output.WriteLine("  - " + k));
            briefing.Figures.ToList().ForEach(f => output.WriteLine($"  figure {f.Value}: {f.About} (s{f.Sentence})"));
            briefing.Events.ToList().ForEach(e => output.WriteLine($"  event {e.Date}: {e.Text} (s{e.Sentence})"));
            Assert.Equal(article.Title, briefing.Title);
            Assert.Equal(article.Sha256, briefing.Source?.Sha256);
            Assert.Matches("^[a-z0-9]+(-[a-z0-9]+)*$", briefing.Slug);
            Assert.InRange(briefing.KeyPoints.Count, 3, 5);
            Assert.All(briefing.KeyPoints, k => Assert.True(k.Length <= 201, k));
            Assert.InRange(briefing.Tags.Count, 3, 6);
            Assert.InRange(SentenceCount(briefing.Summary), 2, 3);

            // The body is the text reading its file back gives, the same object: its sentences are numbered once a build.
            Assert.Same(briefing.Body, FrontMatterWriter.BodyText(briefing.Body));
        }
    }

    [Fact]
    public void Takes_no_line_without_a_full_stop_for_a_key_point_or_the_summary()
    {
        // Given a report whose body holds a teaser for another story, as saved pages do, in the report's own words
        var text = string.Join("\n\n",
            "Harbour officers charged",
            "Two harbour officers were charged on Tuesday with falsifying the records of the harbour's night inspections.",
            "Harbour inspections: Night checks at the harbour were quietly skipped before the fire at the harbour's east dock",
            "Prosecutors said the officers skipped the night inspections of the east dock for eight hours before the fire.",
            "The harbour board said it would review every record of the night inspections kept since January.",
            "Both officers pleaded not guilty and were released on bail until a hearing in March.",
            "The fire destroyed two warehouses at the east dock and closed the harbour for three days.");

        // When it is extracted
        var briefing = Extracted("harbour.txt", text);

        // Then neither the summary nor a key point is the teaser
        Assert.DoesNotContain("quietly skipped", briefing.Summary, StringComparison.Ordinal);
        Assert.DoesNotContain(briefing.KeyPoints, k => k.Contains("quietly skipped", StringComparison.Ordinal));
    }

    [Fact]
    public void Takes_no_team_line_up_for_a_key_point_or_the_summary()
    {
        // Given a match report whose body lists a side's players, as reports on games do
        var text = string.Join("\n\n",
            "Ulster edge past Borders",
            "Ulster clung on for a morale-boosting Celtic League win over bottom club Borders at Netherdale on Friday night.",
            "Ulster had led 20-6 at the break with tries from Paul Steinmetz and Bryn Cunningham in the first half.",
            "Cunningham, Maxwell, Bell, Steinmetz (Howe 60), Larkin, Campbell, Best, Shields (Moore 70), Frost, McCullough, Ward (Feather 65), Young.",
            "Borders fought back in the second half and scored two late tries to close the gap to a single point.",
            "Ulster coach Mark McCall said his side had been lucky to hold on to their lead in the closing minutes.",
            "The win lifts Ulster to fourth in the Celtic League table, two points behind the Ospreys.");

        // When it is extracted
        var briefing = Extracted("ulster.txt", text);

        // Then neither the summary nor a key point is the line-up
        Assert.DoesNotContain("Maxwell, Bell", briefing.Summary, StringComparison.Ordinal);
        Assert.DoesNotContain(briefing.KeyPoints, k => k.Contains("Maxwell, Bell", StringComparison.Ordinal));
    }

    [Fact]
    public void Gives_a_summary_sentence_from_a_quote_of_several_its_quote_marks()
    {
        // Given a report that quotes the mayor over two sentences, the second one short and left out of the summary
        var text = string.Join("\n\n",
            "Harbour plan approved",
            "The council approved the harbour plan on Tuesday after a long debate over its cost to the town.",
            "The harbour mayor said: \"This harbour plan will bring jobs and visitors to the town for many years to come.",
            "We are proud of it.\" The council vote on the harbour plan was 12 to 3.");

        // When it is extracted
        var briefing = Extracted("harbour-plan.txt", text);

        // Then its summary quotes the mayor with both marks
        Assert.Contains("This harbour plan will bring jobs", briefing.Summary, StringComparison.Ordinal);
        Assert.Equal(0, briefing.Summary.Count(c => c == '"') % 2);
    }

    [Fact]
    public void Numbers_facts_by_the_sentences_of_the_body()
    {
        foreach (var name in SeedArticles.Names)
        {
            // Given a briefing
            var briefing = FactExtractor.Extract(SeedArticles.Read(name));
            var sentences = BodySentences.Enumerate(briefing.Body);

            // Then every figure, event and quote points at a sentence holding it
            Assert.All(briefing.Figures, f => Assert.Contains(f.Value.Split(' ')[0].TrimStart('$'), BodyWriter.Unescape(sentences[f.Sentence!.Value - 1].Text), StringComparison.Ordinal));
            Assert.All(briefing.Quotes, q => Assert.Contains(q.Text.Split(' ')[0], sentences[q.Sentence!.Value - 1].Text, StringComparison.Ordinal));
            Assert.All(briefing.Events, e => Assert.InRange(e.Sentence!.Value, 1, sentences.Count));
        }
    }

    [Fact]
    public void Is_deterministic_and_reports_its_throughput()
    {
        // Given the seeds
        var articles = SeedArticles.Names.Select(SeedArticles.Read).ToList();

        // When they are extracted many times
        var first = articles.Select(FactExtractor.Extract).ToList();
        var clock = Stopwatch.StartNew();
        const int Rounds = 40;
        for (var round = 0; round < Rounds; round++)
        {
            articles.ForEach(a => FactExtractor.Extract(a));
        }

        output.WriteLine($"{Rounds * articles.Count / clock.Elapsed.TotalSeconds:0} articles/s on one thread (seeds, Debug build)");

        // Then every run gives the same briefing
        var again = articles.Select(FactExtractor.Extract).ToList();
        Assert.Equal(first.Select(b => b.Summary), again.Select(b => b.Summary));
        Assert.Equal(first.SelectMany(b => b.Entities), again.SelectMany(b => b.Entities), new EntityComparer());
    }

    [Fact]
    public void Tags_name_topics_not_sizes_verbs_or_what_someone_did()
    {
        // Given a report repeating topics ("trade deal", "global warming") beside a size ("huge amount"), a verb and its
        // object ("could attract votes") and a subject and its verb ("unemployment rose")
        var briefing = Extracted("harbour-talks.txt", string.Join("\n\n",
            "Harbour talks",
            "The trade deal could attract votes in the port towns, where unemployment rose last year.",
            "Ministers said a huge amount of cargo depends on the trade deal and on plans against global warming.",
            "Unemployment rose again in March, and the mayor said the plan could attract votes.",
            "Critics of the trade deal say a huge amount of money is spent on global warming studies instead."));

        // Then the topics are tags and the rest are not
        Assert.Contains("trade-deal", briefing.Tags);
        Assert.Contains("global-warming", briefing.Tags);
        Assert.DoesNotContain("huge-amount", briefing.Tags);
        Assert.DoesNotContain("attract-votes", briefing.Tags);
        Assert.DoesNotContain("unemployment-rose", briefing.Tags);
    }

    [Fact]
    public void An_office_is_no_tag()
    {
        // Given a report repeating offices ("prime minister", "chief executive", "chancellor") beside a topic ("rail fares")
        var briefing = Extracted("fares-row.txt", string.Join("\n\n",
            "Fares row",
            "The prime minister said rail fares would rise, and the chancellor agreed with the prime minister.",
            "The chief executive of the rail firm said rail fares had to rise, and the chancellor said the chief executive was right.",
            "Rail fares will rise in March, the chancellor said, though the prime minister hoped the chief executive would wait."));

        // Then the topic is a tag and the offices are not
        Assert.Contains("rail-fares", briefing.Tags);
        Assert.Empty(briefing.Tags.Intersect(["prime-minister", "chief-executive", "chancellor"]));
    }

    [Fact]
    public void A_noun_any_story_uses_is_no_tag_alone()
    {
        // Given a report repeating "people", "company" and "world" beside its topic ("pensions")
        var briefing = Extracted("pensions-gap.txt", string.Join("\n\n",
            "Pensions gap",
            "People are saving too little for their pensions, the company said, and people in the rest of the world save more.",
            "The company surveyed people across the world: pensions were the worry of most people it asked.",
            "Their pensions will fall short for many people, the company warned, and the world's savers face the same gap."));

        // Then the topic is a tag and the general nouns are not
        Assert.Contains("pensions", briefing.Tags);
        Assert.Empty(briefing.Tags.Intersect(["people", "company", "world"]));
    }

    [Fact]
    public void A_word_alone_is_a_tag_only_where_the_article_uses_it_as_a_noun()
    {
        // Given a review repeating nouns ("show", "audience"), verbs ("think", "want", "win"), adjectives ("former", "best")
        // and a verb with its object after "to" ("to raise money")
        var briefing = Extracted("festival-review.txt", string.Join("\n\n",
            "Festival review",
            "The show opened on Friday, and critics think the former dancers want to win the best prize.",
            "Producers think the show will win over its audience; they want a tour, and the former cast say it is the best yet.",
            "The audience cheered the show again on Saturday. Rivals think they can win, but few want to bet on it.",
            "The former director called it the best show of the year, and the audience stayed to the end.",
            "The dancers hope to raise money for a tour; the director wants to raise money for a new stage."));

        // Then the nouns are tags and the verbs, adjectives and a verb with its object are not
        Assert.Subset(briefing.Tags.ToHashSet(), new HashSet<string> { "show", "audience" });
        Assert.Empty(briefing.Tags.Intersect(["think", "want", "win", "former", "best", "raise-money"]));
    }

    [Fact]
    public void The_tags_an_article_was_saved_with_open_its_briefings_tags()
    {
        // Given a clipped article whose front matter carries two tags
        var briefing = Extracted("clip.md", string.Join("\n\n",
            "---\ntitle: Harbour talks\ntags: [clippings, ports]\n---",
            "The trade deal could bring work to the port towns, ministers said on Monday.",
            "Critics of the trade deal say the port towns need roads first, and the trade deal can wait."));

        // Then they come first, and the tags found in the text follow
        Assert.Equal(["clippings", "ports"], briefing.Tags.Take(2));
        Assert.Contains("trade-deal", briefing.Tags);
    }

    [Fact]
    public void A_key_point_that_is_all_quote_names_its_speaker()
    {
        // Given a report whose quote goes on in a sentence of its own
        var briefing = Extracted("harbour-repairs.txt", string.Join("\n\n",
            "Harbour repairs finished",
            "The harbour of Westport reopened on Monday after storm repairs costing £2m.",
            "Ships had been turned away from Westport for six weeks since the storm in March.",
            "\"The repairs took longer than we hoped,\" harbour master Jane Doe said. \"The crews worked every night of those weeks to finish them.\"",
            "The port expects traffic to return to normal within a month, the council said."));

        // Then the point made of that sentence says whose words they are
        Assert.Contains("\"The crews worked every night of those weeks to finish them.\" — Jane Doe", briefing.KeyPoints);
        Assert.Contains("\"The repairs took longer than we hoped,\" harbour master Jane Doe said.", briefing.KeyPoints);
    }

    private static int SentenceCount(string text) => SentenceSplitter.Split(text).Count;

    // The briefing of a plain-text article saved under that name.
    private static Briefing Extracted(string file, string text) =>
        FactExtractor.Extract(BriefingSite.Ingest.ArticleReader.Read($"articles/{file}", System.Text.Encoding.UTF8.GetBytes(text + "\n")));

    private sealed class EntityComparer : IEqualityComparer<EntityRef>
    {
        public bool Equals(EntityRef? x, EntityRef? y) =>
            x?.Name == y?.Name && x?.Type == y?.Type && x?.Role == y?.Role && x!.Aliases.SequenceEqual(y!.Aliases);

        public int GetHashCode(EntityRef obj) => obj.Name.GetHashCode(StringComparison.Ordinal);
    }
}
