using BriefingSite.Link;

namespace BriefingSite.Tests.Link;

public class QuantityTests
{
    [Theory]
    [InlineData("$62 billion", "62$ billion")]
    [InlineData("62 billion dollars", "$62 billion")]
    [InlineData("2,750 km", "2750 km")]
    [InlineData("one billion dollars", "$1 billion")]
    [InlineData("82%", "82 per cent")]
    [InlineData("14 soldiers", "14 soldier")]
    public void Reads_two_spellings_of_one_quantity_as_the_same(string a, string b)
    {
        Assert.True(Quantity.Parse(a)!.SameAs(Quantity.Parse(b)!));
    }

    [Theory]
    [InlineData("2,750 km", "2,700 km")]
    [InlineData("$62 billion", "62 billion rupees")]
    [InlineData("14 soldiers", "14 km")]
    public void Keeps_different_amounts_or_units_apart(string a, string b)
    {
        Assert.False(Quantity.Parse(a)!.SameAs(Quantity.Parse(b)!));
    }

    [Fact]
    public void A_value_without_a_number_is_no_quantity()
    {
        Assert.Null(Quantity.Parse("several hundred"));
    }
}
