using System.Text;

namespace BriefingSite.Benchmarks;

/// <summary>Builds a benchmark corpus of any size from a folder of real articles: the originals, then varied mixes of them.</summary>
/// <remarks>
/// An original that repeats an earlier one (the BBC corpus holds 98 such pairs) is left out. A variant keeps one
/// article's headline and opening and takes later paragraphs from another article of the same topic folder, with a
/// dateline of its own, so no two files are byte copies and entities recur across the corpus.
/// </remarks>
public static class CorpusBuilder
{
    public static int Build(string sourceFolder, string targetFolder, int size)
    {
        var articles = Directory.EnumerateFiles(sourceFolder, "*.txt", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(f => (Topic: Path.GetFileName(Path.GetDirectoryName(f)!), Lines: Read(f)))
            .DistinctBy(a => string.Join('\n', a.Lines), StringComparer.Ordinal)
            .ToList();
        Directory.CreateDirectory(targetFolder);
        for (var n = 0; n < size; n++)
        {
            var (topic, lines) = articles[n % articles.Count];
            var round = n / articles.Count;
            var text = round == 0 ? string.Join('\n', lines) : Variant(articles, n, round);
            File.WriteAllText(Path.Combine(targetFolder, $"{topic}-{n:00000}.txt"), text, new UTF8Encoding(false));
        }

        return size;
    }

    private static string Variant(List<(string Topic, string[] Lines)> articles, int n, int round)
    {
        var (topic, lines) = articles[n % articles.Count];
        var sameTopic = articles.Where(a => a.Topic == topic).ToList();
        var donor = sameTopic[(n * 7919 + round * 104729) % sameTopic.Count].Lines;
        var paragraphs = lines.Skip(1).Where(l => l.Length > 0).ToList();
        var keep = Math.Max(1, paragraphs.Count / 2);
        var mixed = paragraphs.Take(keep).Concat(donor.Skip(1).Where(l => l.Length > 0).Skip(keep).Take(4));
        var date = new DateOnly(2020, 1, 1).AddDays((n * 37) % 1800);
        var builder = new StringBuilder();
        builder.Append(lines[0]).Append(" (").Append(round + 1).Append(")\n\n");
        builder.Append(date.ToString("MMM dd, yyyy", System.Globalization.CultureInfo.InvariantCulture)).Append("\n\n");
        foreach (var paragraph in mixed)
        {
            builder.Append(paragraph).Append("\n\n");
        }

        return builder.ToString();
    }

    // One file of the source corpus is Latin-1: read every file as UTF-8 when valid, else as Latin-1.
    private static string[] Read(string file)
    {
        var bytes = File.ReadAllBytes(file);
        string text;
        try
        {
            text = new UTF8Encoding(false, true).GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            text = Encoding.Latin1.GetString(bytes);
        }

        return text.TrimStart('\uFEFF').Replace("\r\n", "\n").Split('\n');
    }
}
