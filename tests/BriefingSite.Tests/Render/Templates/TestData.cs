namespace BriefingSite.Tests.Render.Templates;

/// <summary>Page data of every type the views hold, and some they do not, for comparing the template engines.</summary>
internal static class TestData
{
    public static Dictionary<string, object?> Values() => new(StringComparer.Ordinal)
    {
        ["s"] = "a<b>&\"'`=é—’😀\u00a0x\\",
        ["html"] = "<p class=\"x\">Tom & Jerry's</p>",
        ["x"] = "X",
        ["i"] = 3,
        ["one"] = 1,
        ["l"] = 12345678901L,
        ["lzero"] = 0L,
        ["d"] = 1.5,
        ["tenth"] = 0.1 + 0.2,
        ["big"] = 1e20,
        ["small"] = 1.5e-7,
        ["d0"] = 0.0,
        ["neg0"] = -0.0,
        ["nan"] = double.NaN,
        ["b"] = true,
        ["bf"] = false,
        ["t"] = true,
        ["f"] = false,
        ["zero"] = 0,
        ["empty"] = "",
        ["fs"] = "false",
        ["numeric"] = "42",
        ["nul"] = null,
        ["el"] = new List<object?>(),
        ["ed"] = new Dictionary<string, object?>(),
        ["eod"] = new OrderedDictionary<string, object?>(),
        ["earr"] = Array.Empty<string>(),
        ["list"] = new List<object?> { "a", "b<", 3 },
        ["mixed"] = new List<object?> { "é", null, 2.5, true, 7L, "" },
        ["ro"] = (IReadOnlyList<string>)["r1", "r&2"],
        ["set"] = new HashSet<string> { "h1" },
        ["eset"] = new HashSet<string>(),
        ["dec"] = 1.50m,
        ["dec0"] = 0m,
        ["date"] = new DateOnly(2024, 1, 2),
        ["dict"] = new Dictionary<string, object?> { ["k1"] = "v1", ["k2"] = "<v2>" },
        ["sdict"] = new Dictionary<string, string> { ["k"] = "v" },
        ["od"] = new OrderedDictionary<string, object?> { ["z"] = 1, ["a"] = "<", ["m"] = null },
        ["items"] = new List<Dictionary<string, object?>>
        {
            new() { ["name"] = "n1", ["sub"] = new List<object?> { "s1", "s2" } },
            new() { ["name"] = "n<2>", ["sub"] = new List<object?> { "s3" } },
        },
        ["nulls"] = new List<object?> { null, "n" },
        ["wordings"] = new List<object?> { new Dictionary<string, object?> { ["value"] = "w" } },
        ["briefings"] = new List<object?> { new Dictionary<string, object?> { ["title"] = "One & two" }, new Dictionary<string, object?> { ["title"] = "’Three’" } },
    };
}
