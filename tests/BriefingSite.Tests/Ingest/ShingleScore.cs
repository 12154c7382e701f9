using System.Text.RegularExpressions;

namespace BriefingSite.Tests.Ingest;

/// <summary>The article-extraction benchmark's scoring: 4-token shingle multisets, per-page tp/fp/fn normalised to 1.</summary>
internal static partial class ShingleScore
{
    public static (double Tp, double Fp, double Fn) Compare(string truth, string prediction)
    {
        var expected = Shingles(truth);
        var actual = Shingles(prediction);
        double tp = 0, fp = 0, fn = 0;
        foreach (var key in expected.Keys.Union(actual.Keys))
        {
            var e = expected.GetValueOrDefault(key);
            var a = actual.GetValueOrDefault(key);
            tp += Math.Min(e, a);
            fp += Math.Max(0, a - e);
            fn += Math.Max(0, e - a);
        }

        var sum = tp + fp + fn;
        return sum > 0 ? (tp / sum, fp / sum, fn / sum) : (0, 0, 0);
    }

    public static double Precision((double Tp, double Fp, double Fn) s) => s.Tp == 0 && s.Fp == 0 ? 1 : s.Tp / (s.Tp + s.Fp);

    public static double Recall((double Tp, double Fp, double Fn) s) => s.Tp == 0 && s.Fn == 0 ? 1 : s.Tp / (s.Tp + s.Fn);

    private static Dictionary<string, int> Shingles(string text)
    {
        var tokens = Token().Matches(text).Select(m => m.Value).ToList();
        var shingles = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < Math.Max(1, tokens.Count - 3); i++)
        {
            var shingle = string.Join(' ', tokens.Skip(i).Take(4));
            if (shingle.Length > 0)
            {
                shingles[shingle] = shingles.GetValueOrDefault(shingle) + 1;
            }
        }

        return shingles;
    }

    [GeneratedRegex(@"\w+")]
    private static partial Regex Token();
}
