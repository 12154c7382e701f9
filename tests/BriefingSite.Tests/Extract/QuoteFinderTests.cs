using BriefingSite.Extract;
using BriefingSite.Model;

namespace BriefingSite.Tests.Extract;

public class QuoteFinderTests
{
    private static IReadOnlyList<Quote> Quotes(params string[] sentences)
    {
        var body = sentences.Select((s, i) => new BodySentence(i + 1, 0, s)).ToList();
        return QuoteFinder.Find(body, EntityFinder.Find(sentences));
    }

    [Fact]
    public void Extracts_speaker_of_a_quote_split_by_said()
    {
        var quotes = Quotes("U.S. Secretary of State Rex Tillerson visited Islamabad.", "Tillerson said that “we have made some very specific requests from Pakistan.”");

        var quote = Assert.Single(quotes);
        Assert.Equal("Rex Tillerson", quote.Speaker);
        Assert.Equal("we have made some very specific requests from Pakistan.", quote.Text);
        Assert.Equal(2, quote.Sentence);
    }

    [Fact]
    public void Gives_a_quote_to_the_person_an_apposition_describes_not_the_firm_it_names()
    {
        var quotes = Quotes("Microsoft released a fix.", "Alan Jones, senior consultant at security firm Bytewall, said: \"It is good news for everyone.\"");

        Assert.Equal("Alan Jones", Assert.Single(quotes).Speaker);
    }

    [Fact]
    public void Gives_a_quote_after_but_added_to_the_one_who_said_the_first_half()
    {
        var quotes = Quotes(
            "The exchange Euronext is in talks with the bourse.",
            "In a statement on Thursday, Euronext said any offer would be in cash, but added that: \"There can be no assurances at this stage.\"");

        Assert.Equal("Euronext", Assert.Single(quotes).Speaker);
    }

    [Fact]
    public void Gives_a_quote_said_by_the_nationality_or_age_of_someone_to_the_person_named_before()
    {
        var quotes = Quotes(
            "Director Peter Jackson visited Sydney on Monday.",
            "\"It will take a lot of lawyers,\" said the New Zealander.",
            "\"I feel I can win,\" said the 30-year-old.");

        Assert.All(quotes, quote => Assert.Equal("Peter Jackson", quote.Speaker));
        Assert.Equal(2, quotes.Count);
    }

    [Fact]
    public void Reads_whom_a_pronoun_stands_for_only_in_the_words_before_it()
    {
        var quotes = Quotes(
            "Emma Watson plays Hermione in the films.",
            "The 14-year-old said she was hoping to meet Leonardo DiCaprio but joked that \"he is probably a little too old for me\".");

        Assert.Equal("Emma Watson", Assert.Single(quotes).Speaker);
    }

    [Fact]
    public void Gives_a_quote_to_the_person_who_says_it_rather_than_the_one_an_apposition_names_as_owner()
    {
        var quotes = Quotes(
            "Prof Raj Reddy built the machine.",
            "Prassana Rambathla, one of Prof Reddy's graduate students, says that \"audio and video demand high bandwidth\".");

        Assert.Equal("Prassana Rambathla", Assert.Single(quotes).Speaker);
    }

    [Fact]
    public void Reads_he_as_the_one_named_before_a_sentence_whose_subject_is_he()
    {
        var quotes = Quotes(
            "Robbie Keane scored the second goal.",
            "He conceded the win, which included goals from Noe Pamarot and Mido, was not pretty to watch.",
            "\"It wasn't the best display,\" the Irishman said.",
            "\"He was shaken but not badly injured,\" said Everton spokesman Ian Ross.",
            "He added: \"He did speak to the police but will not be pressing charges.\"");

        Assert.Equal(["Robbie Keane", "Ian Ross", "Ian Ross"], quotes.Select(q => q.Speaker));
    }

    [Fact]
    public void Leaves_the_comma_before_a_speech_verb_out_of_the_quote()
    {
        var quotes = Quotes("\"Workers can still expect to live 16 years after state pension age,\" Chris Curry said.");

        Assert.Equal("Workers can still expect to live 16 years after state pension age", Assert.Single(quotes).Text);
    }

    [Fact]
    public void Reads_a_quote_opened_with_a_wrong_way_mark()
    {
        var quotes = Quotes("John Finer explained that if this trend continues ” Pakistan will have the ability to strike far outside South Asia”.");

        Assert.Equal("Pakistan will have the ability to strike far outside South Asia", Assert.Single(quotes).Text);
    }

