using BriefingSite.Extract;

namespace BriefingSite.Tests.Extract;

/// <summary>A long sentence becomes a key point cut at a clause, and says so unless only its speaker was left out.</summary>
public class KeyPointWriterTests
{
    private const int Max = 200;

    [Fact]
    public void A_sentence_cut_mid_way_ends_in_an_ellipsis()
    {
        var sentence = "Federal prosecutors alleged that Tova Noel and Michael Thomas, assigned to the special housing unit at the "
                       + "Metropolitan Correctional Center, \"browsed the Internet,\" lingered in an office common area and appeared "
                       + "to sleep for two hours when they should have been conducting inmate checks.";

        var point = KeyPointWriter.Write(sentence, Max);

        Assert.True(point.Length <= Max, point);
        Assert.EndsWith("…", point, StringComparison.Ordinal);
        Assert.StartsWith("Federal prosecutors alleged that Tova Noel and Michael Thomas", point, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(", the country's biggest supermarket chain said in a statement on Tuesday.")]
    [InlineData(", according to figures from the Office for National Statistics.")]
    [InlineData(", Mr Brown told the BBC.")]
    public void A_sentence_cut_before_who_said_it_ends_in_a_full_stop(string attribution)
    {
        var claim = "Sales of food and clothing rose by more than a tenth over the Christmas weeks, driven by shoppers who "
                    + "bought online and collected their goods from stores in the last days before the holiday";

        var point = KeyPointWriter.Write(claim + attribution, Max);

        Assert.Equal(claim + ".", point);
    }

    [Fact]
    public void A_short_sentence_is_kept_whole()
    {
        Assert.Equal("The council approved the plan on Monday.", KeyPointWriter.Write("However, the council approved the plan on Monday.", Max));
    }

    [Theory]
    [InlineData("There were one or two players who were unfortunate just to miss out.\"", "\"There were one or two players who were unfortunate just to miss out.\"")]
    [InlineData("Some may dip in and out,\" said Ms Henderson.", "\"Some may dip in and out,\" said Ms Henderson.")]
    [InlineData("“It will be great to work with them.", "“It will be great to work with them.”")]
    [InlineData("He said it was \"totally shocking\" news.", "He said it was \"totally shocking\" news.")]
    [InlineData("He added: \"If Stewart keeps playing like this, Eriksson has got to pick him.", "He added: \"If Stewart keeps playing like this, Eriksson has got to pick him.\"")]
    public void A_quote_mark_whose_pair_stands_in_another_sentence_is_given_its_pair(string sentence, string point)
    {
        Assert.Equal(point, KeyPointWriter.Write(sentence, Max));
    }
}
