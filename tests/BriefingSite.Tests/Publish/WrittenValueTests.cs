using BriefingSite.Publish;

namespace BriefingSite.Tests.Publish;

public class WrittenValueTests
{
    [Fact]
    public void Equal_lists_and_maps_of_equal_scalars_are_equal_whatever_their_collection_types()
    {
        object a = new List<object?> { Map(("name", "Finer"), ("aliases", (string[])["Jon"])) };
        object b = new object?[] { Map(("name", "Finer"), ("aliases", new List<string> { "Jon" })) };

        Assert.True(WrittenValue.Equal(a, b));
    }

    [Theory]
    [InlineData("2", 2L)]
    [InlineData(2, 2L)]
    [InlineData("a", null)]
    public void Values_written_differently_are_not_equal(object? a, object? b) => Assert.False(WrittenValue.Equal(a, b));

    [Fact]
    public void A_list_and_a_map_or_a_longer_list_are_not_equal()
    {
        Assert.False(WrittenValue.Equal(new List<string> { "a" }, Map(("a", null))));
        Assert.False(WrittenValue.Equal(new List<string> { "a" }, new List<string> { "a", "b" }));
        Assert.False(WrittenValue.Equal(Map(("a", "x")), Map(("a", "y"))));
    }

    private static List<KeyValuePair<string, object?>> Map(params (string Key, object? Value)[] pairs) =>
        pairs.Select(p => KeyValuePair.Create(p.Key, p.Value)).ToList();
}
