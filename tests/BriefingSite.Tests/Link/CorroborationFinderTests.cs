using BriefingSite.Link;
using BriefingSite.Model;

namespace BriefingSite.Tests.Link;

public class CorroborationFinderTests
{
    private static StatedFact Figure(string slug, string entity, string value, string about) =>
        new("figure", entity, new FactStatement(slug, 1, value, about), about);

    private static StatedFact Event(string slug, string entity, string date, string text) =>
        new("event", entity, new FactStatement(slug, 2, date, text), text);

    [Fact]
    public void Two_briefings_stating_one_figure_of_one_entity_corroborate_it()
    {
        var facts = new[]
        {
            Figure("a", "shaheen-3", "2,750 km", "range of the Shaheen-3"),
            Figure("b", "shaheen-3", "2750 km", "the Shaheen-3 can reach targets"),
            Figure("c", "agni-v", "2,750 km", "unrelated"),
        };

        var found = Assert.Single(CorroborationFinder.Find(facts));

        Assert.True(found.Agrees);
        Assert.Equal(["a", "b"], found.Statements.Select(s => s.BriefingSlug));
    }

    [Fact]
    public void A_round_amount_or_a_month_agrees_only_where_the_sentences_share_a_word_beyond_the_entity()
    {
        var facts = new[]
        {
            Figure("a", "united-kingdom", "1%", "United Kingdom shares closed 1% higher"),
            Figure("b", "united-kingdom", "1%", "shares in the UK rose 1% by noon"),
            Figure("c", "united-kingdom", "1%", "the United Kingdom wants the budget capped at 1% of income"),
            Event("d", "harbour", "2024-03", "The harbour reopened to ships"),
            Event("e", "harbour", "2024-03", "Storms hit the harbour"),
            Event("f", "harbour", "2024-03-02", "The harbour reopened to ships"),
            Event("g", "harbour", "2024-03-02", "Storms hit the harbour"),
        };

        var found = CorroborationFinder.Find(facts);

        Assert.Equal(2, found.Count);
        Assert.Equal(["a", "b"], found.Single(c => c.Kind == "figure").Statements.Select(s => s.BriefingSlug));
        Assert.Equal(["f", "g"], found.Single(c => c.Kind == "event").Statements.Select(s => s.BriefingSlug));
        Assert.All(found, c => Assert.True(c.Agrees));
    }

    [Fact]
    public void Different_values_for_one_measure_are_shown_side_by_side()
    {
        var facts = new[]
        {
            Figure("a", "cpec", "$62 billion", "CPEC estimated investment"),
            Figure("b", "cpec", "$65 billion", "estimated CPEC investment so far"),
            Figure("b", "cpec", "$16 billion", "debt to China"),
        };

        var found = Assert.Single(CorroborationFinder.Find(facts));

        Assert.False(found.Agrees);
        Assert.Equal(["$62 billion", "$65 billion"], found.Statements.Select(s => s.Value));
    }

    [Fact]
    public void One_dated_event_of_one_entity_in_two_briefings_is_corroborated_once_for_all_its_entities()
    {
        var facts = new[]
        {
            Event("a", "taliban", "2021-08", "The Taliban took Kabul"),
            Event("a", "kabul", "2021-08", "The Taliban took Kabul"),
            Event("b", "taliban", "2021-08", "Kabul fell to the Taliban"),
            Event("b", "kabul", "2021-08", "Kabul fell to the Taliban"),
            Event("c", "taliban", "2021", "The Taliban won"),
        };

        var found = Assert.Single(CorroborationFinder.Find(facts));

        Assert.True(found.Agrees);
        Assert.Equal(["kabul", "taliban"], found.Entities.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void An_event_told_alike_on_incompatible_dates_conflicts_but_a_less_precise_date_does_not()
    {
        var facts = new[]
        {
            Event("a", "ttp", "2024-12-21", "TTP attack kills 16 soldiers at a checkpoint"),
            Event("b", "ttp", "2024-12-22", "TTP attack kills soldiers at a checkpoint"),
            Event("c", "ttp", "2024-12", "TTP attack kills soldiers at a checkpoint"),
            Event("d", "ttp", "--12-21", "TTP attack kills soldiers at checkpoint"),
        };

        var found = CorroborationFinder.Find(facts).Where(c => !c.Agrees).ToList();

        Assert.Equal([["a", "b"], ["b", "d"]], found.Select(c => c.Statements.Select(s => s.BriefingSlug).ToArray()));
    }

    [Fact]
    public void Values_read_from_one_wording_never_conflict()
    {
        var facts = new[]
        {
            Figure("a", "deloitte", "3%", "Below the Chancellor's forecast of 3% to 3.5%."),
            Figure("b", "deloitte", "3.5%", "Below the Chancellor's forecast of 3% to 3.5%."),
            Event("a", "deloitte", "2023", "Deloitte is forecasting growth of 2% this year."),
            Event("b", "deloitte", "2021", "Deloitte is forecasting growth of 2% this year."),
        };

        Assert.DoesNotContain(CorroborationFinder.Find(facts), c => !c.Agrees);
    }

    [Fact]
    public void A_figure_among_other_amounts_of_its_unit_conflicts_with_none()
    {
        var facts = new[]
        {
            Figure("a", "us-crude", "$51.15", "US crude oil closed up $2.80 at $51.15 a barrel in New York."),
            Figure("b", "us-crude", "$50.88", "US crude oil prices closed at $50.88 a barrel in New York."),
            Figure("c", "us-crude", "$49.10", "US crude oil closed at $49.10 a barrel in New York."),
        };

        var found = Assert.Single(CorroborationFinder.Find(facts));

        Assert.Equal(["b", "c"], found.Statements.Select(s => s.BriefingSlug));
    }

    [Fact]
    public void Events_whose_text_states_the_others_year_conflict_with_none()
    {
        // Given two briefings dating one sentence by different years it names, and a third telling it in one year only
        var facts = new[]
        {
            Event("a", "parliament", "2011", "The first cards would be issued in 2008 and Parliament could decide in 2011 whether to make them compulsory."),
            Event("b", "parliament", "2008", "The first cards would be issued in 2008, and Parliament could decide in 2011 whether to make them compulsory."),
            Event("c", "parliament", "2009", "The first cards would be issued in 2009 and Parliament could decide whether to make them compulsory."),
        };

        // When conflicts are found
        var found = CorroborationFinder.Find(facts).Where(c => !c.Agrees).ToList();

        // Then 2011 and 2008, both told by each of the first two, do not conflict; 2009, told by the third alone, does
        Assert.Equal([["b", "c"], ["a", "c"]], found.Select(c => c.Statements.Select(s => s.BriefingSlug).ToArray()));
    }
}