    [Fact]
    public void Ends_an_unclosed_quote_at_its_sentence_and_names_a_role_when_no_person_speaks()
    {
        var quotes = Quotes("The spokesperson of Pakistan’s military said that “we have our own narrative on the problem.", "Yet the United States disagrees.");

        var quote = Assert.Single(quotes);
        Assert.Equal("spokesperson of Pakistan’s military", quote.Speaker);
        Assert.Equal("we have our own narrative on the problem.", quote.Text);
    }

    [Fact]
    public void Skips_scare_quotes_and_quotes_nobody_says()
    {
        var quotes = Quotes("Finer stated that this was a “double game” and an “emerging threat.”", "Institutions are “geared for some type of inevitable conflict with India.");

        Assert.Empty(quotes);
    }

    [Fact]
    public void Attributes_a_quote_to_the_speaker_named_in_the_sentence_before()
    {
        // Given a quote standing alone after a sentence that names who spoke
        var quotes = Quotes("Pakistan's Foreign Minister Ishaq Dar spoke to reporters on Tuesday.", "Dar said on Tuesday.", "“We will not accept any interference in our affairs.”");

        // When quotes are found, then the speaker is the one named just before
        Assert.Equal("Ishaq Dar", Assert.Single(quotes).Speaker);
    }

    [Fact]
    public void Attributes_a_quote_to_the_body_that_ends_the_sentence_before()
    {
        var quotes = Quotes("Sales fell in January at the Council of Mortgage Lenders.", "The Council of Mortgage Lenders said:", "“These figures show the recent slowdown in the housing market.”");

        Assert.Equal("Council of Mortgage Lenders", Assert.Single(quotes).Speaker);
    }

    [Fact]
    public void Attributes_a_quote_to_the_speaker_named_in_a_short_sentence_after_it()
    {
        var quotes = Quotes("Jon Finer spoke in Washington.", "“The threat from these missiles is real and growing every year.”", "Finer said on Thursday.");

        Assert.Equal("Jon Finer", Assert.Single(quotes).Speaker);
    }

    [Fact]
    public void Resolves_a_pronoun_speaker_to_the_person_the_sentence_before_names()
    {
        // Given a quote said by "he", after a sentence naming a person
        var quotes = Quotes("Secretary of State Rex Tillerson arrived in Islamabad.", "“Pakistan must do more against the militants on its soil,” he said.");

        // Then the speaker is that person
        Assert.Equal("Rex Tillerson", Assert.Single(quotes).Speaker);
    }

    [Fact]
    public void Resolves_a_pronoun_speaker_to_the_subject_not_a_person_named_after_it_or_an_owner()
    {
        // Given quotes said by "he" after sentences whose subjects name others later, or are named after an owner
        var first = Quotes(
            "Home Secretary Charles Clarke said he had backed the plans when David Blunkett argued for them in Cabinet.",
            "“ID cards are a means to a more secure society,” he said.");
        var second = Quotes(
            "Arsenal manager Arsene Wenger was unhappy.",
            "But Wenger's counterpart Felix Magath was in no mood to celebrate either.",
            "He said: “I am far from happy despite the win.”");

        // Then each speaker is the sentence's subject
        Assert.Equal("Charles Clarke", Assert.Single(first).Speaker);
        Assert.Equal("Felix Magath", Assert.Single(second).Speaker);
    }

    [Fact]
    public void Takes_the_name_set_off_after_a_role_that_follows_said()
    {
        // Given quotes said by a body's officer, named after the role
        var quotes = Quotes(
            "“There are no technical reasons for not providing equal access,” said RNID technology director, Guido Gybels.",
            "“The decision was a difficult one,” said BA director of commercial planning, Robert Boyle.");

        // Then each speaker is the person, not the body
        Assert.Equal(["Guido Gybels", "Robert Boyle"], quotes.Select(q => q.Speaker));
    }

