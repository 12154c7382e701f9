using BriefingSite.Link;
using BriefingSite.Model;
using BriefingSite.Render;

namespace BriefingSite.Tests.Render;

/// <summary>Pages that list briefings stay small on a large site: cards for the newest, one line each for the rest.</summary>
public class LongListTests
{
    private const int Count = IndexViews.Cards + 10;

    private static readonly RenderedSite Site = new(new SiteRenderer(Theme.Load(null)).Render(CrossLinker.Link(Briefings(), [], new SiteSettings())));

    [Fact]
    public void The_home_page_shows_the_newest_briefings_as_cards_and_links_to_the_archive()
    {
        var home = Site.Document("index.html");

        Assert.Equal(IndexViews.Cards, home.QuerySelectorAll("ol.cards > li").Length);
        Assert.Equal("Harbour report 50", home.QuerySelector("ol.cards > li a")!.TextContent);
        Assert.Contains(home.QuerySelectorAll("a"), a => a.GetAttribute("href") == "archive.html" && a.TextContent.Contains($"{Count} briefings", StringComparison.Ordinal));
    }

    [Fact]
    public void The_archive_lists_every_briefing_on_one_line_each()
    {
        var archive = Site.Document("archive.html");

        Assert.Equal(Count, archive.QuerySelectorAll("ol.lines > li").Length);
    }

    [Fact]
    public void A_tag_page_lists_the_briefings_past_its_cards_as_lines()
    {
        var tag = Site.Document("tags/harbour.html");

        Assert.Equal(IndexViews.Cards, tag.QuerySelectorAll("ol.cards > li").Length);
        Assert.Equal(Count - IndexViews.Cards, tag.QuerySelectorAll("ol.lines > li").Length);
    }

