using System.Buffers;
using BriefingSite.Model;
using BriefingSite.Render;

namespace BriefingSite.Tests.Render;

/// <summary>Items written one by one and joined give the bytes of the list written whole.</summary>
public sealed class JsonValueTests
{
    public static TheoryData<object?[]> Lists => new()
    {
        Array.Empty<object?>(),
        new object?[] { "one" },
        new object?[] { 1, "two", null, true, 2.5 },
        new object?[] { new Dictionary<string, object?> { ["a"] = "<b> & \"c\" é 日本", ["list"] = new List<object?> { 1, new List<object?>() } }, new Dictionary<string, object?>() },
        new object?[] { new List<object?> { new Dictionary<string, object?> { ["deep"] = new List<object?> { "x" } } }, "\u2028" },
    };

    [Theory]
    [MemberData(nameof(Lists))]
    public void Items_joined_give_the_bytes_of_the_whole_list(object?[] list)
    {
        var scratch = new ArrayBufferWriter<byte>();

        var joined = new OutputFile("list.json", JsonValue.ToListPieces([.. list.Select(item => (ReadOnlyMemory<byte>)JsonValue.ToItemBytes(item, scratch))])).Content.ToArray();

        Assert.Equal(System.Text.Encoding.UTF8.GetString(JsonValue.ToBytes(list)), System.Text.Encoding.UTF8.GetString(joined));
    }
}
