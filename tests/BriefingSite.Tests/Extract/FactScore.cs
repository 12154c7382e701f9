namespace BriefingSite.Tests.Extract;

/// <summary>True positives, false positives and false negatives of one fact kind, summed over articles.</summary>
public sealed record FactScore(int TruePositives, int FalsePositives, int FalseNegatives)
{
    public static FactScore Zero { get; } = new(0, 0, 0);

    public double Precision => TruePositives + FalsePositives == 0 ? 1 : (double)TruePositives / (TruePositives + FalsePositives);

    public double Recall => TruePositives + FalseNegatives == 0 ? 1 : (double)TruePositives / (TruePositives + FalseNegatives);

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public static FactScore operator +(FactScore a, FactScore b) =>
        new(a.TruePositives + b.TruePositives, a.FalsePositives + b.FalsePositives, a.FalseNegatives + b.FalseNegatives);

    /// <summary>Scores predictions against gold items: each gold item is matched at most once.</summary>
    public static FactScore Match<TPredicted, TGold>(IEnumerable<TPredicted> predicted, IEnumerable<TGold> gold, Func<TPredicted, TGold, bool> matches)
    {
        var open = gold.ToList();
        var truePositives = 0;
        var falsePositives = 0;
        foreach (var item in predicted)
        {
            var index = open.FindIndex(g => matches(item, g));
            if (index >= 0)
            {
                open.RemoveAt(index);
                truePositives++;
            }
            else
            {
                falsePositives++;
            }
        }

        return new FactScore(truePositives, falsePositives, open.Count);
    }

    public override string ToString() => $"P={Precision:F3} R={Recall:F3} F1={F1:F3} (tp={TruePositives} fp={FalsePositives} fn={FalseNegatives})";
}