    [Fact]
    public void An_entity_page_shows_sentences_for_the_newest_briefings_and_lines_for_the_rest()
    {
        var entity = Site.Document("entities/harbour-board.html");

        Assert.Equal(IndexViews.Cards, entity.QuerySelectorAll("section.mentions").Length);
        Assert.Equal(Count - IndexViews.Cards, entity.QuerySelectorAll("ol.lines > li").Length);
        Assert.Contains($"{Count} briefings", entity.QuerySelector(".entity-main > h2")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void An_entity_page_lists_the_newest_figures_and_counts_the_rest()
    {
        var entity = Site.Document("entities/harbour-board.html");

        Assert.Equal(IndexViews.Cards, entity.QuerySelectorAll("dl.figures > div").Length);
        Assert.Contains(entity.QuerySelectorAll("p.meta"), p => p.TextContent == $"and {Count - IndexViews.Cards} more in the earlier briefings above");
    }

    [Fact]
    public void An_entity_page_lists_the_newest_quotes_and_counts_the_rest()
    {
        var entity = Site.Document("entities/harbour-board.html");

        Assert.Equal(IndexViews.Cards, entity.QuerySelectorAll("figure.quote").Length);
        Assert.Equal("We counted 50 ships", entity.QuerySelector("figure.quote blockquote")!.TextContent);
        Assert.Equal(2, entity.QuerySelectorAll("p.meta").Count(p => p.TextContent == $"and {Count - IndexViews.Cards} more in the earlier briefings above"));
    }

    [Fact]
    public void A_quote_figure_or_event_carried_by_several_briefings_is_shown_once_with_each_of_them()
    {
        // Given six briefings quoting the board alike (one without the closing stop) and one saying something else
        var briefings = Enumerable.Range(1, 6).Select(i => new Briefing
        {
            Title = $"Harbour update {i}",
            Slug = $"harbour-update-{i}",
            Date = new DateOnly(2024, 2, 1).AddDays(i),
            Entities = [new EntityRef { Name = "Harbour Board", Id = "harbour-board", Type = EntityType.Organization }],
            Quotes = [new Quote { Speaker = "Harbour Board", Text = i == 6 ? "The harbour is open" : "The harbour is open.", Sentence = 1 }],
            Figures = [new Figure { Value = "40 ships", About = "ships in the harbour", Sentence = 1 }],
            Events = [new DatedEvent { Date = "2024-01-31", Text = "The harbour reopened on 31 January.", Sentence = 1 }],
            Body = "The Harbour Board said: \"The harbour is open.\"",
        }).Append(new Briefing
        {
            Title = "Harbour closed",
            Slug = "harbour-closed",
            Date = new DateOnly(2024, 1, 1),
            Entities = [new EntityRef { Name = "Harbour Board", Id = "harbour-board", Type = EntityType.Organization }],
            Quotes = [new Quote { Speaker = "Harbour Board", Text = "The harbour is closed.", Sentence = 1 }],
            Body = "The Harbour Board said: \"The harbour is closed.\"",
        }).ToList();

        // When the site is rendered
        var page = new RenderedSite(new SiteRenderer(Theme.Load(null)).Render(CrossLinker.Link(briefings, [], new SiteSettings()))).Document("entities/harbour-board.html");

        // Then the first quote shows once, from the newest briefing, naming three of the others and counting the rest
        var quotes = page.QuerySelectorAll("figure.quote");
        Assert.Equal(["The harbour is open", "The harbour is closed."], quotes.Select(q => q.QuerySelector("blockquote")!.TextContent));
        var caption = quotes[0].QuerySelector("figcaption")!;
        Assert.Equal(["Harbour update 6", "Harbour update 5", "Harbour update 4", "Harbour update 3"], caption.QuerySelectorAll("a").Select(a => a.TextContent));
        Assert.EndsWith("and 2 more", caption.TextContent, StringComparison.Ordinal);
        Assert.Equal("Harbour closed", quotes[1].QuerySelector("figcaption")!.TextContent);

        // And so does a figure they all state
        var figure = Assert.Single(page.QuerySelectorAll("dl.figures > div"));
        Assert.Equal(["40 ships", "Harbour update 5", "Harbour update 4", "Harbour update 3"], figure.QuerySelectorAll("a").Select(a => a.TextContent));
        Assert.EndsWith("and 2 more", figure.QuerySelector("dd")!.TextContent, StringComparison.Ordinal);

        // And an event they all date alike
        var dated = Assert.Single(page.QuerySelectorAll("ol.events > li"));
        Assert.EndsWith("and 2 more", dated.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void An_entity_card_shows_the_first_sentences_that_name_it_and_counts_the_rest()
    {
        // Given a briefing that names the board in five sentences
        var briefing = new Briefing
        {
            Title = "Busy harbour",
            Slug = "busy-harbour",
            Entities = [new EntityRef { Name = "Harbour Board", Id = "harbour-board", Type = EntityType.Organization }],
            Body = string.Join(' ', Enumerable.Range(1, 5).Select(i => $"The Harbour Board met for the {i}th time.")),
        };

        // When the site is rendered
        var page = new RenderedSite(new SiteRenderer(Theme.Load(null)).Render(CrossLinker.Link([briefing], [], new SiteSettings()))).Document("entities/harbour-board.html");

        // Then its card shows three of them and links the briefing for the other two
        var card = page.QuerySelector("section.mentions")!;
        Assert.Equal(EntityView.MentionsPerCard, card.QuerySelectorAll("li").Length);
        Assert.Equal("2 more mentions in this briefing", card.QuerySelector("p.meta a")!.TextContent);
    }

    [Fact]
    public void A_briefing_naming_the_entity_only_in_sentences_a_newer_card_shows_is_listed_under_that_card()
    {
        // Given three updates of one story naming the board in the same sentence (one in other case and spacing),
        // and one that also names it in a sentence of its own
        var bodies = new[]
        {
            "The Harbour Board reopened the port.",
            "the  Harbour Board reopened the port",
            "The Harbour Board reopened the port.",
            "The Harbour Board reopened the port. The Harbour Board thanked the crews.",
        };
        var briefings = bodies.Select((body, i) => new Briefing
        {
            Title = $"Port reopens {i + 1}",
            Slug = $"port-reopens-{i + 1}",
            Date = new DateOnly(2024, 3, 10 - i),
            Entities = [new EntityRef { Name = "Harbour Board", Id = "harbour-board", Type = EntityType.Organization }],
            Body = body,
        }).ToList();

        // When the site is rendered
        var page = new RenderedSite(new SiteRenderer(Theme.Load(null)).Render(CrossLinker.Link(briefings, [], new SiteSettings()))).Document("entities/harbour-board.html");

        // Then the sentence shows once, in the newest card, which names the two other updates; the fourth keeps its card
        var cards = page.QuerySelectorAll("section.mentions");
        Assert.Equal(["Port reopens 1", "Port reopens 4"], cards.Select(c => c.QuerySelector("h3")!.TextContent));
        Assert.Equal(["Port reopens 2", "Port reopens 3"], cards[0].QuerySelectorAll("p.same-in a").Select(a => a.TextContent));
        Assert.Equal(2, cards[1].QuerySelectorAll("li").Length);
        Assert.Contains("4 briefings", page.QuerySelector(".entity-main > h2")!.TextContent, StringComparison.Ordinal);
    }

    private static List<Briefing> Briefings() =>
        Enumerable.Range(1, Count).Select(i => new Briefing
        {
            Title = $"Harbour report {i}",
            Slug = $"harbour-report-{i}",
            Date = new DateOnly(2024, 1, 1).AddDays(i),
            Tags = ["harbour"],
            Entities = [new EntityRef { Name = "Harbour Board", Id = "harbour-board", Type = EntityType.Organization }],
            Figures = [new Figure { Value = $"{i} ships", About = "ships the Harbour Board counted", Sentence = 1 }],
            Quotes = [new Quote { Speaker = "Harbour Board", Text = $"We counted {i} ships", Sentence = 1 }],
            Body = $"The Harbour Board counted {i} ships. It approved the plan.",
        }).ToList();
}