    [Fact]
    public void A_name_in_a_clause_about_the_speaker_does_not_speak()
    {
        // Given speakers named before a clause about them that names another, and a clause about a thing naming the speaker
        var quotes = Quotes(
            "Cate Blanchett, who won for playing Katharine Hepburn in The Aviator, said her award was “an indescribable surprise and honour”.",
            "Mr Johnson, who edits a magazine that wrote about Ken Bigley, said Mr Blair “should butt out of” the row.",
            "Costs were kept low by sharing a platform with Aston's DB9, which Ulrich Bez described as “the most important car”.");

        // Then the speaker is the one the clause is about, or the one the clause about a thing names
        Assert.Equal(["Cate Blanchett", "Johnson", "Ulrich Bez"], quotes.Select(q => q.Speaker));
    }

    [Fact]
    public void He_is_the_one_who_ended_the_sentence_before_saying_and_no_one_after_a_speaker_not_named()
    {
        // Given "he" after a sentence ending "Lord Rennard said.", after one whose speaker is set off by commas, after an
        // unnamed speaker, and after "said the chancellor" (what was said, not who said it)
        var rennard = Quotes(
            "Others targeted include Oliver Letwin and David Davis, elections chief Lord Rennard said.",
            "He said “very many of the prominent Conservatives” had slender leads.");
        var yates = Quotes(
            "“PC vendors will not dominate,” Simon Yates, a senior analyst for Forrester Research, said.",
            "“Local makers will win the battle,” he said.");
        var unnamed = Quotes(
            "Adrian Mutu will talk to Juventus.",
            "“Mutu will watch the match,” said a Juventus official, who declined to be named.",
            "“Then he will meet some important people of the club,” he added.");
        var kinnock = Quotes(
            "Former Labour leader Lord Kinnock said the chancellor would be best placed to take over.",
            "He told the programme: “That contest is a long way away.”");

        // Then each is the one who said, and the unnamed official's second quote is not Mutu's
        Assert.Equal("Rennard", Assert.Single(rennard).Speaker);
        Assert.Equal("Simon Yates", yates[^1].Speaker);
        Assert.NotEqual("Adrian Mutu", unnamed[^1].Speaker);
        Assert.Equal("Kinnock", Assert.Single(kinnock).Speaker);
    }

    [Fact]
    public void Resolves_a_pronoun_speaker_to_the_one_who_says_after_an_opening_phrase_naming_another()
    {
        // Given a quote said by "he", after a sentence whose opening phrase names one person and whose subject, who says, another
        var quotes = Quotes(
            "In a speech on the re-election of George W Bush, Mr Charles Kennedy said Iraq had become a crucible of terrorism.",
            "“There are some who are of the opinion that the presence of troops feeds the insurgency,” he said.");

        // Then the speaker is the one who says
        Assert.Equal("Charles Kennedy", Assert.Single(quotes).Speaker);
    }

    [Fact]
    public void Takes_no_speaker_from_the_part_of_the_quote_that_opens_the_sentence()
    {
        // Given a quote in two parts, the first naming someone, the attribution between them naming no entity
        var quotes = Quotes(
            "The halls had their famous sons.",
            "“I fully welcome the words of Mr Snow,” said Joaquin Almunia, “but we will need to see decisions adopted.”");

        // Then the second part is not given to the person its first part names
        Assert.DoesNotContain(quotes, q => q.Speaker?.Contains("Snow", StringComparison.Ordinal) == true);
    }

    [Fact]
    public void Gives_a_quote_opening_the_sentence_after_an_attributed_one_to_the_same_speaker()
    {
        // Given a quote attributed to a speaker, then a quote of its own in the next sentence, and a sentence naming another
        var quotes = Quotes(
            "Cyril Fletcher died on Saturday.",
            "“It really was a pleasure to work with him,” Mr Michael Pointon said.",
            "“He was a whimsical, droll fellow.”",
            "Fletcher's daughter Jill said he would be missed.");

        // Then the second quote goes on in the first one's voice
        Assert.Equal(["Michael Pointon", "Michael Pointon"], quotes.Select(q => q.Speaker));
    }

    [Fact]
    public void Leaves_the_conjunction_out_of_a_speaker_named_by_a_phrase()
    {
        var quotes = Quotes("But a Conservative spokeswoman said: “This poster campaign was a big misjudgement by Labour.”");

        Assert.Equal("Conservative spokeswoman", Assert.Single(quotes).Speaker);
    }

    [Fact]
    public void Leaves_a_quote_without_speaker_when_no_one_is_named_near_it()
    {
        var quotes = Quotes("The markets fell sharply on Monday.", "“Nobody saw this coming at all, not even the most careful traders,” one dealer said.");

        Assert.Empty(quotes);
    }
}
